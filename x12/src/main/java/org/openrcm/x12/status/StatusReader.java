package org.openrcm.x12.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.openrcm.x12.Segment;
import org.openrcm.x12.TransactionHandler;
import org.openrcm.x12.X12Exception;

/**
 * Turns one 276, 277 or 277CA transaction set into records, streaming: one {@link ClaimAcknowledgment}, {@link
 * ClaimStatusRequest} or {@link ClaimStatusResponse} per claim, handed out as soon as the claim's loop ends, and a
 * {@link ReceiverStatus} or {@link ProviderStatus} for each status reported at those levels, handed out before the
 * claims below them. Memory holds one claim.
 */
final class StatusReader implements TransactionHandler {

    enum Kind {
        ACKNOWLEDGMENT,
        REQUEST,
        RESPONSE
    }

    private final Kind kind;
    private final Consumer<Object> out;

    private Party source;
    private Party receiver;
    private Party provider;
    private Party subscriber;
    private Party dependent;
    private Demographics subscriberDemographics;
    private Demographics dependentDemographics;

    private Level receiverLevel;
    private Level providerLevel;
    private Claim claim;
    private Line line;

    StatusReader(Kind kind, Consumer<Object> out) {
        this.kind = kind;
        this.out = out;
    }

    /** What a receiver or provider level reports (2200A-C). */
    private static final class Level {
        String sourceTrace;
        LocalDate receiptDate;
        LocalDate processDate;
        String trace;
        boolean reported;
        final List<ClaimStatus> statuses = new ArrayList<>();
        final List<Reference> references = new ArrayList<>();
        BigDecimal acceptedQuantity;
        BigDecimal rejectedQuantity;
        BigDecimal acceptedAmount;
        BigDecimal rejectedAmount;
    }

    private static final class Claim {
        String trace;
        final List<ClaimStatus> statuses = new ArrayList<>();
        String payerClaim;
        String clearinghouse;
        String billType;
        String medicalRecord;
        String location;
        String group;
        String patientControl;
        String prescription;
        String voucher;
        BigDecimal charge;
        LocalDate from;
        LocalDate to;
        final List<ServiceLine> lines = new ArrayList<>();
    }

    private static final class Line {
        String qualifier;
        String code;
        List<String> modifiers;
        BigDecimal charge;
        BigDecimal payment;
        String revenue;
        BigDecimal units;
        final List<ClaimStatus> statuses = new ArrayList<>();
        String control;
        String prescription;
        LocalDate from;
        LocalDate to;
    }

    @Override
    public void segment(Segment s, String loop) {
        switch (s.id()) {
            case "HL" -> hl(s);
            case "DMG" -> {
                Demographics d = new Demographics(date(s, 2), text(s, 3));
                if (loop.equals("2000E")) {
                    dependentDemographics = d;
                } else {
                    subscriberDemographics = d;
                }
            }
            case "NM1" -> nm1(s, loop);
            case "TRN" -> trn(s, loop);
            case "DTP" -> dtp(s, loop);
            case "STC" -> {
                ClaimStatus status = stc(s);
                if (line != null) {
                    line.statuses.add(status);
                } else if (claim != null) {
                    claim.statuses.add(status);
                } else if (loop.equals("2200C") && providerLevel != null) {
                    providerLevel.statuses.add(status);
                } else if (loop.equals("2200B") && receiverLevel != null) {
                    receiverLevel.statuses.add(status);
                }
            }
            case "QTY", "AMT" -> amount(s, loop);
            case "REF" -> ref(s, loop);
            case "SVC" -> svc(s);
            default -> {}
        }
    }

    @Override
    public void end(Segment se) {
        flushClaim();
        flushLevels();
    }

    private void hl(Segment s) {
        flushClaim();
        flushLevels();
        switch (s.element(3)) {
            case "20" -> {
                source = null;
                receiverLevel = new Level();
                clearBelowReceiver();
                receiver = null;
            }
            case "21" -> {
                receiver = null;
                if (kind != Kind.ACKNOWLEDGMENT || receiverLevel == null) {
                    receiverLevel = new Level();
                }
                clearBelowReceiver();
            }
            case "19" -> {
                provider = null;
                providerLevel = new Level();
                subscriber = null;
                dependent = null;
            }
            case "22", "PT" -> {
                subscriber = null;
                dependent = null;
                subscriberDemographics = null;
                dependentDemographics = null;
            }
            case "23" -> {
                dependent = null;
                dependentDemographics = null;
            }
            default -> {}
        }
    }

