package org.openrcm.app.claim;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.PracticeId;

/**
 * A claim was created ({@code from} null) or moved in its lifecycle. Published inside the changing transaction, one
 * per transition; modules that react to it (work lists, notifications) listen after commit.
 */
public record ClaimMoved(
        ClaimId claim,
        PracticeId practice,
        @Nullable ClaimStatus from,
        ClaimStatus to,
        ClaimAction action,
        Instant at) {}
