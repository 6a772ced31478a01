package org.openrcm.app.claim;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.identity.Role;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.edits.Reference;
import org.openrcm.edits.Severity;

/**
 * One finding of a claim's last scrub, as the worklists show it: the scrubber's rule, severity, line (1-based; null for
 * the whole claim), codes, sentence and reference, the role that must act on it ({@link Role#CODER} for coding,
 * {@link Role#BILLER} for the rest), when the claim was scrubbed, and the override when someone overrode it.
 */
public record ClaimFinding(
        UUID id,
        ClaimId claim,
        String rule,
        Severity severity,
        @Nullable Integer line,
        List<String> codes,
        String message,
        Reference reference,
        Role route,
        Instant scrubbedAt,
        @Nullable FindingOverride override) {

    public ClaimFinding {
        codes = List.copyOf(codes);
    }

    /** Whether this finding keeps the claim from READY: an error nobody overrode. */
    public boolean blocks() {
        return severity == Severity.ERROR && override == null;
    }
}
