package org.openrcm.edits.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Catalog;
import org.openrcm.edits.Edit;
import org.openrcm.edits.Finding;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.packs.RulePackReader;
import org.openrcm.edits.packs.RulePacks;
import org.openrcm.edits.testing.ClaimFixtures;

/**
 * The pack-driven edits on the DESIGN example claim (Medicare J12, dx 1 E11.9 and dx 2 I10, 99214 pointing at both,
 * 20610 at dx 1, place of service 11, a woman born 1950-04-02): which diagnoses a line is judged by, which claims a
 * pack applies to, and the custom rules' conditions.
 */
class PayerRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    static ReferenceData with(String... packs) {
        List<org.openrcm.edits.packs.RulePack> read = new java.util.ArrayList<>();
        for (int i = 0; i < packs.length; i++) {
            read.add(RulePackReader.read("p" + i + ".yaml", packs[i]));
        }
        return new ReferenceData(new Catalog(), TODAY).withRules(new RulePacks(read));
    }

    /** A pack for Medicare claims whose one policy covers 20610 for the given diagnoses. */
    static String joint(String payers, String covered) {
        return """
                pack: joint
                title: Test payer
                version: "3"
                %s
                coveragePolicies:
                  - id: L1
                    title: Joint injections
                    procedures: ["20600-20611"]
                    coveredDiagnoses: [%s]
                """.formatted(payers, covered);
    }

    static List<Finding> run(Edit edit, Claim claim, ReferenceData data) {
        return edit.check(claim, data);
    }

    static Claim design(String... fromTo) {
        return ClaimFixtures.claim(ClaimFixtures.example(fromTo));
    }

    @Test
    void aLineIsJudgedByTheDiagnosesItPointsAt() {
        ReferenceData coversI10 = with(joint("payers: {kinds: [medicare]}", "\"I10\""));
        assertThat(run(new MedicalNecessity(), design(), coversI10))
                .as("20610 points at E11.9 only, which the policy does not cover")
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.line()).isEqualTo(2);
                    assertThat(f.codes()).containsExactly("20610", "E11.9");
                    assertThat(f.reference().release()).isEqualTo("3");
                    assertThat(f.reference().row()).isEqualTo("L1");
                });
        ReferenceData coversDiabetes = with(joint("payers: {kinds: [medicare]}", "\"E11.*\""));
        assertThat(run(new MedicalNecessity(), design(), coversDiabetes))
                .as("it points at a covered E11.9, while the claim's I10 is not covered: no finding")
                .isEmpty();
    }

    @Test
    void aLineWithoutAValidPointerIsJudgedByAllTheClaimsDiagnoses() {
        Claim noPointer = design("\"pointers\": [1], \"serviceDate\"", "\"pointers\": [7], \"serviceDate\"");
        assertThat(run(new MedicalNecessity(), noPointer, with(joint("", "\"I10\""))))
                .as("I10 is among the claim's diagnoses")
                .isEmpty();
        assertThat(run(new MedicalNecessity(), noPointer, with(joint("", "\"M17.11\""))))
                .singleElement()
                .satisfies(f -> assertThat(f.codes()).containsExactly("20610", "E11.9", "I10"));
    }

    @Test
    void aPackAppliesOnlyToThePayersItNames() {
        assertThat(run(new MedicalNecessity(), design(), with(joint("payers: {ids: [ACME01]}", "\"I10\""))))
                .isEmpty();
        assertThat(run(new MedicalNecessity(), design(), with(joint("payers: {ids: [mcr-j12]}", "\"I10\""))))
                .as("payer ids compare without regard to case")
                .hasSize(1);
        assertThat(run(new MedicalNecessity(), design(), with(joint("", "\"I10\""))))
                .as("no selector: every claim")
                .hasSize(1);
    }

    @Test
    void modifierRulesLookAtThePlaceOfServiceWhenTheyNameOne() {
        String pack = """
                pack: mods
                title: Test payer
                version: "1"
                modifierRules:
                  - id: knee-side
                    procedures: ["20610"]
                    required: [RT, LT, "50"]
                  - id: video
                    procedures: ["99212-99215"]
                    placesOfService: ["02"]
                    required: ["95"]
                    forbidden: [GT]
                """;
        assertThat(run(new PayerModifiers(), design(), with(pack)))
                .as("20610 has RT; the visit is in the office")
                .isEmpty();
        assertThat(run(new PayerModifiers(), design("[\"RT\"]", "[\"59\"]"), with(pack)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("MODIFIER_REQUIRED");
                    assertThat(f.message())
                            .isEqualTo("Line 2 (20610) needs modifier RT or LT or 50 for Test payer: add"
                                    + " the one that applies.");
                });
        assertThat(run(
                        new PayerModifiers(),
                        design("\"placeOfService\": \"11\"", "\"placeOfService\": \"2\"", "[\"25\"]", "[\"GT\"]"),
                        with(pack)))
                .extracting(Finding::rule)
                .containsExactly("MODIFIER_REQUIRED", "MODIFIER_NOT_ALLOWED");
        assertThat(run(
                        new PayerModifiers(),
                        design("\"placeOfService\": \"11\",", "", "[\"25\"]", "[\"GT\"]"),
                        with(pack)))
                .as("no place of service on the claim: a rule for 02 does not apply")
                .isEmpty();
    }

    static final String CUSTOM = """
            pack: house
            title: Test payer
            version: "1"
            customRules:
              - when: {diagnoses: ["E11.*"], sex: [F], ageMin: 65}
                then: {rule: T_CLAIM, severity: WARNING, message: "Send the diabetes care plan with the claim."}
              - when: {procedures: ["20610"], modifiersAbsent: [RT, LT]}
                then: {rule: T_SIDE, severity: error, message: "Say which knee with RT or LT."}
            """;

    @Test
    void aClaimRuleFiresOnceWhenAllItsConditionsHold() {
        assertThat(run(new CustomRules(), design(), with(CUSTOM)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("T_CLAIM");
                    assertThat(f.line()).isNull();
                    assertThat(f.codes()).containsExactly("E11.9");
                    assertThat(f.message()).isEqualTo("Send the diabetes care plan with the claim.");
                    assertThat(f.reference().table()).isEqualTo("payer rule pack house");
                    assertThat(f.reference().row()).isEqualTo("T_CLAIM");
                });
        assertThat(run(new CustomRules(), design("\"sex\": \"F\"", "\"sex\": \"M\""), with(CUSTOM)))
                .isEmpty();
        assertThat(run(new CustomRules(), design("1950-04-02", "1970-04-02"), with(CUSTOM)))
                .as("55 on the date of service")
                .isEmpty();
        assertThat(run(new CustomRules(), design("\"birthDate\": \"1950-04-02\", ", ""), with(CUSTOM)))
                .as("no birth date: an age condition cannot hold")
                .isEmpty();
    }

    @Test
    void aLineRuleFiresOnTheLinesItDescribes() {
        assertThat(run(new CustomRules(), design("\"sex\": \"F\"", "\"sex\": \"M\"", "[\"RT\"]", "[]"), with(CUSTOM)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("T_SIDE");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.line()).isEqualTo(2);
                    assertThat(f.message()).isEqualTo("Line 2 (20610): Say which knee with RT or LT.");
                });
    }
}
