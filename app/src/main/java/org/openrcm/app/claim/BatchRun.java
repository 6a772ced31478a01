package org.openrcm.app.claim;

import java.util.List;
import org.openrcm.app.kernel.ClaimId;

/**
 * What {@link ClaimBatches#batchReady} did: the files written and stored (their claims now BATCHED), and the READY
 * claims left out because an 837P cannot carry them as they are, each with the reason to fix.
 */
public record BatchRun(List<StoredBatchFile> files, List<Skipped> skipped) {
    public BatchRun {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    /** A READY claim that stays READY: {@code reason} names the fields to complete (never their values). */
    public record Skipped(ClaimId claim, String reason) {}
}
