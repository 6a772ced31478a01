package org.openrcm.x12.ig;

import java.util.List;
import java.util.Set;
import org.openrcm.x12.Segment;

/**
 * One segment of an implementation guide at one place: id, usage, maximum use, the qualifier that tells it apart from
 * its siblings with the same id (e.g. NM101 = 85), and its element rules.
 */
public record SegmentRule(
        String segmentId,
        String name,
        Usage usage,
        int max,
        int qualifierPosition,
        int qualifierComponent,
        Set<String> qualifiers,
        List<ElementRule> elements)
        implements Node {

    public SegmentRule {
        qualifiers = Set.copyOf(qualifiers);
        elements = List.copyOf(elements);
    }

    /** The same rule, told apart from its siblings by the value of element {@code position}. */
    public SegmentRule when(int position, String... values) {
        return new SegmentRule(segmentId, name, usage, max, position, 0, Set.of(values), elements);
    }

    /** The same rule, told apart from its siblings by component {@code component} of element {@code position}. */
    public SegmentRule whenComponent(int position, int component, String... values) {
        return new SegmentRule(segmentId, name, usage, max, position, component, Set.of(values), elements);
    }

    @Override
    public boolean matches(Segment s) {
        if (!segmentId.equals(s.id())) {
            return false;
        }
        if (qualifierPosition == 0) {
            return true;
        }
        if (qualifierComponent == 0) {
            for (String q : qualifierList()) {
                if (s.is(qualifierPosition, q)) {
                    return true;
                }
            }
            return false;
        }
        return qualifiers.contains(s.component(qualifierPosition, qualifierComponent));
    }

    /** The qualifiers as an array, for matching without allocating (records cannot hold a derived field). */
    private String[] qualifierList() {
        return QUALIFIERS.computeIfAbsent(qualifiers, q -> q.toArray(String[]::new));
    }

    private static final java.util.Map<Set<String>, String[]> QUALIFIERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether {@code s} has this rule's segment id (whatever its qualifier). */
    public boolean sameId(Segment s) {
        return segmentId.equals(s.id());
    }
}
