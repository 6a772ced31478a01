package org.openrcm.x12.validate;

import org.openrcm.x12.Segment;

/**
 * A check that follows one transaction set segment by segment, knowing the loop of each (SNIP 3 balancing). A new
 * instance is made for every transaction set.
 */
public interface TransactionCheck {

    /** Called for every segment the structure accepted, with its loop id. */
    void segment(Segment segment, String loop);

    /** Called at SE (or where the set ends without one: {@code se} is then {@code null}). */
    default void end(Segment se) {}

    TransactionCheck NONE = (segment, loop) -> {};
}
