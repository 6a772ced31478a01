package org.openrcm.edits.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openrcm.edits.testing.ClaimFixtures.DESIGN_EXAMPLE;
import static org.openrcm.edits.testing.ClaimFixtures.claim;
import static org.openrcm.edits.testing.ClaimFixtures.example;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openrcm.edits.Finding;
import org.openrcm.edits.Reference;
import org.openrcm.edits.Severity;

/** Each line points to one to four of the claim's (at most 12) diagnoses, each once. */
class PointerInvalidTest {

    private final PointerInvalid edit = new PointerInvalid();

    /** The example with its second line (20610) pointing as given. */
    private List<Finding> secondLinePointing(String pointers) {
        return edit.check(claim(example("\"pointers\": [1]", "\"pointers\": " + pointers)));
    }

    @Test
    void theDesignExamplePointsRight() {
        assertThat(edit.check(claim(DESIGN_EXAMPLE))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[]      | Line 2 (20610) points to no diagnosis: each service line needs at least one pointer.",
                "[3]     | Line 2 (20610) points to diagnosis 3, but the claim lists 2.",
                "[0]     | Line 2 (20610) points to diagnosis 0; pointers count from 1.",
                "[2, 2]  | Line 2 (20610) points to diagnosis 2 (I10) more than once.",
                "[1,2,1,2,1] | Line 2 (20610) has 5 diagnosis pointers; an 837P line carries at most 4.",
            })
    void aBadPointerIsOneFindingOnItsLine(String pointers, String message) {
        List<Finding> findings = secondLinePointing(pointers);

        assertThat(findings).extracting(Finding::message).first().isEqualTo(message);
        Finding f = findings.getFirst();
        assertThat(f.rule()).isEqualTo("POINTER_INVALID");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.line()).isEqualTo(2);
        assertThat(f.codes()).containsExactly("20610");
        assertThat(f.reference()).isEqualTo(new Reference("ASC X12 837P", "005010X222A1", "2400 SV107"));
    }

    @Test
    void eachBadPointerIsNamedOnce() {
        assertThat(secondLinePointing("[1, 3, 3, 1, 2]"))
                .extracting(Finding::message)
                .containsExactly(
                        "Line 2 (20610) has 5 diagnosis pointers; an 837P line carries at most 4.",
                        "Line 2 (20610) points to diagnosis 3, but the claim lists 2.",
                        "Line 2 (20610) points to diagnosis 3 more than once.",
                        "Line 2 (20610) points to diagnosis 1 (E11.9) more than once.");
    }

    @Test
    void fourDistinctPointersAreAllowed() {
        String json = example(
                "\"diagnoses\": [\"E11.9\", \"I10\"]",
                "\"diagnoses\": [\"E11.9\", \"I10\", \"E78.5\", \"Z79.4\"]",
                "\"pointers\": [1]",
                "\"pointers\": [4, 3, 2, 1]");

        assertThat(edit.check(claim(json))).isEmpty();
    }

    @Test
    void aClaimCarriesAtMostTwelveDiagnosesAndNoLineCanPointBeyondThem() {
        String thirteen = "\"E11.9\", \"I10\", \"E78.5\", \"Z79.4\", \"E66.9\", \"Z68.30\", \"M17.11\", \"M25.561\","
                + " \"G47.33\", \"J45.909\", \"K21.9\", \"F41.1\", \"N18.3\"";
        String json = example(
                "\"diagnoses\": [\"E11.9\", \"I10\"]",
                "\"diagnoses\": [" + thirteen + "]",
                "\"pointers\": [1]",
                "\"pointers\": [13]");

        List<Finding> findings = edit.check(claim(json));

        assertThat(findings)
                .extracting(Finding::line, Finding::message)
                .containsExactly(
                        tuple(
                                null,
                                "The claim lists 13 diagnoses; an 837P claim carries at most 12: split the claim or keep"
                                        + " the 12 the services point to."),
                        tuple(2, "Line 2 (20610) points to diagnosis 13, but an 837P claim carries at most 12."));
        assertThat(findings.getFirst().codes()).containsExactly("N183");
        assertThat(findings.getFirst().reference().row()).isEqualTo("2300 HI");
    }

    @Test
    void aLineWithoutAProcedureIsNamedByItsNumber() {
        String json = example("\"procedure\": \"20610\", ", "", "\"pointers\": [1]", "\"pointers\": []");

        Finding f = edit.check(claim(json)).getFirst();

        assertThat(f.message()).startsWith("Line 2 points to no diagnosis");
        assertThat(f.codes()).isEmpty();
    }
}
