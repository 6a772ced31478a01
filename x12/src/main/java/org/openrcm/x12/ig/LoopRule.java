package org.openrcm.x12.ig;

import java.util.List;
import org.openrcm.x12.Segment;

/**
 * A loop: its id (e.g. {@code 2300}), name, usage, maximum repeat, and children; the first child is its trigger.
 * Children that share a segment id form an unordered group (like X12 segments that share a position number); where
 * each group starts is worked out once here, not for every segment read.
 */
public final class LoopRule implements Node {

    private final String id;
    private final String name;
    private final Usage usage;
    private final int max;
    private final List<Node> children;
    private final Node[] nodes;
    private final int[] groupStarts;
    private final int[] required;
    private final java.util.Map<String, int[]> bySegmentId;
    private static final int[] NONE = new int[0];

    public LoopRule(String id, String name, Usage usage, int max, List<Node> children) {
        this.id = id;
        this.name = name;
        this.usage = usage;
        this.max = max;
        this.children = List.copyOf(children);
        if (this.children.isEmpty() || !(this.children.getFirst() instanceof SegmentRule)) {
            throw new IllegalArgumentException("loop " + id + " must start with a segment");
        }
        this.nodes = this.children.toArray(Node[]::new);
        this.groupStarts = new int[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            groupStarts[i] = i > 0 && nodes[i - 1].segmentId().equals(nodes[i].segmentId()) ? groupStarts[i - 1] : i;
        }
        java.util.Map<String, int[]> index = new java.util.HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            int[] known = index.getOrDefault(nodes[i].segmentId(), NONE);
            int[] more = java.util.Arrays.copyOf(known, known.length + 1);
            more[known.length] = i;
            index.put(nodes[i].segmentId(), more);
        }
        this.bySegmentId = java.util.Map.copyOf(index);
        this.required = java.util.stream.IntStream.range(0, nodes.length)
                .filter(i -> nodes[i].usage() == Usage.REQUIRED)
                .toArray();
    }

    /** The indexes of the children that start with segment {@code id}, in order (none: an empty array). */
    int[] indexesOf(String id) {
        return bySegmentId.getOrDefault(id, NONE);
    }

    /** The indexes of the required children, in order. */
    int[] required() {
        return required;
    }

    public SegmentRule trigger() {
        return (SegmentRule) nodes[0];
    }

    /** The first child of the unordered group that child {@code index} belongs to. */
    int groupStart(int index) {
        return groupStarts[index];
    }

    /** Child {@code index}, without the list's bounds checks. */
    Node node(int index) {
        return nodes[index];
    }

    int size() {
        return nodes.length;
    }

    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Usage usage() {
        return usage;
    }

    @Override
    public int max() {
        return max;
    }

    public List<Node> children() {
        return children;
    }

    @Override
    public String segmentId() {
        return nodes[0].segmentId();
    }

    @Override
    public boolean matches(Segment s) {
        return nodes[0].matches(s);
    }

    @Override
    public String toString() {
        return "loop " + id + " (" + name + ")";
    }
}
