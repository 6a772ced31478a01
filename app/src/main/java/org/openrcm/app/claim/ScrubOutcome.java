package org.openrcm.app.claim;

import java.util.List;
import org.openrcm.app.kernel.ClaimId;

/** What a scrub (or an override) left: the claim's status (READY when nothing blocks it) and its findings. */
public record ScrubOutcome(ClaimId claim, ClaimStatus status, List<ClaimFinding> findings) {
    public ScrubOutcome {
        findings = List.copyOf(findings);
    }

    /** Whether the claim passed the gate: no finding blocks it. */
    public boolean passed() {
        return findings.stream().noneMatch(ClaimFinding::blocks);
    }
}
