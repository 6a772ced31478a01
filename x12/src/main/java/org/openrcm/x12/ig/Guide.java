package org.openrcm.x12.ig;

import java.util.function.Consumer;
import java.util.function.Function;
import org.openrcm.x12.TransactionHandler;
import org.openrcm.x12.validate.FindingSink;

/**
 * An implementation guide: the transaction set it applies to ({@code 837}), its version ({@code 005010X222A1}), its
 * structure (the root loop holds ST…SE), its balancing rules (SNIP 3) and its typed reader; the last two are made
 * anew for every transaction set.
 */
public record Guide(
        String transactionSet,
        String version,
        String name,
        LoopRule structure,
        Function<FindingSink, TransactionHandler> balancing,
        Function<Consumer<Object>, TransactionHandler> reader) {

    public static Function<FindingSink, TransactionHandler> noBalancing() {
        return sink -> TransactionHandler.NONE;
    }

    public static Function<Consumer<Object>, TransactionHandler> noReader() {
        return records -> TransactionHandler.NONE;
    }
}
