package org.openrcm.x12.ig;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openrcm.x12.Segment;
import org.openrcm.x12.validate.FindingSink;
import org.openrcm.x12.validate.Scope;
import org.openrcm.x12.validate.Severity;
import org.openrcm.x12.validate.Snip;

/**
 * Places each segment of one transaction set in its loop of the implementation guide, the way the guides define
 * loops: a loop starts at its trigger segment and ends at the first segment it cannot hold. Siblings that share a
 * segment id (all the DTM of a 2300, the NM1 loops 2310A-F) may come in any order, as X12 lets segments with one
 * position number do. Reports SNIP 2 structure findings (unexpected, missing, repeated too often) and, when asked,
 * element findings.
 */
public final class StructureWalker {

    private static final class Frame {
        final LoopRule loop;
        final int[] counts;
        int index;
        final long startSegment;

        Frame(LoopRule loop, long startSegment) {
            this.loop = loop;
            this.counts = new int[loop.children().size()];
            this.startSegment = startSegment;
        }
    }

    private final Guide guide;
    private final FindingSink sink;
    private final boolean checkElements;
    private final Frame[] stack = new Frame[32];
    private int depth;
    private Segment last;

    public StructureWalker(Guide guide, FindingSink sink, boolean checkElements) {
        this.guide = guide;
        this.sink = sink;
        this.checkElements = checkElements;
        stack[0] = new Frame(guide.structure(), 0);
        depth = 1;
    }

    public Guide guide() {
        return guide;
    }

    /**
     * Places {@code s}; returns its loop id ({@code ""} for the header outside any loop), or {@code null} when the
     * guide has no place for it here (a finding has been reported).
     */
    public String segment(Segment s) {
        last = s;
        for (int f = depth - 1; f >= 0; f--) {
            Frame frame = stack[f];
            LoopRule loop = frame.loop;
            int from = groupStart(frame, f == 0 ? frame.index : Math.max(frame.index, 1));
            for (int i : loop.indexesOf(s.id())) {
                if (i >= from) {
                    Node node = loop.node(i);
                    if (node.matches(s)) {
                        return accept(f, i, node, s);
                    }
                }
            }
        }
        unexpected(s);
        return null;
    }

    /** Ends the transaction set: every open loop is closed and checked for missing required parts. */
    public void end() {
        while (depth > 0) {
            close(stack[--depth]);
        }
    }

    private int groupStart(Frame frame, int index) {
        if (index >= frame.loop.size()) {
            return index;
        }
        return Math.max(frame.loop.groupStart(index), frame == stack[0] ? 0 : 1);
    }

    private String accept(int f, int i, Node node, Segment s) {
        while (depth - 1 > f) {
            close(stack[--depth]);
        }
        Frame frame = stack[f];
        frame.index = Math.max(frame.index, i);
        frame.counts[i]++;
        String loopId = frame.loop.id();
        if (node instanceof SegmentRule rule) {
            if (frame.counts[i] > rule.max()) {
                report(
                        Snip.SNIP2,
                        "X12-SNIP2-SEGMENT-REPEATED",
                        Scope.SEGMENT,
                        "5",
                        s,
                        loopId,
                        0,
                        rule.segmentId() + " (" + rule.name() + ") appears more than " + rule.max()
                                + " time(s) in loop " + describe(frame.loop) + ".");
            }
            if (rule.usage() == Usage.NOT_USED) {
                report(
                        Snip.SNIP2,
                        "X12-SNIP2-SEGMENT-NOT-USED",
                        Scope.SEGMENT,
                        "I4",
                        s,
                        loopId,
                        0,
                        rule.segmentId() + " (" + rule.name() + ") must not be sent in this transaction.");
            }
            checkElements(rule, s, loopId);
            return loopId;
        }
        LoopRule loop = (LoopRule) node;
        if (frame.counts[i] > loop.max()) {
            report(
                    Snip.SNIP2,
                    "X12-SNIP2-LOOP-REPEATED",
                    Scope.SEGMENT,
                    "4",
                    s,
                    loop.id(),
                    0,
                    "Loop " + describe(loop) + " appears more than " + loop.max() + " time(s) in "
                            + (f == 0 ? "the transaction" : "loop " + describe(frame.loop)) + ".");
        }
        if (depth == stack.length) {
            throw new IllegalStateException("guide nests deeper than " + stack.length);
        }
        Frame child = new Frame(loop, s.number());
        child.counts[0] = 1;
        stack[depth++] = child;
        checkElements(loop.trigger(), s, loop.id());
        return loop.id();
    }

    private void close(Frame frame) {
        for (int i : frame.loop.required()) {
            Node node = frame.loop.node(i);
            if (frame.counts[i] == 0) {
                boolean isLoop = node instanceof LoopRule;
                String what =
                        isLoop ? "Loop " + describe((LoopRule) node) : node.segmentId() + " (" + node.name() + ")";
                String where = frame == stack[0] && depth == 0
                        ? "the transaction set"
                        : "loop " + describe(frame.loop) + " that starts at segment " + frame.startSegment;
                // a missing part has no segment of its own: it is placed at the segment that closed the loop
                sink.record(
                        Snip.SNIP2,
                        Severity.ERROR,
                        isLoop ? "X12-SNIP2-REQUIRED-LOOP-MISSING" : "X12-SNIP2-REQUIRED-SEGMENT-MISSING",
                        Scope.SEGMENT,
                        isLoop ? "I7" : "3",
                        last,
                        node.segmentId(),
                        frame.loop.id(),
                        0,
                        0,
                        what + " is required but missing in " + where + ".");
            }
        }
    }

