package org.openrcm.app.claim.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.app.kernel.Refused;
import org.openrcm.x12.claim.Claim;
import org.openrcm.x12.claim.Claim.HealthCareCode;
import org.openrcm.x12.claim.Claim.ServiceLine;

/** What of a canonical claim goes where in an 837P, and which claims cannot be written at all. */
class ProfessionalClaimMapperTest {

    @Test
    void theDesignExampleBecomesAnOriginalClaimOfTheSubscriberHimself() {
        Claim c = ProfessionalClaimMapper.toX12(CanonicalClaims.one(CanonicalClaims.EXAMPLE));

        assertThat(c.billingProvider().npi()).isEqualTo("1234567893");
        assertThat(c.billingProvider().name()).isEqualTo("OAK FAMILY PRACTICE");
        assertThat(c.billingProvider().taxonomy()).isEqualTo("207Q00000X");
        assertThat(c.billingProvider().taxIdQualifier()).isEqualTo("EI");
        assertThat(c.billingProvider().taxId()).isEqualTo("371234567");
        assertThat(c.billingProvider().address().postalCode()).isEqualTo("627011234");

        assertThat(c.subscriber().relationship()).as("SBR02 self").isEqualTo("18");
        assertThat(c.subscriber().responsibility()).isEqualTo("P");
        assertThat(c.subscriber().claimFilingIndicator()).as("Medicare Part B").isEqualTo("MB");
        assertThat(c.subscriber().person().id()).isEqualTo("1EG4TE5MK73");
        assertThat(c.subscriber().person().birthDate()).isEqualTo(LocalDate.of(1950, 4, 2));
        assertThat(c.subscriber().person().sex()).isEqualTo("F");
        assertThat(c.patient())
                .as("no 2000C when the patient is the subscriber")
                .isNull();
        assertThat(c.payer().id()).isEqualTo("MCR-J12");
        assertThat(c.payer().idQualifier()).isEqualTo("PI");
        assertThat(c.payer().name()).isEqualTo("Medicare Part B J12");

        assertThat(c.claimId()).isEqualTo("C-1001");
        assertThat(c.totalCharge()).isEqualByComparingTo("350.00");
        assertThat(c.placeOfService()).isEqualTo("11");
        assertThat(c.frequency()).isEqualTo("1");
        assertThat(List.of(c.providerSignature(), c.assignment(), c.benefitsAssignment(), c.releaseOfInformation()))
                .containsExactly("Y", "A", "Y", "Y");
        assertThat(c.codes()).containsExactly(HealthCareCode.of("ABK", "E119"), HealthCareCode.of("ABF", "I10"));
        assertThat(c.priorAuthorization()).isEmpty();
        assertThat(c.providers())
                .as("the billing provider rendered the service: no 2310B")
                .isEmpty();

        assertThat(c.lines()).hasSize(2);
        ServiceLine first = c.lines().getFirst();
        assertThat(first.procedureQualifier()).isEqualTo("HC");
        assertThat(first.procedureCode()).isEqualTo("99214");
        assertThat(first.modifiers()).containsExactly("25");
        assertThat(first.charge()).isEqualByComparingTo("150.00");
        assertThat(first.unitBasis()).isEqualTo("UN");
        assertThat(first.units()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(first.diagnosisPointers()).containsExactly(1, 2);
        assertThat(first.from()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(c.lines().get(1).procedureCode()).isEqualTo("20610");
        assertThat(c.lines().get(1).modifiers()).containsExactly("RT");
        assertThat(c.lines().get(1).number()).isEqualTo(2);
    }

    @Test
    void aChildOfTheSubscriberGetsAPatientLevelWithPat01Nineteen() {
        Claim c = ProfessionalClaimMapper.toX12(CanonicalClaims.one(CanonicalClaims.CHILD));

        assertThat(c.subscriber().relationship())
                .as("SBR02 is empty when the patient is someone else")
                .isEmpty();
        assertThat(c.subscriber().claimFilingIndicator()).isEqualTo("CI");
        assertThat(c.subscriber().person().firstName()).isEqualTo("JUAN");
        assertThat(c.subscriber().person().id()).isEqualTo("1EG4TE5MK73");
        assertThat(c.subscriber().person().birthDate())
                .as("the subscriber's birth date is not known")
                .isNull();
        assertThat(c.patient()).isNotNull();
        assertThat(c.patient().relationship()).isEqualTo("19");
        assertThat(c.patient().person().firstName()).isEqualTo("LUCIA");
        assertThat(c.patient().person().birthDate()).isEqualTo(LocalDate.of(2015, 6, 30));
        assertThat(c.patient().person().id())
                .as("2010CA carries no member id in 5010")
                .isEmpty();
        assertThat(c.patient().person().address()).isNotNull();
    }

    @Test
    void twelveDiagnosesArePrincipalThenElevenOthersInOrderWithoutDots() {
        Claim c = ProfessionalClaimMapper.toX12(CanonicalClaims.one(CanonicalClaims.TWELVE_DIAGNOSES));

        assertThat(c.diagnosisCodes())
                .containsExactly(
                        "E119", "I10", "E785", "M5450", "J45909", "K219", "F411", "G4733", "N183", "Z794", "E669",
                        "R7303");
        assertThat(c.codes())
                .extracting(HealthCareCode::qualifier)
                .containsExactly("ABK", "ABF", "ABF", "ABF", "ABF", "ABF", "ABF", "ABF", "ABF", "ABF", "ABF", "ABF");
        assertThat(c.lines().get(1).diagnosisPointers()).containsExactly(12, 3, 7, 1);
    }

    @Test
    void thirteenDiagnosesAreRefused() {
        String thirteen = CanonicalClaims.TWELVE_DIAGNOSES.replace("\"R73.03\"]", "\"R73.03\", \"Z00.00\"]");

        assertThatThrownBy(() -> ProfessionalClaimMapper.toX12(CanonicalClaims.one(thirteen)))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("diagnoses must be at most 12 codes");
    }

    @Test
    void anotherRenderingProviderIsNamedIn2310BWithThePriorAuthorization() {
        Claim c = ProfessionalClaimMapper.toX12(CanonicalClaims.one(CanonicalClaims.RENDERING));

        assertThat(c.providers()).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo("82");
            assertThat(p.entityType()).isEqualTo("1");
            assertThat(p.npi()).isEqualTo("1972947588");
            assertThat(p.name()).isEqualTo("SMITH");
            assertThat(p.firstName()).isEqualTo("JOHN");
            assertThat(p.taxonomy()).isEqualTo("207R00000X");
        });
        assertThat(c.priorAuthorization()).isEqualTo("AUTH-77");
    }

