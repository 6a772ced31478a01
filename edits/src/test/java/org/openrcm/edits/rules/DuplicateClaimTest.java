package org.openrcm.edits.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.edits.testing.ClaimFixtures.claim;
import static org.openrcm.edits.testing.ClaimFixtures.example;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Catalog;
import org.openrcm.edits.Finding;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.history.SubmittedClaims;

/** A claim or line the payer already has, against the DESIGN example submitted as C-1001. */
class DuplicateClaimTest {

    static final Claim SENT = claim(example());

    static List<Finding> against(Claim claim, Claim... sent) {
        ReferenceData data = new ReferenceData(new Catalog(), LocalDate.of(2026, 3, 25))
                .withSubmitted(SubmittedClaims.of(List.of(sent)));
        return new DuplicateClaim().check(claim, data);
    }

    @Test
    void theSameServicesUnderAnotherClaimIdAreADuplicateClaim() {
        assertThat(against(claim(example("C-1001", "C-1002")), SENT))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("DUPLICATE_CLAIM");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.line()).isNull();
                    assertThat(f.codes()).containsExactly("99214", "20610");
                    assertThat(f.message())
                            .contains("claim C-1001, submitted 2026-03-20")
                            .contains("CARC 18");
                    assertThat(f.reference().row()).isEqualTo("C-1001");
                });
    }

    @Test
    void theSameClaimScrubbedAgainIsNotItsOwnDuplicate() {
        assertThat(against(SENT, SENT)).isEmpty();
    }

    @Test
    void oneRepeatedLineAmongNewOnesIsAWarningOnThatLine() {
        Claim claim = claim(example(
                "C-1001", "C-1003", "\"20610\", \"modifiers\": [\"RT\"]", "\"20611\", \"modifiers\": [\"RT\"]"));
        assertThat(against(claim, SENT)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.reference().row()).isEqualTo("C-1001 line 1");
        });
    }

    @Test
    void anotherDayPatientProviderSideOrARepeatModifierIsAnotherService() {
        assertThat(against(
                        claim(example(
                                "C-1001",
                                "C-2",
                                "2026-03-02\"},\n    {",
                                "2026-03-03\"},\n    {",
                                "\"serviceDate\": \"2026-03-02\"}\n",
                                "\"serviceDate\": \"2026-03-03\"}\n")),
                        SENT))
                .isEmpty();
        assertThat(against(claim(example("C-1001", "C-2", "\"id\": \"P-1\"", "\"id\": \"P-2\"")), SENT))
                .isEmpty();
        assertThat(against(
                        claim(example(
                                "C-1001",
                                "C-2",
                                "\"renderingProvider\": {\"npi\": \"1234567893\"}",
                                "\"renderingProvider\": {\"npi\": \"1245319599\"}")),
                        SENT))
                .isEmpty();
        Claim otherSide = claim(example("C-1001", "C-2", "[\"25\"]", "[\"25\", \"76\"]", "[\"RT\"]", "[\"LT\"]"));
        assertThat(against(otherSide, SENT)).isEmpty();
    }

    @Test
    void correctedAndVoidClaimsAreNotDuplicatesOfTheClaimTheyReplace() {
        assertThat(against(claim(example("C-1001", "C-1001-R", "\"frequency\": \"1\"", "\"frequency\": \"7\"")), SENT))
                .isEmpty();
        assertThat(against(claim(example("C-1001", "C-1001-V", "\"frequency\": \"1\"", "\"frequency\": \"8\"")), SENT))
                .isEmpty();
    }

    @Test
    void withoutHistoryNothingIsADuplicate() {
        assertThat(new DuplicateClaim().check(SENT, new ReferenceData(new Catalog(), LocalDate.of(2026, 3, 25))))
                .isEmpty();
    }
}
