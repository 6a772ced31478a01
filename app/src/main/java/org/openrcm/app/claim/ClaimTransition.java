package org.openrcm.app.claim;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.ClaimId;

/**
 * One recorded move of a claim's lifecycle: {@code from} is null for its creation; {@code by} is the acting user's id,
 * or "system:purpose" for work done by the system (batch commands, remittance posting); {@code at} comes from the
 * application clock; {@code reason} is given for the actions that leave the happy path.
 */
public record ClaimTransition(
        ClaimId claim,
        int step,
        @Nullable ClaimStatus from,
        ClaimStatus to,
        ClaimAction action,
        String by,
        Instant at,
        @Nullable String reason) {

    public ClaimTransition {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
