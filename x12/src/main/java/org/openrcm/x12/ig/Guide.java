package org.openrcm.x12.ig;

import java.util.function.Function;
import org.openrcm.x12.validate.FindingSink;
import org.openrcm.x12.validate.TransactionCheck;

/**
 * An implementation guide: the transaction set it applies to ({@code 837}), its version ({@code 005010X222A1}), its
 * structure (the root loop holds ST…SE) and its balancing rules (SNIP 3), created once per transaction set.
 */
public record Guide(
        String transactionSet,
        String version,
        String name,
        LoopRule structure,
        Function<FindingSink, TransactionCheck> balancing) {

    public static Function<FindingSink, TransactionCheck> noBalancing() {
        return sink -> TransactionCheck.NONE;
    }
}
