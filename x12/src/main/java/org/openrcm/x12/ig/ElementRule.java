package org.openrcm.x12.ig;

import java.util.Set;

/**
 * What the implementation guide says about one element, or one component of a composite ({@code component > 0}).
 * An empty {@code codes} set means any value of the type is accepted.
 */
public record ElementRule(
        int position, int component, Usage usage, DataType type, int min, int max, Set<String> codes, String name) {

    public ElementRule {
        codes = Set.copyOf(codes);
        if (position < 1 || component < 0 || min < 0 || max < min) {
            throw new IllegalArgumentException("bad element rule at " + position + "-" + component);
        }
    }

    /** The position as the guides write it: {@code 01} or {@code 01-2}. */
    public String reference(String segmentId) {
        String p = segmentId + (position < 10 ? "0" : "") + position;
        return component == 0 ? p : p + "-" + component;
    }
}
