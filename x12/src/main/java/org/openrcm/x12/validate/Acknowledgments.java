package org.openrcm.x12.validate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.X12Writer;
import org.openrcm.x12.ack.AckWriter;
import org.openrcm.x12.ack.ImplementationAck;
import org.openrcm.x12.ack.ImplementationAck.ElementError;
import org.openrcm.x12.ack.ImplementationAck.SegmentError;
import org.openrcm.x12.ack.ImplementationAck.TransactionSetAck;
import org.openrcm.x12.ack.InterchangeAck;

/**
 * The acknowledgments that answer a validated file: a 999 per functional group (AK2/IK5 per transaction set, IK3/IK4
 * for its segment and element findings, AK9 for the group) and a TA1 per interchange. Both are written back to the
 * sender: the acknowledged interchange's receiver is the acknowledgment's sender.
 *
 * <p>A set with an error is rejected (R); one with only warnings that carry an acknowledgment code is accepted with
 * errors (E); else accepted (A). A 999 stays bounded whatever the file: at most {@link #MAX_SEGMENT_ERRORS} IK3 per
 * set and {@link #MAX_ELEMENT_ERRORS} IK4 per IK3 (the report itself keeps at most {@link X12Validator#MAX_FINDINGS}).
 *
 * <p>The report does not carry GS02/GS03 of the acknowledged groups: GS02/GS03 of the 999 are the interchange ids.
 * Findings are matched to their transaction set by control numbers: two sets that share ST02 in one group (itself an
 * error) share their findings.
 */
public final class Acknowledgments {

    /** IK3 segments written per transaction set. */
    public static final int MAX_SEGMENT_ERRORS = 100;

    /** IK4 segments written per IK3 (the guide's maximum for loop 2110). */
    public static final int MAX_ELEMENT_ERRORS = 99;

    private static final Set<String> IK304 =
            Set.of("1", "2", "3", "4", "5", "6", "7", "8", "I4", "I6", "I7", "I8", "I9");
    private static final Set<String> IK403 = Set.of(
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "12", "13", "I10", "I11", "I12", "I13", "I6", "I9");
    private static final Set<String> IK502 = Set.of(
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "15", "16", "17", "18", "19", "23",
            "24", "25", "26", "27", "I5", "I6");
    private static final Set<String> AK905 = Set.of(
            "1", "2", "3", "4", "5", "6", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "23", "24", "25",
            "26");

    private Acknowledgments() {}

