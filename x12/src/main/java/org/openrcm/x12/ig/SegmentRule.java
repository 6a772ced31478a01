package org.openrcm.x12.ig;

import java.util.List;
import java.util.Set;
import org.openrcm.x12.Segment;

/**
 * One segment of an implementation guide at one place: id, usage, maximum use, the qualifier that tells it apart from
 * its siblings with the same id (e.g. NM101 = 85), and its element rules. Immutable; a class rather than a record so
 * that it can keep its qualifiers in the form matching needs (every segment of every file is matched against rules).
 */
public final class SegmentRule implements Node {

    private final String segmentId;
    private final String name;
    private final Usage usage;
    private final int max;
    private final int qualifierPosition;
    private final int qualifierComponent;
    private final Set<String> qualifiers;
    private final String[] qualifierArray;
    private final List<ElementRule> elements;
    /** Bit p set: element p (a composite, often) is itself required. */
    private final long requiredElements;

    public SegmentRule(
            String segmentId,
            String name,
            Usage usage,
            int max,
            int qualifierPosition,
            int qualifierComponent,
            Set<String> qualifiers,
            List<ElementRule> elements) {
        this.segmentId = segmentId;
        this.name = name;
        this.usage = usage;
        this.max = max;
        this.qualifierPosition = qualifierPosition;
        this.qualifierComponent = qualifierComponent;
        this.qualifiers = Set.copyOf(qualifiers);
        this.qualifierArray = this.qualifiers.toArray(String[]::new);
        this.elements = List.copyOf(elements);
        long required = 0;
        for (ElementRule e : this.elements) {
            if (e.component() == 0 && e.usage() == Usage.REQUIRED && e.position() < 64) {
                required |= 1L << e.position();
            }
        }
        this.requiredElements = required;
    }

    /** Whether element {@code position} as a whole is required (its components' rules apply then). */
    boolean requiresElement(int position) {
        return position < 64 && (requiredElements & (1L << position)) != 0;
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
            for (String q : qualifierArray) {
                if (s.is(qualifierPosition, q)) {
                    return true;
                }
            }
            return false;
        }
        return qualifiers.contains(s.component(qualifierPosition, qualifierComponent));
    }

    /** Whether {@code s} has this rule's segment id (whatever its qualifier). */
    public boolean sameId(Segment s) {
        return segmentId.equals(s.id());
    }

    @Override
    public String segmentId() {
        return segmentId;
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

    /** The element that tells this segment apart from its siblings, 0 when none does. */
    public int qualifierPosition() {
        return qualifierPosition;
    }

    /** The component of {@link #qualifierPosition()} that holds the qualifier, 0 for the whole element. */
    public int qualifierComponent() {
        return qualifierComponent;
    }

    public Set<String> qualifiers() {
        return qualifiers;
    }

    public List<ElementRule> elements() {
        return elements;
    }

    @Override
    public String toString() {
        return segmentId + (qualifierPosition == 0 ? "" : qualifiers) + " (" + name + ")";
    }
}
