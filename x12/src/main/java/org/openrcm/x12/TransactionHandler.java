package org.openrcm.x12;

/**
 * Follows one transaction set segment by segment, each with the loop the implementation guide places it in. Typed
 * readers and SNIP 3 checks are handlers; a new instance serves each transaction set.
 */
public interface TransactionHandler {

    /** Every segment the guide's structure accepts, ST and SE included, with its loop id ({@code ""} for headers). */
    void segment(Segment segment, String loop);

    /** Called once the set has ended (at SE, or where it broke off: {@code se} is then {@code null}). */
    default void end(Segment se) {}

    TransactionHandler NONE = (segment, loop) -> {};
}
