package org.openrcm.edits.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openrcm.edits.testing.ClaimFixtures.DESIGN_EXAMPLE;
import static org.openrcm.edits.testing.ClaimFixtures.claim;
import static org.openrcm.edits.testing.ClaimFixtures.example;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openrcm.edits.Finding;
import org.openrcm.edits.Reference;
import org.openrcm.edits.Severity;

/** What an 837P cannot be sent without: one error per missing or malformed field, named by its path in the JSON. */
class MissingFieldTest {

    private final MissingField edit = new MissingField();

    private List<Finding> check(String json) {
        return edit.check(claim(json));
    }

    /** (line, field path) of each finding: the path is the sentence's first word. */
    private static List<Tuple> fields(List<Finding> findings) {
        return findings.stream()
                .map(f -> tuple(f.line(), f.message().substring(0, f.message().indexOf(' '))))
                .toList();
    }

    @Test
    void theDesignExampleLacksNothing() {
        assertThat(check(DESIGN_EXAMPLE)).isEmpty();
    }

    @Test
    void aBillingProviderZipOfFiveDigitsIsNotEnough() {
        assertThat(fields(check(DESIGN_EXAMPLE.replace("\"627011234\"", "\"62701\""))))
                .containsExactly(tuple(null, "billingProvider.address.zip"));
    }

    @Test
    void anEmptyClaimLacksEverythingA837PNeeds() {
        List<Finding> findings = check("{}");

        assertThat(fields(findings))
                .containsExactly(
                        tuple(null, "billingProvider.npi"),
                        tuple(null, "billingProvider.taxonomy"),
                        tuple(null, "billingProvider.taxId"),
                        tuple(null, "billingProvider.name"),
                        tuple(null, "billingProvider.address"),
                        tuple(null, "payer.id"),
                        tuple(null, "payer.name"),
                        tuple(null, "subscriber.relationship"),
                        tuple(null, "placeOfService"),
                        tuple(null, "subscriber.memberId"),
                        tuple(null, "patient.name.last"),
                        tuple(null, "patient.name.first"),
                        tuple(null, "patient.birthDate"),
                        tuple(null, "patient.sex"),
                        tuple(null, "diagnoses"),
                        tuple(null, "lines"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("MISSING_FIELD");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains(" is missing: an 837P needs ");
        });
    }

    @Test
    void aFindingSaysWhatIsMissingAndWhereThe837PCarriesIt() {
        Finding f = check(example("\"npi\": \"1234567893\", \"taxonomy\"", "\"taxonomy\""))
                .getFirst();

        assertThat(f.message()).isEqualTo("billingProvider.npi is missing: an 837P needs the billing provider's NPI.");
        assertThat(f.reference()).isEqualTo(new Reference("ASC X12 837P", "005010X222A1", "2010AA NM109"));
        assertThat(f.line()).isNull();
        assertThat(f.codes()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // field absent, null or blank
                "`\"taxonomy\": \"207Q00000X\"` | `\"taxonomy\": \"\"` | billingProvider.taxonomy | `2000A PRV03`",
                "`\"taxId\": \"371234567\"` | `\"taxId\": null` | billingProvider.taxId | `2010AA REF02`",
                "`\"placeOfService\": \"11\",` | `` | placeOfService | `2300 CLM05-1`",
                "`\"memberId\": \"1EG4TE5MK73\",` | `` | subscriber.memberId | `2010BA NM109`",
                "`\"birthDate\": \"1950-04-02\",` | `` | patient.birthDate | `2010BA/2010CA DMG02`",
                "`\"sex\": \"F\"` | `\"sex\": \" \"` | patient.sex | `2010BA/2010CA DMG03`",
                "`\"diagnoses\": [\"E11.9\", \"I10\"]` | `\"diagnoses\": [\"E11.9\", \"\"]` | diagnoses[1] | `2300 HI`",
                // there but not what an 837P takes
                "`\"npi\": \"1234567893\", \"taxonomy\"` | `\"npi\": \"1234567890\", \"taxonomy\"` | billingProvider.npi | `2010AA NM109`",
                "`\"npi\": \"1234567893\", \"taxonomy\"` | `\"npi\": \"123456789\", \"taxonomy\"` | billingProvider.npi | `2010AA NM109`",
                "`{\"npi\": \"1234567893\"}` | `{\"npi\": \"1234567839\"}` | renderingProvider.npi | `2310B NM109`",
                "`\"taxonomy\": \"207Q00000X\"` | `\"taxonomy\": \"207Q00000\"` | billingProvider.taxonomy | `2000A PRV03`",
                "`\"taxId\": \"371234567\"` | `\"taxId\": \"37123456\"` | billingProvider.taxId | `2010AA REF02`",
                "`\"placeOfService\": \"11\"` | `\"placeOfService\": \"Office\"` | placeOfService | `2300 CLM05-1`",
                "`\"sex\": \"F\"` | `\"sex\": \"female\"` | patient.sex | `2010BA/2010CA DMG03`",
            })
    void aClaimFieldMissingOrMalformedIsOneFinding(String from, String to, String field, String element) {
        List<Finding> findings = check(example(from, to));

        assertThat(fields(findings)).containsExactly(tuple(null, field));
        assertThat(findings.getFirst().reference().row()).isEqualTo(element);
    }

