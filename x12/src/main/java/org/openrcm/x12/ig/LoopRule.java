package org.openrcm.x12.ig;

import java.util.List;
import org.openrcm.x12.Segment;

/** A loop: its id (e.g. {@code 2300}), name, usage, maximum repeat, and children; the first child is its trigger. */
public record LoopRule(String id, String name, Usage usage, int max, List<Node> children) implements Node {

    public LoopRule {
        children = List.copyOf(children);
        if (children.isEmpty() || !(children.getFirst() instanceof SegmentRule)) {
            throw new IllegalArgumentException("loop " + id + " must start with a segment");
        }
    }

    public SegmentRule trigger() {
        return (SegmentRule) children.getFirst();
    }

    @Override
    public String segmentId() {
        return trigger().segmentId();
    }

    @Override
    public boolean matches(Segment s) {
        return trigger().matches(s);
    }
}