    @Test
    void aRenderingProviderWithoutANameIsRefused() {
        String nameless = CanonicalClaims.EXAMPLE.replace(
                "\"renderingProvider\": {\"npi\": \"1234567893\"}", "\"renderingProvider\": {\"npi\": \"1972947588\"}");

        assertThatThrownBy(() -> ProfessionalClaimMapper.toX12(CanonicalClaims.one(nameless)))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("renderingProvider.name is missing (2310B NM103)");
    }

    @Test
    void everyMissingFieldIsNamedInOneRefusalWithoutThePatientsData() {
        String gaps = CanonicalClaims.EXAMPLE
                .replace("\"memberId\": \"1EG4TE5MK73\", ", "")
                .replace("\"birthDate\": \"1950-04-02\", ", "")
                .replace("\"taxId\": \"371234567\", ", "")
                .replace("\"kind\": \"medicare\"", "\"kind\": null")
                .replace("\"charge\": \"200.00\", ", "")
                .replace("\"pointers\": [1], ", "\"pointers\": [3], ");

        assertThatThrownBy(() -> ProfessionalClaimMapper.toX12(CanonicalClaims.one(gaps)))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.code()).isEqualTo(ProfessionalClaimMapper.NOT_BATCHABLE);
                    assertThat(r.getMessage())
                            .startsWith("Claim C-1001 cannot be written as an 837P: ")
                            .contains("subscriber.memberId is missing (2010BA NM109)")
                            .contains("patient.birthDate is missing (2010BA DMG02)")
                            .contains("billingProvider.taxId is missing (2010AA REF02)")
                            .contains("payer.kind is missing (2000B SBR09)")
                            .contains("lines[1].charge is missing (2400 SV102)")
                            .contains("lines[1].pointers[0] must be the position of one of the claim's diagnoses")
                            .doesNotContain("RIVERA")
                            .doesNotContain("ANA")
                            .doesNotContain("1950");
                });
    }

    @Test
    void aReplacementClaimIsRefusedForWantOfTheOriginalClaimNumber() {
        String replacement = CanonicalClaims.EXAMPLE.replace("\"frequency\": \"1\"", "\"frequency\": \"7\"");

        assertThatThrownBy(() -> ProfessionalClaimMapper.toX12(CanonicalClaims.one(replacement)))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("frequency must be 1")
                .hasMessageContaining("REF*F8");
    }

    @Test
    void aBillingZipWithoutItsFourDigitExtensionIsRefused() {
        String shortZip = CanonicalClaims.EXAMPLE.replace("627011234", "62701");

        assertThatThrownBy(() -> ProfessionalClaimMapper.toX12(CanonicalClaims.one(shortZip)))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("billingProvider.address.zip must be the nine-digit ZIP+4 (2010AA N403)");
    }

    @Test
    void aMissingRelationshipIsRefusedRatherThanTakenForSelf() {
        String unknown = CanonicalClaims.EXAMPLE.replace("\"relationship\": \"self\", ", "");

        assertThatThrownBy(() -> ProfessionalClaimMapper.toX12(CanonicalClaims.one(unknown)))
                .isInstanceOf(Refused.class)
                .hasMessageContaining("subscriber.relationship is missing");
    }

    @Test
    void optionalPartsMayBeAbsent() {
        String lean = CanonicalClaims.EXAMPLE
                .replace("\"frequency\": \"1\",", "")
                .replace("\"renderingProvider\": {\"npi\": \"1234567893\"},", "")
                // the patient's address moves to a field claim JSON does not know, leaving the subscriber's
                .replace("\"sex\": \"F\",", "\"sex\": \"F\"}, \"unknown\": {");

        Claim c = ProfessionalClaimMapper.toX12(CanonicalClaims.one(lean));

        assertThat(c.frequency()).as("an original claim").isEqualTo("1");
        assertThat(c.providers()).isEmpty();
        assertThat(c.subscriber().person().address().line1()).isEqualTo("12 OAK ST");
    }
}
