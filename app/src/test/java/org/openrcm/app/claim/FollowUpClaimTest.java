package org.openrcm.app.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openrcm.app.claim.ClaimFixture.by;
import static org.openrcm.app.claim.ClaimFixture.inStatus;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.Refused;

/** Corrected (7) and void (8) claims: new claims that reference one the payer has accepted. */
class FollowUpClaimTest {
    static final EnumSet<ClaimStatus> WITH_PAYER = EnumSet.of(
            ClaimStatus.ACKNOWLEDGED,
            ClaimStatus.ADJUDICATED,
            ClaimStatus.PAID,
            ClaimStatus.DENIED,
            ClaimStatus.PARTIAL);

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void aClaimIsCorrectedOrVoidedOnlyOnceThePayerAcceptedIt(ClaimStatus status) {
        for (ClaimFrequency frequency : List.of(ClaimFrequency.CORRECTED, ClaimFrequency.VOID)) {
            Claim original = inStatus(status);
            if (WITH_PAYER.contains(status)) {
                Claim followUp = Claim.followUp(ClaimId.random(), original, frequency, by("biller", 9), "wrong units");
                assertThat(followUp.frequency()).isEqualTo(frequency);
                assertThat(followUp.original()).isEqualTo(original.id());
                assertThat(followUp.status()).isEqualTo(ClaimStatus.DRAFT);
                assertThat(followUp.content()).isEqualTo(original.content());
                assertThat(followUp.newTransitions()).singleElement().satisfies(t -> {
                    assertThat(t.action()).isEqualTo(ClaimAction.CREATE);
                    assertThat(t.reason()).isEqualTo("wrong units");
                    assertThat(t.by()).isEqualTo("biller");
                });
                assertThat(original.status()).isEqualTo(status);
            } else {
                assertThatThrownBy(() -> Claim.followUp(ClaimId.random(), original, frequency, by("b", 9), null))
                        .as(status + " " + frequency)
                        .isInstanceOfSatisfying(
                                Refused.class, r -> assertThat(r.code()).isEqualTo("ORIGINAL_NOT_WITH_PAYER"));
            }
        }
    }

    @Test
    void aClaimClosedAfterPaymentCanBeCorrectedButOneClosedAfterRejectionCannot() {
        Claim paidThenClosed = inStatus(ClaimStatus.CLOSED, true, "ICN-9");
        assertThat(Claim.followUp(ClaimId.random(), paidThenClosed, ClaimFrequency.CORRECTED, by("b", 1), null)
                        .original())
                .isEqualTo(paidThenClosed.id());

        Claim rejectedThenClosed = inStatus(ClaimStatus.CLOSED, false, null);
        assertThatThrownBy(() ->
                        Claim.followUp(ClaimId.random(), rejectedThenClosed, ClaimFrequency.VOID, by("b", 1), null))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("ORIGINAL_NOT_WITH_PAYER"))
                .hasMessageContaining("this one is closed");
    }

    @Test
    void theOriginalNeedsThePayersClaimNumber() {
        Claim acknowledgedWithoutNumber = inStatus(ClaimStatus.ACKNOWLEDGED, true, null);
        assertThatThrownBy(() -> Claim.followUp(
                        ClaimId.random(), acknowledgedWithoutNumber, ClaimFrequency.CORRECTED, by("b", 1), null))
                .isInstanceOfSatisfying(
                        Refused.class, r -> assertThat(r.code()).isEqualTo("ORIGINAL_WITHOUT_PAYER_CLAIM_NUMBER"));
    }

    @Test
    void aVoidClaimIsNeitherCorrectedNorVoidedNorChanged() {
        Claim original = inStatus(ClaimStatus.PAID);
        Claim voiding = Claim.followUp(ClaimId.random(), original, ClaimFrequency.VOID, by("b", 1), null);
        assertThatThrownBy(() -> voiding.revise(original.content()))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("VOID_CLAIM_FIXED"));
        Claim storedVoid = Claim.restore(
                ClaimId.random(),
                original.content(),
                ClaimFrequency.VOID,
                original.id(),
                ClaimStatus.ACKNOWLEDGED,
                null,
                "ICN-10",
                ClaimFixture.T0,
                ClaimFixture.T0,
                1,
                List.of());
        assertThatThrownBy(
                        () -> Claim.followUp(ClaimId.random(), storedVoid, ClaimFrequency.CORRECTED, by("b", 1), null))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("ORIGINAL_IS_VOID"));
    }

    @Test
    void aCorrectedClaimIsRevisedWhileADraftOnly() {
        Claim original = inStatus(ClaimStatus.DENIED);
        Claim corrected = Claim.followUp(ClaimId.random(), original, ClaimFrequency.CORRECTED, by("b", 1), null);
        ClaimContent c = original.content();
        ClaimContent revised = new ClaimContent(
                c.practice(),
                c.patient(),
                c.encounter(),
                c.payer(),
                c.coverage(),
                c.renderingProvider(),
                c.billingProvider(),
                c.placeOfService(),
                c.diagnoses(),
                List.of(ClaimFixture.line("99213", "110.00", 1)));
        corrected.revise(revised);
        assertThat(corrected.content().totalCharge()).hasToString("110.00");
        corrected.markReady(by("b", 2));
        assertThatThrownBy(() -> corrected.revise(c))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("CLAIM_NOT_DRAFT"));
    }

    @Test
    void aRevisionKeepsThePracticeAndThePatient() {
        Claim draft = inStatus(ClaimStatus.DRAFT);
        assertThatThrownBy(() -> draft.revise(ClaimFixture.content()))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("CLAIM_OWNER_CHANGED"));
    }
}
