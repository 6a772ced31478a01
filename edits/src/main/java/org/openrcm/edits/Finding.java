package org.openrcm.edits;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing the scrubber found on a claim: a stable rule id ({@code NCCI_PTP}), its severity, the service line it
 * concerns (1-based; {@code null} for the claim as a whole), the codes involved, a sentence a coder or biller acts
 * on, and the reference it rests on.
 */
public record Finding(
        String rule,
        Severity severity,
        @Nullable Integer line,
        List<String> codes,
        String message,
        Reference reference) {

    public Finding {
        codes = List.copyOf(codes);
        if (rule == null || rule.isBlank() || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a finding has a rule and a sentence");
        }
    }
}
