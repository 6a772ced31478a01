package org.openrcm.edits.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.icd10cm.TabularFile;
import org.openrcm.edits.Finding;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.testing.SharedData;

/** Excludes1 notes of the real FY2021 tabular list, inherited from parents, sections and chapters. */
class Excludes1Test {
    static final LocalDate JAN_2021 = LocalDate.of(2021, 1, 5);
    static ReferenceData data;

    @BeforeAll
    static void load() throws IOException {
        Catalog catalog = new Catalog();
        try (InputStream in =
                Files.newInputStream(SharedData.codes("icd10cm/tabular-fy2021/icd10cm_tabular_2021.xml"))) {
            catalog.add(TabularFile.release(TabularFile.read(in, "tabular"), "FY2021", LocalDate.of(2020, 10, 1)));
        }
        data = new ReferenceData(catalog, JAN_2021);
    }

    static List<Finding> check(String... diagnoses) {
        Claim claim = new Claim(
                "C-1",
                "professional",
                "1",
                null,
                null,
                null,
                null,
                null,
                "11",
                null,
                null,
                List.of(diagnoses),
                List.of(new Claim.Line(
                        "99213", List.of(), BigDecimal.ONE, new BigDecimal("100.00"), List.of(1), JAN_2021)));
        return new Excludes1().check(claim, data);
    }

    @Test
    void type1AndType2DiabetesAreNotCodedTogether() {
        assertThat(check("E11.9", "E10.9")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("EXCLUDES1");
            assertThat(f.codes()).containsExactly("E11.9", "E10.9");
            assertThat(f.message()).contains("Excludes1 note of E11").contains("type 1 diabetes mellitus (E10.-)");
            assertThat(f.reference().release()).isEqualTo("FY2021");
        });
    }

    @Test
    void codesThatNoNoteKeepsApartGiveNothing() {
        assertThat(check("E11.9", "I10", "Z79.4", "E78.5")).isEmpty();
    }

    @Test
    void aNoteOfTheChapterReachesEveryCodeOfIt() {
        // Chapter 4 (E00-E89): Excludes1 transitory endocrine and metabolic disorders specific to newborn (P70-P74)
        assertThat(check("E11.9", "P70.2")).extracting(Finding::rule).contains("EXCLUDES1");
    }

    @Test
    void referencesAreReadAsTheNotesWriteThem() {
        assertThat(NoteCodes.in("gestational diabetes (O24.4-)")).containsExactly(new NoteCodes("O244", "O244"));
        assertThat(NoteCodes.in("newborn (P70-P74)")).containsExactly(new NoteCodes("P70", "P74"));
        assertThat(NoteCodes.in("insulin (Z79.4)")).containsExactly(new NoteCodes("Z794", "Z794"));
        assertThat(NoteCodes.in("due to underlying condition (E08.-)")).containsExactly(new NoteCodes("E08", "E08"));
        assertThat(new NoteCodes("P70", "P74").covers("P702")).isTrue();
        assertThat(new NoteCodes("P70", "P74").covers("P78")).isFalse();
    }
}