    private void clearBelowReceiver() {
        provider = null;
        providerLevel = null;
        subscriber = null;
        dependent = null;
    }

    private void nm1(Segment s, String loop) {
        Party p = new Party(
                text(s, 1),
                text(s, 2),
                text(s, 3),
                text(s, 4),
                text(s, 5),
                text(s, 6),
                text(s, 7),
                text(s, 8),
                text(s, 9));
        switch (loop) {
            case "2100A" -> source = p;
            case "2100B" -> receiver = p;
            case "2100C" -> provider = p;
            case "2100D" -> subscriber = p;
            case "2100E" -> dependent = p;
            default -> {}
        }
    }

    private void trn(Segment s, String loop) {
        switch (loop) {
            case "2200A" -> {
                if (receiverLevel != null) {
                    receiverLevel.sourceTrace = text(s, 2);
                    receiverLevel.reported = true;
                }
            }
            case "2200B" -> {
                if (receiverLevel != null) {
                    receiverLevel.trace = text(s, 2);
                    receiverLevel.reported = true;
                }
            }
            case "2200C" -> {
                if (providerLevel != null) {
                    providerLevel.trace = text(s, 2);
                    providerLevel.reported = true;
                }
            }
            default -> {
                flushLevels();
                flushClaim();
                claim = new Claim();
                claim.trace = text(s, 2);
            }
        }
    }

    private void dtp(Segment s, String loop) {
        if (loop.equals("2200A")) {
            if (receiverLevel != null && s.is(1, "050")) {
                receiverLevel.receiptDate = date(s, 3);
            } else if (receiverLevel != null && s.is(1, "009")) {
                receiverLevel.processDate = date(s, 3);
            }
            return;
        }
        LocalDate from;
        LocalDate to = null;
        if (s.is(2, "RD8")) {
            LocalDate[] range = StatusValues.parseRange(s.element(3));
            if (range == null) {
                throw bad(s, 3, "is not a date range CCYYMMDD-CCYYMMDD");
            }
            from = range[0];
            to = range[1];
        } else {
            from = date(s, 3);
        }
        if (line != null) {
            line.from = from;
            line.to = to;
        } else if (claim != null) {
            claim.from = from;
            claim.to = to;
        }
    }

    private void amount(Segment s, String loop) {
        if (s.id().equals("AMT") && s.is(1, "T3")) {
            if (claim != null) {
                claim.charge = decimal(s, 2);
            }
            return;
        }
        Level level = loop.equals("2200C") ? providerLevel : loop.equals("2200B") ? receiverLevel : null;
        if (level == null) {
            return;
        }
        BigDecimal v = decimal(s, 2);
        switch (s.element(1)) {
            case "90", "QA" -> level.acceptedQuantity = v;
            case "AA", "QC" -> level.rejectedQuantity = v;
            case "YU" -> level.acceptedAmount = v;
            case "YY" -> level.rejectedAmount = v;
            default -> {}
        }
    }

    private void ref(Segment s, String loop) {
        String v = text(s, 2);
        if (line != null) {
            if (s.is(1, "FJ")) {
                line.control = v;
            } else if (s.is(1, "XZ")) {
                line.prescription = v;
            }
            return;
        }
        if (claim == null) {
            if (loop.equals("2200C") && providerLevel != null) {
                providerLevel.references.add(new Reference(text(s, 1), v));
            }
            return;
        }
        switch (s.element(1)) {
            case "1K" -> claim.payerClaim = v;
            case "D9" -> claim.clearinghouse = v;
            case "BLT" -> claim.billType = v;
            case "EA" -> claim.medicalRecord = v;
            case "LU" -> claim.location = v;
            case "6P" -> claim.group = v;
            case "EJ" -> claim.patientControl = v;
            case "XZ" -> claim.prescription = v;
            case "VV" -> claim.voucher = v;
            default -> {}
        }
    }

    private void svc(Segment s) {
        if (claim == null) {
            return;
        }
        flushLine();
        line = new Line();
        line.qualifier = component(s, 1, 1);
        line.code = component(s, 1, 2);
        List<String> modifiers = new ArrayList<>(4);
        for (int c = 3; c <= 6; c++) {
            String m = component(s, 1, c);
            if (m != null) {
                modifiers.add(m);
            }
        }
        line.modifiers = modifiers;
        line.charge = decimal(s, 2);
        line.payment = decimal(s, 3);
        line.revenue = text(s, 4);
        line.units = decimal(s, 7);
    }

