package org.openrcm.app.claim;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.BatchId;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.Money;

/**
 * A claim as the claim page shows it: its content, where it is in its lifecycle and how it got there (oldest
 * transition first). {@code originalClaim} is set for corrected and void claims; {@code payerClaimNumber} is the
 * payer's control number from its acknowledgment or remittance (needed to correct or void the claim).
 */
public record ClaimView(
        ClaimId id,
        ClaimContent content,
        ClaimFrequency frequency,
        @Nullable ClaimId originalClaim,
        ClaimStatus status,
        @Nullable BatchId batch,
        @Nullable String payerClaimNumber,
        Instant createdAt,
        List<ClaimTransition> transitions) {

    public ClaimView {
        transitions = List.copyOf(transitions);
    }

    public Money totalCharge() {
        return content.totalCharge();
    }
}
