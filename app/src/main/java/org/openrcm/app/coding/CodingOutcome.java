package org.openrcm.app.coding;

import java.util.List;
import org.openrcm.app.claim.ClaimFinding;
import org.openrcm.app.claim.ClaimStatus;
import org.openrcm.app.identity.Role;
import org.openrcm.app.kernel.ClaimId;

/**
 * What finishing a coding made: the draft claim, its status after the scrub gate (READY when nothing blocks it, DRAFT
 * when an error holds it), every finding of the scrub, and each line's charge with its price source.
 */
public record CodingOutcome(ClaimId claim, ClaimStatus status, List<ClaimFinding> findings, List<LineCharge> lines) {
    public CodingOutcome {
        findings = List.copyOf(findings);
        lines = List.copyOf(lines);
    }

    /** The findings the coder acts on (coding findings); the others are on the biller's worklist. */
    public List<ClaimFinding> coderFindings() {
        return findings.stream().filter(f -> f.route() == Role.CODER).toList();
    }
}
