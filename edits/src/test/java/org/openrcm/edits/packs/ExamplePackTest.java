package org.openrcm.edits.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Catalog;
import org.openrcm.edits.Edits;
import org.openrcm.edits.Finding;
import org.openrcm.edits.Reference;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.testing.ClaimFixtures;

/**
 * The example pack shipped in docs/rule-packs/ (Acme Health, a made-up commercial payer) loads, and each of its
 * sections speaks on the claims it should and only on them, through the standard scrubber.
 */
class ExamplePackTest {

    static final Path EXAMPLE = Path.of("../docs/rule-packs/example-commercial.yaml");
    static final Set<String> PACK_RULES = Set.of(
            "MEDICAL_NECESSITY",
            "MODIFIER_REQUIRED",
            "MODIFIER_NOT_ALLOWED",
            "TIMELY_FILING",
            "ACME_LIPID_SCREEN_UNDER_20");
    static final String MEDICARE = "\"id\": \"MCR-J12\", \"name\": \"Medicare Part B J12\", \"kind\": \"medicare\"";
    static final String ACME = "\"id\": \"ACME01\", \"name\": \"Acme Health\", \"kind\": \"commercial\"";
    static final String SECOND_LINE =
            "{\"procedure\": \"20610\", \"modifiers\": [\"RT\"], \"units\": 1, \"charge\": \"200.00\", \"pointers\": [1],";

    static RulePacks packs;

    @BeforeAll
    static void readTheShippedExample() {
        assertThat(EXAMPLE).as("the example pack ships with the docs").isRegularFile();
        packs = RulePacks.read(EXAMPLE);
    }

    /** The DESIGN example billed to Acme (dx 1 E11.9, dx 2 I10; lines on 2026-03-02), changed as asked. */
    static Claim acme(String... fromTo) {
        String[] all = new String[fromTo.length + 2];
        all[0] = MEDICARE;
        all[1] = ACME;
        System.arraycopy(fromTo, 0, all, 2, fromTo.length);
        return ClaimFixtures.claim(ClaimFixtures.example(all));
    }

    /** The second line replaced by a lab test pointing at the given diagnoses. */
    static String[] lab(String procedure, String pointers) {
        return new String[] {
            SECOND_LINE,
            "{\"procedure\": \"" + procedure + "\", \"units\": 1, \"charge\": \"30.00\", \"pointers\": " + pointers
                    + ","
        };
    }

    static List<Finding> scrub(Claim claim, LocalDate today) {
        return Edits.standard().scrub(claim, new ReferenceData(new Catalog(), today).withRules(packs)).stream()
                .filter(f -> PACK_RULES.contains(f.rule()))
                .toList();
    }

    static List<Finding> scrub(Claim claim) {
        return scrub(claim, LocalDate.of(2026, 3, 20));
    }

    @Test
    void theExampleReadsWithEverySection() {
        RulePack acme = packs.packs().getFirst();
        assertThat(acme.id()).isEqualTo("acme-health-commercial");
        assertThat(acme.filingLimit().words()).isEqualTo("180 days");
        assertThat(acme.modifierRules()).hasSize(2);
        assertThat(acme.coveragePolicies())
                .extracting(RulePack.CoveragePolicy::id)
                .containsExactly("AH-LAB-101", "AH-LAB-102");
        assertThat(acme.customRules()).hasSize(1);
        assertThat(scrub(acme()))
                .as("the clean DESIGN claim stays clean under Acme's rules")
                .isEmpty();
    }

