package org.openrcm.edits.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openrcm.edits.testing.ClaimFixtures.DESIGN_EXAMPLE;
import static org.openrcm.edits.testing.ClaimFixtures.claim;
import static org.openrcm.edits.testing.ClaimFixtures.example;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonical claim JSON is read as written; what cannot be read is refused with the JSON path of the problem. */
class ClaimJsonTest {

    @Test
    void theDesignExampleReadsIntoTheClaimItDescribes() {
        Claim c = claim(DESIGN_EXAMPLE);

        assertThat(c.id()).isEqualTo("C-1001");
        assertThat(c.payer()).isEqualTo(new Claim.Payer("MCR-J12", "Medicare Part B J12", "medicare"));
        assertThat(c.subscriber().memberId()).isEqualTo("1EG4TE5MK73");
        assertThat(c.subscriber().address().zip()).isEqualTo("62701");
        assertThat(c.patient().name()).isEqualTo(new Claim.Name("RIVERA", "ANA"));
        assertThat(c.patient().birthDate()).isEqualTo(LocalDate.of(1950, 4, 2));
        assertThat(c.patient().sex()).isEqualTo("F");
        assertThat(c.billingProvider().npi()).isEqualTo("1234567893");
        assertThat(c.billingProvider().taxId()).isEqualTo("371234567");
        assertThat(c.renderingProvider().npi()).isEqualTo("1234567893");
        assertThat(c.placeOfService()).isEqualTo("11");
        assertThat(c.submittedOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(c.priorAuthorization()).isNull();
        assertThat(c.diagnoses()).containsExactly("E119", "I10");
        assertThat(c.lines())
                .containsExactly(
                        new Claim.Line(
                                "99214",
                                List.of("25"),
                                BigDecimal.ONE,
                                new BigDecimal("150.00"),
                                List.of(1, 2),
                                LocalDate.of(2026, 3, 2)),
                        new Claim.Line(
                                "20610",
                                List.of("RT"),
                                BigDecimal.ONE,
                                new BigDecimal("200.00"),
                                List.of(1),
                                LocalDate.of(2026, 3, 2)));
    }

    @Test
    void diagnosesWithOrWithoutTheDotAreTheSameCodes() {
        Claim c = claim(example("[\"E11.9\", \"I10\"]", "[\"e119\", \" s72.001a \", \"I1.0.\", \"\"]"));

        // one that cannot be a code stays as written, for the code edits to name
        assertThat(c.diagnoses()).containsExactly("E119", "S72001A", "I1.0.", "");
    }

    @Test
    void anArrayHoldsClaimsInItsOrder() {
        List<Claim> claims = ClaimJson.read("[" + DESIGN_EXAMPLE + "," + example("C-1001", "C-1002") + "]");

        assertThat(claims).extracting(Claim::id).containsExactly("C-1001", "C-1002");
        assertThat(ClaimJson.read("[]")).isEmpty();
    }

    @Test
    void aMissingFieldIsLeftForTheScrubberNotRefused() {
        Claim c = claim("""
                {"patient": {"name": {"last": "RIVERA"}, "sex": null, "birthDate": ""},
                 "lines": [{"procedure": "99213", "charge": null}]}
                """);

        assertThat(c.id()).isNull();
        assertThat(c.billingProvider()).isNull();
        assertThat(c.patient().name().first()).isNull();
        assertThat(c.patient().sex()).isNull();
        assertThat(c.patient().birthDate()).isNull();
        assertThat(c.diagnoses()).isEmpty();
        Claim.Line line = c.lines().getFirst();
        assertThat(line.charge()).isNull();
        assertThat(line.units()).isNull();
        assertThat(line.pointers()).isEmpty();
        assertThat(line.serviceDate()).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "150.00 | 150.00",
                "150    | 150.00",
                "0.5    | 0.50",
                "-10.00 | -10.00", // read: a charge must be above zero is the scrubber's finding
            })
    void moneyIsAStringWithAtMostTwoDecimals(String written, String amount) {
        Claim c = claim(example("\"charge\": \"150.00\"", "\"charge\": \"" + written + "\""));

        assertThat(c.lines().getFirst().charge()).isEqualByComparingTo(amount).hasScaleOf(2);
    }

    @Test
    void moneyWrittenAsAJsonNumberIsTakenExactly() {
        Claim c = claim(example("\"charge\": \"150.00\"", "\"charge\": 150.10"));

        assertThat(c.lines().getFirst().charge()).isEqualTo(new BigDecimal("150.10"));
    }

