package org.openrcm.edits.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.edits.testing.ClaimFixtures.claim;
import static org.openrcm.edits.testing.ClaimFixtures.example;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.fees.RvuFile;
import org.openrcm.edits.Finding;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.testing.SharedData;

/** Modifiers that do not fit their code, judged by the real July 2024 MPFS payment policy indicators. */
class ModifierFitTest {

    static ReferenceData data;

    @BeforeAll
    static void loadFeeSchedule() throws IOException {
        Path file = SharedData.codes("fees/PPRRVU2024_JUL_rvu24c.csv");
        Catalog catalog = new Catalog();
        try (InputStream in = Files.newInputStream(file)) {
            catalog.add(RvuFile.read(in, file.getFileName().toString(), "MPFS-2024-JUL", LocalDate.of(2024, 7, 1)));
        }
        data = new ReferenceData(catalog, LocalDate.of(2026, 3, 20));
    }

    /** The DESIGN example's second line (20610-RT) with another code and modifier. */
    static List<Finding> line2(String code, String modifier) {
        return new ModifierFit()
                .check(
                        claim(example(
                                "\"20610\", \"modifiers\": [\"RT\"]",
                                "\"" + code + "\", \"modifiers\": [\"" + modifier + "\"]")),
                        data);
    }

    @Test
    void theDesignExampleFits() {
        assertThat(new ModifierFit().check(claim(example()), data)).isEmpty();
    }

    @Test
    void professionalAndTechnicalComponentsOnlyWhereTheCodeHasThem() {
        assertThat(line2("71046", "26")).isEmpty(); // chest x-ray: PC/TC indicator 1
        assertThat(line2("71046", "TC")).isEmpty();
        assertThat(line2("93010", "26")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("MODIFIER_INVALID");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.codes()).containsExactly("93010", "26");
            assertThat(f.message()).contains("professional-component-only");
            assertThat(f.reference().row()).isEqualTo("93010 PCTC IND 2");
            assertThat(f.reference().release()).isEqualTo("MPFS-2024-JUL");
        });
        assertThat(line2("99213", "TC"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("a physician service"));
    }

    @Test
    void bilateralModifierFollowsTheBilateralSurgeryIndicator() {
        assertThat(line2("20610", "50")).isEmpty(); // indicator 1: 150%
        assertThat(line2("73560", "50")).isEmpty(); // indicator 3: each side at 100%
        assertThat(line2("93000", "50")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("indicator 0");
        });
    }

    @Test
    void assistantAtSurgeryFollowsItsIndicator() {
        assertThat(line2("27447", "80")).isEmpty(); // total knee: assistant paid (2)
        assertThat(line2("20610", "80")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("statutory");
        });
    }

    @Test
    void evaluationAndManagementModifiersOnlyOnEvaluationAndManagement() {
        assertThat(line2("99213", "25")).isEmpty();
        assertThat(line2("92014", "25")).isEmpty();
        assertThat(line2("20610", "25")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("evaluation and management");
        });
        assertThat(line2("20610", "57")).extracting(Finding::rule).containsExactly("MODIFIER_INVALID");
        assertThat(line2("99213", "RT"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void aCodeTheFeeScheduleDoesNotListIsNotJudgedByIt() {
        assertThat(line2("E0601", "50")).isEmpty(); // DME: not in the physician fee schedule
        assertThat(new ModifierFit()
                        .check(
                                claim(example(
                                        "\"20610\", \"modifiers\": [\"RT\"]", "\"93010\", \"modifiers\": [\"26\"]")),
                                new ReferenceData(new Catalog(), LocalDate.of(2026, 3, 20))))
                .isEmpty();
    }
}