    @Test
    void theNameOfThePatientNeedsBothParts() {
        String json = example(
                "\"patient\": {\"id\": \"P-1\", \"name\": {\"last\": \"RIVERA\", \"first\": \"ANA\"}",
                "\"patient\": {\"id\": \"P-1\", \"name\": {\"last\": \"RIVERA\"}");

        assertThat(fields(check(json))).containsExactly(tuple(null, "patient.name.first"));
    }

    @Test
    void anInvalidNpiIsShownWithWhatMakesOneValid() {
        Finding f = check(example("\"npi\": \"1234567893\", \"taxonomy\"", "\"npi\": \"1234567890\", \"taxonomy\""))
                .getFirst();

        assertThat(f.message())
                .isEqualTo("billingProvider.npi \"1234567890\" is not a valid NPI (ten digits, the last a check digit:"
                        + " Luhn over 80840 and the first nine).");
    }

    @Test
    void aHyphenatedEinIsATaxId() {
        assertThat(check(example("\"taxId\": \"371234567\"", "\"taxId\": \"37-1234567\"")))
                .isEmpty();
    }

    @Test
    void aRenderingProviderIsOptionalButItsNpiMustBeValid() {
        assertThat(check(example("\"renderingProvider\": {\"npi\": \"1234567893\"},", "")))
                .isEmpty();
        assertThat(check(example(
                        "\"renderingProvider\": {\"npi\": \"1234567893\"}",
                        "\"renderingProvider\": {\"npi\": \"1245319599\"}")))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "`\"procedure\": \"20610\",` | `` | lines[1].procedure",
                "`\"procedure\": \"20610\"` | `\"procedure\": \" \"` | lines[1].procedure",
                "`\"units\": 1, \"charge\": \"200.00\"` | `\"charge\": \"200.00\"` | lines[1].units",
                "`\"units\": 1, \"charge\": \"200.00\"` | `\"units\": 0, \"charge\": \"200.00\"` | lines[1].units",
                "`\"units\": 1, \"charge\": \"200.00\"` | `\"units\": -1, \"charge\": \"200.00\"` | lines[1].units",
                "`\"charge\": \"200.00\",` | `` | lines[1].charge",
                "`\"charge\": \"200.00\"` | `\"charge\": \"0.00\"` | lines[1].charge",
                "`\"charge\": \"200.00\"` | `\"charge\": \"-200.00\"` | lines[1].charge",
                "`[1], \"serviceDate\": \"2026-03-02\"` | `[1]` | lines[1].serviceDate",
            })
    void aServiceLineFieldMissingOrNotAboveZeroIsOneFindingOnThatLine(String from, String to, String field) {
        assertThat(fields(check(example(from, to)))).containsExactly(tuple(2, field));
    }

    @Test
    void aZeroChargeSaysItsAmount() {
        Finding f =
                check(example("\"charge\": \"200.00\"", "\"charge\": \"0\"")).getFirst();

        assertThat(f.message()).isEqualTo("lines[1].charge 0.00 is not a charge above zero.");
        assertThat(f.reference().row()).isEqualTo("2400 SV102");
    }

    @Test
    void aLineWithNothingLacksEachOfItsFields() {
        String json = example(
                "{\"procedure\": \"20610\", \"modifiers\": [\"RT\"], \"units\": 1, \"charge\": \"200.00\", \"pointers\": [1],"
                        + " \"serviceDate\": \"2026-03-02\"}",
                "{}");

        assertThat(fields(check(json)))
                .containsExactly(
                        tuple(2, "lines[1].procedure"),
                        tuple(2, "lines[1].units"),
                        tuple(2, "lines[1].charge"),
                        tuple(2, "lines[1].serviceDate"));
    }
}
