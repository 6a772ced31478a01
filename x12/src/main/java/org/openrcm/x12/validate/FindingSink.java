package org.openrcm.x12.validate;

import org.openrcm.x12.Segment;

/**
 * Where checks report. The validator fills in the envelope context (control numbers, position in the set); a check
 * only says what is wrong and at which segment and element.
 */
public interface FindingSink {

    /**
     * Records a finding.
     *
     * @param at the segment where it is placed (may be {@code null} for a finding about a whole transaction set)
     * @param segmentId the segment concerned; differs from {@code at}'s id for a missing segment, else {@code null}
     * @param element 1-based element, 0 for the whole segment
     */
    void record(
            Snip snip,
            Severity severity,
            String code,
            Scope scope,
            String ackCode,
            Segment at,
            String segmentId,
            String loop,
            int element,
            int component,
            String message);

    /** Records a finding about segment {@code segment} itself. */
    default void report(
            Snip snip,
            Severity severity,
            String code,
            Scope scope,
            String ackCode,
            Segment segment,
            String loop,
            int element,
            int component,
            String message) {
        record(snip, severity, code, scope, ackCode, segment, null, loop, element, component, message);
    }

    /** A SNIP 3 balancing error about an element of a segment (reported in a 999 as IK3 code 8). */
    default void unbalanced(String code, Segment segment, String loop, int element, String message) {
        report(Snip.SNIP3, Severity.ERROR, code, Scope.SEGMENT, "8", segment, loop, element, 0, message);
    }

    /** A sink that drops everything (typed reading without validation). */
    FindingSink IGNORE = (snip, severity, code, scope, ackCode, at, segmentId, loop, element, component, message) -> {};
}
