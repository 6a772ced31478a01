package org.openrcm.app.coding;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.UserId;

/**
 * The saved coding of an encounter: its codes, whether it is finished, who last saved it ({@code coder}, null when
 * the system did) and, once finished, the claim made from it.
 */
public record CodingView(
        EncounterId encounter,
        CodingStatus status,
        EncounterCoding coding,
        @Nullable UserId coder,
        @Nullable ClaimId claim,
        Instant updatedAt) {}