    @Test
    void anA1cForHypertensionAloneIsNotMedicallyNecessary() {
        assertThat(scrub(acme(lab("83036", "[2]")))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("MEDICAL_NECESSITY");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.codes()).containsExactly("83036", "I10");
            assertThat(f.message())
                    .isEqualTo("Line 2 (83036) is billed for I10, none of which Acme Health policy AH-LAB-102 (Blood"
                            + " glucose and hemoglobin A1c) covers for 83036: point the line at a covered diagnosis"
                            + " the record supports.");
            assertThat(f.reference())
                    .isEqualTo(new Reference("payer rule pack acme-health-commercial", "2026-01", "AH-LAB-102"));
        });
        assertThat(scrub(acme(lab("83036", "[1]")))).as("E11.9 is covered").isEmpty();
        assertThat(scrub(acme(lab("83036", "[1, 2]"))))
                .as("one covered diagnosis is enough")
                .isEmpty();
        assertThat(scrub(ClaimFixtures.claim(ClaimFixtures.example(lab("83036", "[2]")))))
                .as("the same claim billed to Medicare: Acme's pack does not apply")
                .isEmpty();
    }

    @Test
    void aLipidPanelIsCoveredForHypertensionButNotForAWellVisitAlone() {
        assertThat(scrub(acme(lab("80061", "[2]")))).isEmpty();
        assertThat(scrub(acme(lab("80061", "[2]")[0], lab("80061", "[2]")[1], "\"I10\"", "\"Z00.00\"")))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.codes()).containsExactly("80061", "Z00.00");
                    assertThat(f.reference().row()).isEqualTo("AH-LAB-101");
                    assertThat(f.message()).endsWith("(Acme's lipid list is in its lab policy AH-LAB-101).");
                });
    }

    @Test
    void aVideoVisitNeedsATelehealthModifierAndAnOfficeVisitMustNotHaveOne() {
        assertThat(scrub(acme("\"placeOfService\": \"11\"", "\"placeOfService\": \"02\"")))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("MODIFIER_REQUIRED");
                    assertThat(f.line()).isEqualTo(1);
                    assertThat(f.message())
                            .isEqualTo("Line 1 (99214) at place of service 02 needs modifier 95 or GT for Acme Health"
                                    + " (Acme pays telehealth E/M only with a telehealth modifier): add the one that"
                                    + " applies.");
                    assertThat(f.reference().row()).isEqualTo("telehealth-em");
                });
        assertThat(scrub(acme(
                        "\"placeOfService\": \"11\"", "\"placeOfService\": \"10\"", "[\"25\"]", "[\"25\", \"95\"]")))
                .isEmpty();
        assertThat(scrub(acme("[\"25\"]", "[\"25\", \"95\"]"))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("MODIFIER_NOT_ALLOWED");
            assertThat(f.codes()).containsExactly("99214", "95");
        });
    }

    @Test
    void acmeClaimsAreDueWithin180DaysOfService() {
        assertThat(scrub(acme(), LocalDate.of(2026, 8, 7)))
                .as("22 days before the last day")
                .isEmpty();
        assertThat(scrub(acme(), LocalDate.of(2026, 8, 8)))
                .extracting(Finding::severity, Finding::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 1),
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 2));
        assertThat(scrub(acme(), LocalDate.of(2026, 8, 30))).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message())
                    .contains("Acme Health's filing limit")
                    .contains("within 180 days")
                    .contains("by 2026-08-29");
            assertThat(f.reference().table()).isEqualTo("payer rule pack acme-health-commercial");
        });
        assertThat(scrub(ClaimFixtures.claim(ClaimFixtures.DESIGN_EXAMPLE), LocalDate.of(2026, 8, 30)))
                .as("Medicare keeps its one calendar year")
                .isEmpty();
    }

    @Test
    void aScreeningLipidPanelForATeenagerIsWarnedAbout() {
        String[] screening = {
            lab("80061", "[2]")[0], lab("80061", "[2]")[1], "\"I10\"", "\"Z13.220\"", "1950-04-02", "2010-05-01"
        };
        assertThat(scrub(acme(screening))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ACME_LIPID_SCREEN_UNDER_20");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.message())
                    .startsWith("Line 2 (80061): Acme covers screening lipid panels (Z13.220) from age 20");
        });
        screening[5] = "2006-03-02";
        assertThat(scrub(acme(screening))).as("20 on the date of service").isEmpty();
    }
}