    /** The 999 content for every functional group of one interchange of the report, in file order. */
    public static List<ImplementationAck> implementationAcks(
            ValidationReport report, ValidationReport.InterchangeResult interchange) {
        Map<String, List<Finding>> byKey = new HashMap<>();
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.NOTICE
                    || f.ackCode() == null
                    || f.ackCode().isEmpty()) {
                continue;
            }
            String key = switch (f.scope()) {
                case GROUP -> key(f.interchangeControl(), f.groupControl(), null);
                case TRANSACTION, SEGMENT, ELEMENT ->
                    f.transactionControl().isEmpty()
                            ? null
                            : key(f.interchangeControl(), f.groupControl(), f.transactionControl());
                case INTERCHANGE -> null;
            };
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
        List<ImplementationAck> acks = new ArrayList<>();
        for (ValidationReport.GroupResult g : interchange.groups()) {
            List<TransactionSetAck> sets = new ArrayList<>();
            int acceptedSets = 0;
            for (ValidationReport.TransactionResult t : g.transactionSets()) {
                List<Finding> found = byKey.getOrDefault(
                        key(interchange.controlNumber(), g.controlNumber(), t.controlNumber()), List.of());
                TransactionSetAck set = transactionSet(g, t, found);
                if (set.accepted()) {
                    acceptedSets++;
                }
                sets.add(set);
            }
            Set<String> groupCodes = new LinkedHashSet<>();
            boolean groupErrors = g.trailerMissing();
            if (g.trailerMissing()) {
                groupCodes.add("3");
            }
            for (Finding f : byKey.getOrDefault(key(interchange.controlNumber(), g.controlNumber(), null), List.of())) {
                if (f.isError()) {
                    groupErrors = true;
                    if (AK905.contains(f.ackCode())) {
                        groupCodes.add(f.ackCode());
                    }
                }
            }
            String status;
            if (groupErrors || acceptedSets == 0 && !sets.isEmpty()) {
                status = "R";
                acceptedSets = groupErrors ? 0 : acceptedSets;
            } else if (acceptedSets < sets.size()) {
                status = "P";
            } else if (sets.stream().anyMatch(s -> "E".equals(s.status()))) {
                status = "E";
            } else {
                status = "A";
            }
            acks.add(new ImplementationAck(
                    g.functionalId(),
                    digits(g.controlNumber()),
                    g.version(),
                    sets,
                    status,
                    g.transactionSetsIncluded(),
                    g.transactionSetsIncluded(),
                    acceptedSets,
                    groupCodes.stream().limit(5).toList()));
        }
        return acks;
    }

    /** The TA1 for one interchange: A/000 when its envelope is sound, else R with the first error's note code. */
    public static InterchangeAck interchangeAck(
            ValidationReport report, ValidationReport.InterchangeResult interchange) {
        String note = "000";
        for (Finding f : report.findings()) {
            if (f.scope() == Scope.INTERCHANGE
                    && f.isError()
                    && f.interchangeControl().equals(interchange.controlNumber())) {
                note = f.ackCode().length() == 3 ? f.ackCode() : "024";
                break;
            }
        }
        if (interchange.envelopeErrors() && note.equals("000")) {
            note = "024";
        }
        return new InterchangeAck(
                interchange.controlNumber(),
                interchange.date(),
                interchange.time(),
                note.equals("000") ? "A" : "R",
                note);
    }

    /**
     * Writes a 999 interchange for every interchange of the report that holds a functional group, from its receiver
     * to its sender.
     */
    public static void write999(
            ValidationReport report, X12Writer out, ControlNumbers numbers, LocalDateTime created, boolean production) {
        AckWriter writer = new AckWriter(numbers);
        for (ValidationReport.InterchangeResult ic : report.interchanges()) {
            if (ic.groups().isEmpty()) {
                continue;
            }
            writer.implementationAcks(out, answer(ic, production), created, implementationAcks(report, ic));
        }
        out.flush();
    }

    /** Writes a TA1 interchange for every interchange of the report, from its receiver to its sender. */
    public static void writeTa1(
            ValidationReport report, X12Writer out, ControlNumbers numbers, LocalDateTime created, boolean production) {
        AckWriter writer = new AckWriter(numbers);
        for (ValidationReport.InterchangeResult ic : report.interchanges()) {
            writer.interchangeAck(out, answer(ic, production), created, interchangeAck(report, ic));
        }
        out.flush();
    }

    /** Sender and receiver swapped relative to the acknowledged interchange. */
    static AckWriter.Parties answer(ValidationReport.InterchangeResult ic, boolean production) {
        String sender = cut(ic.receiverId(), 15);
        String receiver = cut(ic.senderId(), 15);
        return new AckWriter.Parties(
                cut(ic.receiverQualifier(), 2),
                sender,
                cut(ic.senderQualifier(), 2),
                receiver,
                sender,
                receiver,
                production);
    }

    private static TransactionSetAck transactionSet(
            ValidationReport.GroupResult g, ValidationReport.TransactionResult t, List<Finding> found) {
        Set<String> codes = new LinkedHashSet<>();
        Map<String, SegmentErrorBuilder> segments = new LinkedHashMap<>();
        boolean warnings = false;
        int omitted = 0;
        if (t.trailerMissing()) {
            codes.add("2");
        }
        for (Finding f : found) {
            if (f.scope() == Scope.TRANSACTION) {
                if (IK502.contains(f.ackCode()) && f.isError()) {
                    codes.add(f.ackCode());
                }
                continue;
            }
            boolean element = f.scope() == Scope.ELEMENT && IK403.contains(f.ackCode()) && f.element() > 0;
            String code = element ? "8" : IK304.contains(f.ackCode()) ? f.ackCode() : "8";
            String id = segmentId(f.segmentId());
            String key = f.positionInSet() + "|" + id + "|" + code;
            SegmentErrorBuilder b = segments.get(key);
            if (b == null) {
                if (segments.size() >= MAX_SEGMENT_ERRORS) {
                    omitted++;
                    continue;
                }
                b = new SegmentErrorBuilder(id, f.positionInSet(), f.loop(), code);
                segments.put(key, b);
            }
            if (element && b.elements.size() < MAX_ELEMENT_ERRORS) {
                b.elements.add(
                        new ElementError(f.element(), f.component(), 0, "", f.ackCode(), badValue(f), List.of()));
            }
            warnings |= !f.isError();
        }
        String status;
        if (t.errors() || t.trailerMissing() || found.stream().anyMatch(Finding::isError)) {
            status = "R";
            if (!segments.isEmpty() || omitted > 0 || codes.isEmpty()) {
                codes.add("5");
            }
        } else {
            status = warnings || !segments.isEmpty() ? "E" : "A";
            codes.clear();
        }
        List<SegmentError> errors = new ArrayList<>(segments.size());
        for (SegmentErrorBuilder b : segments.values()) {
            errors.add(new SegmentError(b.id, b.position, cut(b.loop, 6), b.code, List.of(), b.elements));
        }
        return new TransactionSetAck(
                t.transactionSet(),
                t.controlNumber(),
                cut(t.version() == null || t.version().isEmpty() ? g.version() : t.version(), 35),
                status,
                codes.stream().limit(5).toList(),
                errors);
    }

    private static final class SegmentErrorBuilder {
        final String id;
        final int position;
        final String loop;
        final String code;
        final List<ElementError> elements = new ArrayList<>();

        SegmentErrorBuilder(String id, int position, String loop, String code) {
            this.id = id;
            this.position = position;
            this.loop = loop == null ? "" : loop;
            this.code = code;
        }
    }

    private static String key(String interchange, String group, String set) {
        return interchange + "|" + group + "|" + (set == null ? "" : set);
    }

    /** A segment id as IK301 can carry it: 2 or 3 capital letters or digits. */
    private static String segmentId(String id) {
        StringBuilder b = new StringBuilder(3);
        if (id != null) {
            for (int i = 0; i < id.length() && b.length() < 3; i++) {
                char c = Character.toUpperCase(id.charAt(i));
                if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                    b.append(c);
                }
            }
        }
        while (b.length() < 2) {
            b.append('X');
        }
        return b.toString();
    }

    private static String digits(String control) {
        return control != null
                        && !control.isEmpty()
                        && control.length() <= 9
                        && control.chars().allMatch(Character::isDigit)
                ? control
                : "0";
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** IK404: the bad value as received, when the finding is about a value that was there (not a missing one). */
    private static String badValue(Finding f) {
        if (f.value() == null || f.value().isEmpty() || f.ackCode().equals("1")) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : f.value().toCharArray()) {
            if (c >= 0x20 && c < 0x7f && c != '*' && c != '~' && c != ':' && c != '^') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