    @Test
    void fractionalUnitsAreKept() {
        Claim c = claim(example("\"units\": 1, \"charge\": \"150.00\"", "\"units\": 1.5, \"charge\": \"150.00\""));

        assertThat(c.lines().getFirst().units()).isEqualTo(new BigDecimal("1.5"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // the third claim's first line: the path counts claims and lines from 0, as JSON paths do
                "`\"charge\": \"200.00\"` | `\"charge\": \"15O.00\"` | `$[2].lines[1].charge: \"15O.00\" is not an amount`",
                "`\"charge\": \"200.00\"` | `\"charge\": \"150.005\"` | `$[2].lines[1].charge: \"150.005\" is not an amount`",
                "`\"charge\": \"200.00\"` | `\"charge\": 1.999` | `$[2].lines[1].charge: 1.999 is not an amount`",
                "`\"charge\": \"200.00\"` | `\"charge\": true` | `$[2].lines[1].charge: true is not an amount`",
                "`\"1950-04-02\"` | `\"1950-02-30\"` | `$[2].patient.birthDate: \"1950-02-30\" is not a date (YYYY-MM-DD)`",
                "`\"submittedOn\": \"2026-03-20\"` | `\"submittedOn\": \"03/20/2026\"` | `$[2].submittedOn: \"03/20/2026\" is not a date`",
                "`\"pointers\": [1]` | `\"pointers\": [\"A\"]` | `$[2].lines[1].pointers[0]: \"A\" is not a diagnosis pointer`",
                "`\"pointers\": [1]` | `\"pointers\": [1.5]` | `$[2].lines[1].pointers[0]: 1.5 is not a diagnosis pointer`",
                "`\"pointers\": [1]` | `\"pointers\": 1` | `$[2].lines[1].pointers: 1 is not an array`",
                "`\"units\": 1, \"charge\": \"200.00\"` | `\"units\": \"1\", \"charge\": \"200.00\"` | `$[2].lines[1].units: \"1\" is not a number`",
                "`\"npi\": \"1234567893\", \"taxonomy\"` | `\"npi\": 1234567893, \"taxonomy\"` | `$[2].billingProvider.npi: 1234567893 is not text`",
                "`\"renderingProvider\": {\"npi\": \"1234567893\"}` | `\"renderingProvider\": \"1234567893\"` | `$[2].renderingProvider: \"1234567893\" is not an object`",
                "`\"diagnoses\": [\"E11.9\", \"I10\"]` | `\"diagnoses\": [\"E11.9\", null]` | `$[2].diagnoses[1]: null is not a diagnosis code`",
                "`\"diagnoses\": [\"E11.9\", \"I10\"]` | `\"diagnoses\": \"E11.9\"` | `$[2].diagnoses: \"E11.9\" is not an array`",
                "`\"modifiers\": [\"RT\"]` | `\"modifiers\": [59]` | `$[2].lines[1].modifiers[0]: 59 is not a modifier`",
                "`{\"procedure\": \"20610\"` | `7, {\"procedure\": \"20610\"` | `$[2].lines[1]: 7 is not a service line`",
            })
    void anUnreadableValueIsRefusedWithItsPath(String from, String to, String error) {
        String json = "[" + DESIGN_EXAMPLE + "," + DESIGN_EXAMPLE + "," + example(from, to) + "]";

        assertThatThrownBy(() -> ClaimJson.read(json))
                .isInstanceOf(ClaimJsonException.class)
                .hasMessageStartingWith(error);
    }

    @Test
    void theProblemsPathIsKeptApartFromItsSentence() {
        String json = example("\"sex\": \"F\"", "\"sex\": [\"F\"]");

        assertThatThrownBy(() -> ClaimJson.read(json))
                .isInstanceOfSatisfying(
                        ClaimJsonException.class, e -> assertThat(e.path()).isEqualTo("$.patient.sex"))
                .hasMessage("$.patient.sex: [\"F\"] is not text (write it in quotes)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "`` | `$: no JSON in the input`",
                "`   ` | `$: no JSON in the input`",
                "`\"C-1001\"` | `$: \"C-1001\" is not a claim (an object) or an array of claims`",
                "`[{\"id\": \"C-1\"}, \"C-2\"]` | `$[1]: \"C-2\" is not a claim (an object)`",
                "`{\"id\": \"C-1\",\n \"lines\": [}` | `$: line 2, column 12: not valid JSON`",
                "`{\"id\": \"C-1\"} {\"id\": \"C-2\"}` | `$: line 1, column 15: more JSON after the first value`",
                "`{\"id\": \"C-1\", \"id\": \"C-2\"}` | `$: line 1, column 19: not valid JSON (Duplicate Object property \"id\")`",
            })
    void inputThatIsNotClaimJsonIsRefused(String json, String error) {
        assertThatThrownBy(() -> ClaimJson.read(json))
                .isInstanceOf(ClaimJsonException.class)
                .hasMessageStartingWith(error);
    }
}
