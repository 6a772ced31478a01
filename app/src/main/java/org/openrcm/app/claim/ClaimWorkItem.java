package org.openrcm.app.claim;

import java.util.List;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.PatientId;

/**
 * A draft claim held at the scrub gate, as one role's worklist shows it: the claim, its patient, and the findings of
 * its last scrub routed to that role (errors first). Patient names are for the worklist page to resolve.
 */
public record ClaimWorkItem(ClaimId claim, PatientId patient, List<ClaimFinding> findings) {
    public ClaimWorkItem {
        findings = List.copyOf(findings);
    }
}