    private ClaimStatus stc(Segment s) {
        List<StatusCode> more = new ArrayList<>(2);
        for (int i : new int[] {10, 11}) {
            if (s.has(i)) {
                more.add(code(s, i));
            }
        }
        return new ClaimStatus(
                code(s, 1),
                more,
                date(s, 2),
                text(s, 3),
                decimal(s, 4),
                decimal(s, 5),
                date(s, 6),
                text(s, 7),
                date(s, 8),
                text(s, 9),
                text(s, 12));
    }

    private static StatusCode code(Segment s, int i) {
        if (!s.has(i)) {
            return null;
        }
        return new StatusCode(component(s, i, 1), component(s, i, 2), component(s, i, 3), component(s, i, 4));
    }

    private void flushLine() {
        if (line != null && claim != null) {
            claim.lines.add(new ServiceLine(
                    line.qualifier,
                    line.code,
                    line.modifiers,
                    line.charge,
                    line.payment,
                    line.revenue,
                    line.units,
                    line.statuses,
                    line.control,
                    line.prescription,
                    line.from,
                    line.to));
        }
        line = null;
    }

    private void flushClaim() {
        flushLine();
        Claim c = claim;
        claim = null;
        if (c == null) {
            return;
        }
        switch (kind) {
            case ACKNOWLEDGMENT ->
                out.accept(new ClaimAcknowledgment(
                        source,
                        receiver,
                        provider,
                        subscriber,
                        c.trace,
                        c.statuses,
                        c.payerClaim,
                        c.clearinghouse,
                        c.billType,
                        c.medicalRecord,
                        c.from,
                        c.to,
                        c.lines));
            case REQUEST ->
                out.accept(new ClaimStatusRequest(
                        source,
                        receiver,
                        provider,
                        subscriber,
                        subscriberDemographics,
                        dependent,
                        dependent == null ? null : dependentDemographics,
                        c.trace,
                        c.payerClaim,
                        c.billType,
                        c.location,
                        c.group,
                        c.patientControl,
                        c.prescription,
                        c.clearinghouse,
                        c.charge,
                        c.from,
                        c.to,
                        c.lines));
            case RESPONSE ->
                out.accept(new ClaimStatusResponse(
                        source,
                        receiver,
                        provider,
                        subscriber,
                        dependent,
                        c.trace,
                        c.statuses,
                        c.payerClaim,
                        c.billType,
                        c.patientControl,
                        c.prescription,
                        c.voucher,
                        c.clearinghouse,
                        c.from,
                        c.to,
                        c.lines));
        }
    }

    /** Hands out the receiver and provider statuses read so far, once each. */
    private void flushLevels() {
        Level r = receiverLevel;
        if (r != null && r.reported && receiver != null) {
            out.accept(new ReceiverStatus(
                    source,
                    r.sourceTrace,
                    r.receiptDate,
                    r.processDate,
                    receiver,
                    r.trace,
                    r.statuses,
                    r.acceptedQuantity,
                    r.rejectedQuantity,
                    r.acceptedAmount,
                    r.rejectedAmount));
            r.reported = false;
        }
        Level p = providerLevel;
        if (p != null && p.reported && provider != null) {
            out.accept(new ProviderStatus(
                    source,
                    receiver,
                    provider,
                    p.trace,
                    p.statuses,
                    p.references,
                    p.acceptedQuantity,
                    p.rejectedQuantity,
                    p.acceptedAmount,
                    p.rejectedAmount));
            p.reported = false;
        }
    }

    private static String text(Segment s, int i) {
        return s.has(i) ? s.element(i) : null;
    }

    private static String component(Segment s, int i, int c) {
        String v = s.component(i, c);
        return v.isEmpty() ? null : v;
    }

    private static BigDecimal decimal(Segment s, int i) {
        try {
            return s.decimal(i);
        } catch (NumberFormatException e) {
            throw bad(s, i, "is not a number");
        }
    }

    private static LocalDate date(Segment s, int i) {
        if (!s.has(i)) {
            return null;
        }
        LocalDate d = StatusValues.parseDate(s.element(i));
        if (d == null) {
            throw bad(s, i, "is not a date CCYYMMDD");
        }
        return d;
    }

    private static X12Exception bad(Segment s, int i, String what) {
        String ref = s.id() + (i < 10 ? "0" : "") + i;
        return new X12Exception(
                "X12-STATUS-BAD-VALUE",
                ref + " '" + s.element(i) + "' " + what + " (segment " + s.number() + " " + s.id() + ", line "
                        + s.line() + ").",
                s.number(),
                s.line());
    }
}
