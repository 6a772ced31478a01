package org.openrcm.x12.ig;

/** A place in a transaction's structure: a segment or a loop. */
public sealed interface Node permits SegmentRule, LoopRule {

    /** The segment id this node starts with (a loop's trigger segment). */
    String segmentId();

    Usage usage();

    /** How many times the node may occur in one instance of its parent. */
    int max();

    /** Whether {@code s} can start this node: same segment id and, where the guide sets one, the qualifier. */
    boolean matches(org.openrcm.x12.Segment s);

    String name();
}