    private void unexpected(Segment s) {
        String loopId = depth > 0 ? stack[depth - 1].loop.id() : "";
        if (!looksLikeId(s.id())) {
            report(
                    Snip.SNIP1,
                    "X12-SNIP1-BAD-SEGMENT-ID",
                    Scope.SEGMENT,
                    "1",
                    s,
                    loopId,
                    0,
                    "'" + s.id() + "' is not a segment id: ids are 2 or 3 capital letters or digits.");
            return;
        }
        Set<String> qualifiers = new LinkedHashSet<>();
        int qualifierPosition = 0;
        boolean earlier = false;
        boolean known = false;
        for (int f = depth - 1; f >= 0; f--) {
            Frame frame = stack[f];
            List<Node> children = frame.loop.children();
            for (int i = 0; i < children.size(); i++) {
                SegmentRule rule = children.get(i) instanceof LoopRule l ? l.trigger() : (SegmentRule) children.get(i);
                if (rule.sameId(s)) {
                    known = true;
                    if (rule.matches(s)) {
                        earlier = true;
                    } else if (rule.qualifierPosition() > 0 && qualifierPosition == 0
                            || rule.qualifierPosition() == qualifierPosition) {
                        qualifierPosition = rule.qualifierPosition();
                        qualifiers.addAll(rule.qualifiers());
                    }
                }
            }
        }
        String where = depth > 0 ? "loop " + describe(stack[depth - 1].loop) : "the transaction set";
        if (earlier) {
            report(
                    Snip.SNIP2,
                    "X12-SNIP2-SEGMENT-OUT-OF-ORDER",
                    Scope.SEGMENT,
                    "7",
                    s,
                    loopId,
                    0,
                    s.id() + " is out of order: it belongs earlier than " + where + ".");
        } else if (!qualifiers.isEmpty()) {
            String value = s.element(qualifierPosition);
            report(
                    Snip.SNIP2,
                    "X12-SNIP2-UNEXPECTED-QUALIFIER",
                    Scope.SEGMENT,
                    "2",
                    s,
                    loopId,
                    qualifierPosition,
                    s.id() + " with " + s.id() + (qualifierPosition < 10 ? "0" : "") + qualifierPosition + " = '"
                            + value + "' has no place in " + where + "; expected one of " + qualifiers + ".");
        } else if (known || allIds().contains(s.id())) {
            report(
                    Snip.SNIP2,
                    "X12-SNIP2-UNEXPECTED-SEGMENT",
                    Scope.SEGMENT,
                    "2",
                    s,
                    loopId,
                    0,
                    s.id() + " is not expected here (in " + where + ").");
        } else {
            report(
                    Snip.SNIP2,
                    "X12-SNIP2-SEGMENT-NOT-IN-GUIDE",
                    Scope.SEGMENT,
                    "6",
                    s,
                    loopId,
                    0,
                    s.id() + " is not a segment of the " + guide.name() + " (" + guide.version() + ").");
        }
    }

    private Set<String> allIds() {
        if (allIds == null) {
            Set<String> ids = new LinkedHashSet<>();
            collect(guide.structure(), ids);
            allIds = ids;
        }
        return allIds;
    }

    /** Every segment id of the guide, worked out at the first unexpected segment. */
    private Set<String> allIds;

    private static void collect(LoopRule loop, Set<String> ids) {
        for (Node n : loop.children()) {
            ids.add(n.segmentId());
            if (n instanceof LoopRule l) {
                collect(l, ids);
            }
        }
    }

    static boolean looksLikeId(String id) {
        if (id.length() < 2 || id.length() > 3) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return id.charAt(0) >= 'A' && id.charAt(0) <= 'Z';
    }

    private static String describe(LoopRule loop) {
        return loop.id().isEmpty() ? loop.name() : loop.id() + " (" + loop.name() + ")";
    }

    private void checkElements(SegmentRule rule, Segment s, String loopId) {
        if (!checkElements || rule.elements().isEmpty()) {
            return;
        }
        for (ElementRule e : rule.elements()) {
            ElementChecks.check(e, s, loopId, rule, this::reportElement);
        }
    }

    void reportElement(Segment s, String loopId, ElementRule e, String ackCode, String code, String message) {
        sink.report(
                Snip.SNIP2,
                Severity.ERROR,
                code,
                Scope.ELEMENT,
                ackCode,
                s,
                loopId,
                e.position(),
                e.component(),
                message);
    }

    private void report(
            Snip snip, String code, Scope scope, String ack, Segment s, String loop, int element, String message) {
        sink.report(snip, Severity.ERROR, code, scope, ack, s, loop, element, 0, message);
    }

    /** Diagnostics for tests: the loop ids currently open, outermost first. */
    public List<String> openLoops() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            ids.add(stack[i].loop.id());
        }
        return ids;
    }
}
