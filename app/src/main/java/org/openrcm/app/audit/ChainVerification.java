package org.openrcm.app.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of recomputing the audit chain: how many events were checked and, when the chain is broken, the first
 * broken link: the event it names and a sentence saying what was found.
 */
public record ChainVerification(
        long checked,
        long lastSeq,
        @Nullable Long brokenAt,
        @Nullable String problem) {

    public static ChainVerification intact(long checked, long lastSeq) {
        return new ChainVerification(checked, lastSeq, null, null);
    }

    public static ChainVerification broken(long checked, long seq, String problem) {
        return new ChainVerification(checked, seq, seq, problem);
    }

    public boolean isIntact() {
        return brokenAt == null;
    }
}
