package org.openrcm.x12.ack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.openrcm.x12.Segment;
import org.openrcm.x12.TransactionHandler;
import org.openrcm.x12.X12Exception;
import org.openrcm.x12.ack.ImplementationAck.Context;
import org.openrcm.x12.ack.ImplementationAck.ElementError;
import org.openrcm.x12.ack.ImplementationAck.SegmentError;
import org.openrcm.x12.ack.ImplementationAck.TransactionSetAck;

/** Turns one 999 transaction set into an {@link ImplementationAck}, handed out at its SE. */
final class ImplementationAckReader implements TransactionHandler {

    private final Consumer<Object> records;

    private String functionalId = "";
    private String groupControl = "";
    private String version = "";
    private final List<TransactionSetAck> sets = new ArrayList<>();
    private String status = "";
    private int included;
    private int received;
    private int accepted;
    private final List<String> groupCodes = new ArrayList<>();
    private boolean emitted;

    // the open AK2
    private Segment ak2;
    private String setStatus = "";
    private final List<String> setCodes = new ArrayList<>();
    private final List<SegmentError> segmentErrors = new ArrayList<>();

    // the open IK3
    private Segment ik3;
    private final List<Context> segmentContext = new ArrayList<>();
    private final List<ElementError> elementErrors = new ArrayList<>();

    // the open IK4
    private Segment ik4;
    private final List<Context> elementContext = new ArrayList<>();

    ImplementationAckReader(Consumer<Object> records) {
        this.records = records;
    }

    @Override
    public void segment(Segment s, String loop) {
        switch (s.id()) {
            case "AK1" -> {
                functionalId = s.element(1);
                groupControl = s.element(2);
                version = s.element(3);
            }
            case "AK2" -> {
                closeSet();
                ak2 = s.copy();
            }
            case "IK3" -> {
                closeSegmentError();
                ik3 = s.copy();
            }
            case "IK4" -> {
                closeElementError();
                ik4 = s.copy();
            }
            case "CTX" -> {
                Context c = context(s);
                if ("2110".equals(loop) && ik4 != null) {
                    elementContext.add(c);
                } else if (ik3 != null) {
                    segmentContext.add(c);
                }
            }
            case "IK5" -> {
                closeSegmentError();
                setStatus = s.element(1);
                codes(s, 2, 6, setCodes);
            }
            case "AK9" -> {
                closeSet();
                status = s.element(1);
                included = number(s, 2);
                received = number(s, 3);
                accepted = number(s, 4);
                codes(s, 5, 9, groupCodes);
            }
            default -> {}
        }
    }

    @Override
    public void end(Segment se) {
        if (emitted) {
            return;
        }
        closeSet();
        emitted = true;
        records.accept(new ImplementationAck(
                functionalId, groupControl, version, sets, status, included, received, accepted, groupCodes));
    }

    private void closeSet() {
        closeSegmentError();
        if (ak2 == null) {
            return;
        }
        sets.add(new TransactionSetAck(
                ak2.element(1), ak2.element(2), ak2.element(3), setStatus, setCodes, segmentErrors));
        ak2 = null;
        setStatus = "";
        setCodes.clear();
        segmentErrors.clear();
    }

    private void closeSegmentError() {
        closeElementError();
        if (ik3 == null) {
            return;
        }
        segmentErrors.add(new SegmentError(
                ik3.element(1), number(ik3, 2), ik3.element(3), ik3.element(4), segmentContext, elementErrors));
        ik3 = null;
        segmentContext.clear();
        elementErrors.clear();
    }

    private void closeElementError() {
        if (ik4 == null) {
            return;
        }
        elementErrors.add(new ElementError(
                number(ik4, 1, 1),
                number(ik4, 1, 2),
                number(ik4, 1, 3),
                ik4.element(2),
                ik4.element(3),
                ik4.element(4),
                elementContext));
        ik4 = null;
        elementContext.clear();
    }

    private static Context context(Segment s) {
        return new Context(
                s.component(1, 1),
                s.component(1, 2),
                s.element(2),
                number(s, 3),
                s.element(4),
                number(s, 5, 1),
                number(s, 5, 2),
                number(s, 5, 3),
                s.component(6, 1));
    }

    private static void codes(Segment s, int from, int to, List<String> into) {
        for (int i = from; i <= to; i++) {
            if (s.has(i)) {
                into.add(s.element(i));
            }
        }
    }

    private static int number(Segment s, int element) {
        return parse(s, s.element(element), element, 0);
    }

    private static int number(Segment s, int element, int component) {
        return parse(s, s.component(element, component), element, component);
    }

    private static int parse(Segment s, String v, int element, int component) {
        if (v.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            String where = s.id() + (element < 10 ? "0" : "") + element + (component == 0 ? "" : "-" + component);
            throw new X12Exception(
                    "X12-999-NOT-A-NUMBER",
                    "Segment " + s.number() + " (" + s.id() + "): " + where + " is '" + v + "', not a whole number.",
                    s.number(),
                    s.line(),
                    e);
        }
    }
}
