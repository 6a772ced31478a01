package org.openrcm.x12.status;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.Delimiters;
import org.openrcm.x12.X12Writer;

/**
 * Writes claim status transactions: the 277CA acknowledgment and the 277 response a payer sends, and the 276 request
 * a provider sends. It takes the records the readers hand out, in the same order ({@link ReceiverStatus}, {@link
 * ProviderStatus}, then claims), and rebuilds the hierarchy: consecutive records with the same payer, receiver,
 * provider and patient share their HL levels. Reading what it writes gives back equal records.
 */
public final class StatusWriter {

    /** Who sends the interchange to whom (ISA05-08, GS02-03), and whether it is production data (ISA15). */
    public record Route(
            String senderQualifier,
            String senderId,
            String receiverQualifier,
            String receiverId,
            String applicationSender,
            String applicationReceiver,
            boolean production) {}

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final ControlNumbers numbers;

    public StatusWriter(ControlNumbers numbers) {
        this.numbers = numbers;
    }

    /**
     * A 277CA interchange. {@code records}: a {@link ReceiverStatus} (the batch: TRN, receipt and process dates,
     * counts), then {@link ProviderStatus} and the {@link ClaimAcknowledgment}s of that provider, and so on.
     */
    public void write277CA(OutputStream out, Route route, LocalDateTime created, String reference, List<?> records) {
        interchange(out, route, created, "HN", "005010X214", w -> set277CA(w, created, reference, records));
    }

    /** A 277 interchange: {@link ClaimStatusResponse}s, with {@link ReceiverStatus}/{@link ProviderStatus} where a level has a status. */
    public void write277(OutputStream out, Route route, LocalDateTime created, String reference, List<?> records) {
        interchange(out, route, created, "HN", "005010X212", w -> set277(w, created, reference, records));
    }

    /** A 276 interchange asking about {@code claims}. */
    public void write276(
            OutputStream out, Route route, LocalDateTime created, String reference, List<ClaimStatusRequest> claims) {
        interchange(out, route, created, "HR", "005010X212", w -> set276(w, created, reference, claims));
    }

    /** One 277CA transaction set into an open functional group (GS08 005010X214). */
    public void set277CA(X12Writer w, LocalDateTime created, String reference, List<?> records) {
        new SetWriter(w, StatusReader.Kind.ACKNOWLEDGMENT).write(created, reference, records);
    }

    /** One 277 transaction set into an open functional group (GS08 005010X212). */
    public void set277(X12Writer w, LocalDateTime created, String reference, List<?> records) {
        new SetWriter(w, StatusReader.Kind.RESPONSE).write(created, reference, records);
    }

    /** One 276 transaction set into an open functional group (GS08 005010X212). */
    public void set276(X12Writer w, LocalDateTime created, String reference, List<ClaimStatusRequest> claims) {
        new SetWriter(w, StatusReader.Kind.REQUEST).write(created, reference, claims);
    }

    private void interchange(
            OutputStream out,
            Route route,
            LocalDateTime created,
            String functionalId,
            String version,
            java.util.function.Consumer<X12Writer> body) {
        X12Writer w = new X12Writer(out, Delimiters.STANDARD, true);
        w.beginInterchange(X12Writer.InterchangeHeader.of(
                route.senderQualifier(),
                route.senderId(),
                route.receiverQualifier(),
                route.receiverId(),
                created,
                numbers.next(),
                route.production()));
        w.beginGroup(new X12Writer.GroupHeader(
                functionalId,
                route.applicationSender(),
                route.applicationReceiver(),
                created,
                numbers.next(),
                version));
        body.accept(w);
        w.endGroup();
        w.endInterchange();
        w.flush();
    }

    /** One HL level as it is being built: its party, the status reported there, and what lies below. */
    private static final class Level {
        final int depth;
        final Party party;
        final Demographics demographics;
        Object status;
        final List<Level> children = new ArrayList<>();
        final List<Object> claims = new ArrayList<>();

        Level(int depth, Party party, Demographics demographics) {
            this.depth = depth;
            this.party = party;
            this.demographics = demographics;
        }
    }

    private final class SetWriter {
        final X12Writer w;
        final StatusReader.Kind kind;
        final List<Level> roots = new ArrayList<>();
        final Level[] open = new Level[5];
        int hl;

        SetWriter(X12Writer w, StatusReader.Kind kind) {
            this.w = w;
            this.kind = kind;
        }

        void write(LocalDateTime created, String reference, List<?> records) {
            if (records.isEmpty()) {
                throw new IllegalArgumentException(
                        "a claim status transaction needs at least one claim or status: there is nothing to write");
            }
            for (Object r : records) {
                place(r);
            }
            String version = kind == StatusReader.Kind.ACKNOWLEDGMENT ? "005010X214" : "005010X212";
            String set = kind == StatusReader.Kind.REQUEST ? "276" : "277";
            w.beginTransaction(set, String.format("%04d", numbers.next()), version);
            String date = X12Writer.date(created.toLocalDate());
            String time = created.format(HHMM);
            switch (kind) {
                case ACKNOWLEDGMENT -> w.segment("BHT", "0085", "08", reference, date, time, "TH");
                case RESPONSE -> w.segment("BHT", "0010", "08", reference, date, time, "DG");
                case REQUEST -> w.segment("BHT", "0010", "13", reference, date, time);
            }
            for (Level root : roots) {
                level(root, "");
            }
            w.endTransaction();
        }

        private void place(Object r) {
            switch (r) {
                case ReceiverStatus s -> {
                    if (kind == StatusReader.Kind.REQUEST) {
                        throw new IllegalArgumentException("a 276 carries no receiver status");
                    }
                    openNew(1, List.of(s.source(), s.receiver()), List.of()).status = s;
                }
                case ProviderStatus s -> {
                    if (kind == StatusReader.Kind.REQUEST) {
                        throw new IllegalArgumentException("a 276 carries no provider status");
                    }
                    openNew(2, List.of(s.source(), s.receiver(), s.provider()), List.of()).status = s;
                }
                case ClaimAcknowledgment c -> {
                    expect(StatusReader.Kind.ACKNOWLEDGMENT, c);
                    Level receiver = open[1];
                    if (receiver == null
                            || !(receiver.status instanceof ReceiverStatus)
                            || !Objects.equals(receiver.party, c.receiver())
                            || !Objects.equals(open[0].party, c.source())) {
                        throw new IllegalArgumentException("a 277CA claim must follow the ReceiverStatus of its"
                                + " source and receiver (patient control number " + c.patientControlNumber() + ")");
                    }
                    claimLevel(List.of(c.source(), c.receiver(), c.provider(), c.patient()), List.of())
                            .claims
                            .add(c);
                }
                case ClaimStatusResponse c -> {
                    expect(StatusReader.Kind.RESPONSE, c);
                    claimLevel(keys(c.payer(), c.receiver(), c.provider(), c.subscriber(), c.dependent()), null)
                            .claims
                            .add(c);
                }
                case ClaimStatusRequest c -> {
                    expect(StatusReader.Kind.REQUEST, c);
                    List<Demographics> dmg = new ArrayList<>(List.of(NONE, NONE, NONE));
                    dmg.add(c.subscriberDemographics());
                    if (c.dependent() != null) {
                        dmg.add(c.dependentDemographics());
                    }
                    claimLevel(keys(c.payer(), c.receiver(), c.provider(), c.subscriber(), c.dependent()), dmg)
                            .claims
                            .add(c);
                }
                default ->
                    throw new IllegalArgumentException("not a claim status record: "
                            + (r == null ? "null" : r.getClass().getSimpleName()));
            }
        }

        private void expect(StatusReader.Kind expected, Object record) {
            if (kind != expected) {
                throw new IllegalArgumentException(
                        record.getClass().getSimpleName() + " does not belong in this transaction set");
            }
        }

        private static List<Party> keys(Party a, Party b, Party c, Party d, Party e) {
            List<Party> k = new ArrayList<>(List.of(a, b, c, d));
            if (e != null) {
                k.add(e);
            }
            return k;
        }

        /** The level a claim goes in: the subscriber's (or patient's) or the dependent's. */
        private Level claimLevel(List<Party> keys, List<Demographics> dmg) {
            int depth = keys.size() - 1;
            List<Demographics> d = dmg == null ? List.of() : dmg;
            Level current = open[depth];
            // a subscriber's own claims come before its dependents: a claim after them opens the subscriber again
            if (current != null && depth == 3 && !current.children.isEmpty() && matches(keys, d, depth)) {
                return openNew(depth, keys, d);
            }
            return path(keys, d, depth);
        }

        private static final Demographics NONE = new Demographics(null, null);

        private boolean matches(List<Party> keys, List<Demographics> dmg, int depth) {
            for (int i = 0; i <= depth; i++) {
                Level l = open[i];
                if (l == null || !Objects.equals(l.party, keys.get(i)) || !Objects.equals(l.demographics, at(dmg, i))) {
                    return false;
                }
            }
            return true;
        }

        private static Demographics at(List<Demographics> dmg, int i) {
            return i < dmg.size() ? dmg.get(i) : null;
        }

        /** The open level for {@code keys} down to {@code depth}, opening new levels from the first that differs. */
        private Level path(List<Party> keys, List<Demographics> dmg, int depth) {
            for (int i = 0; i <= depth; i++) {
                Level l = open[i];
                boolean reuse = l != null
                        && Objects.equals(l.party, keys.get(i))
                        && Objects.equals(l.demographics, at(dmg, i))
                        && (kind != StatusReader.Kind.ACKNOWLEDGMENT || i != 1 || l.status != null);
                if (!reuse) {
                    return openFrom(i, depth, keys, dmg);
                }
            }
            return open[depth];
        }

        private Level openNew(int depth, List<Party> keys, List<Demographics> dmg) {
            int from = depth;
            if (kind == StatusReader.Kind.ACKNOWLEDGMENT && depth == 1) {
                from = 0; // a 277CA information source holds one receiver
            }
            for (int i = 0; i < from; i++) {
                if (open[i] == null
                        || !Objects.equals(open[i].party, keys.get(i))
                        || !Objects.equals(open[i].demographics, at(dmg, i))) {
                    from = i;
                    break;
                }
            }
            return openFrom(from, depth, keys, dmg);
        }

        private Level openFrom(int from, int depth, List<Party> keys, List<Demographics> dmg) {
            for (int i = from; i <= depth; i++) {
                if (keys.get(i) == null) {
                    throw new IllegalArgumentException("a claim status record names no party at level " + (i + 1));
                }
                Level l = new Level(i, keys.get(i), at(dmg, i));
                if (i == 0) {
                    roots.add(l);
                } else {
                    open[i - 1].children.add(l);
                }
                open[i] = l;
            }
            for (int i = depth + 1; i < open.length; i++) {
                open[i] = null;
            }
            return open[depth];
        }

        private void level(Level l, String parent) {
            String id = Integer.toString(++hl);
            boolean ack = kind == StatusReader.Kind.ACKNOWLEDGMENT;
            String child = l.children.isEmpty() ? "0" : "1";
            switch (l.depth) {
                case 0 -> w.segment("HL", id, "", "20", "1");
                case 1 -> w.segment("HL", id, parent, "21", child);
                case 2 -> w.segment("HL", id, parent, "19", child);
                case 3 -> w.segment("HL", id, parent, ack ? "PT" : "22", ack ? "" : child);
                default -> w.segment("HL", id, parent, "23");
            }
            Demographics d = l.demographics;
            if (kind == StatusReader.Kind.REQUEST && l.depth >= 3 && d != null) {
                w.segment("DMG", "D8", X12Writer.date(d.birthDate()), d.gender());
            }
            nm1(l.party);
            if (l.depth == 0 && ack) {
                ReceiverStatus r = (ReceiverStatus) l.children.getFirst().status;
                w.segment("TRN", "1", r.sourceTrace());
                w.segment("DTP", "050", "D8", X12Writer.date(r.receiptDate()));
                w.segment("DTP", "009", "D8", X12Writer.date(r.processDate()));
            }
            if (l.status instanceof ReceiverStatus r) {
                w.segment("TRN", "2", r.trace());
                statuses(r.statuses());
                counts("90", "AA", r.acceptedQuantity(), r.rejectedQuantity(), r.acceptedAmount(), r.rejectedAmount());
            } else if (l.status instanceof ProviderStatus p) {
                w.segment("TRN", "1", p.trace());
                statuses(p.statuses());
                for (Reference ref : p.secondaryIds()) {
                    w.segment("REF", ref.qualifier(), ref.value());
                }
                counts("QA", "QC", p.acceptedQuantity(), p.rejectedQuantity(), p.acceptedAmount(), p.rejectedAmount());
            }
            for (Object c : l.claims) {
                claim(c);
            }
            for (Level c : l.children) {
                level(c, id);
            }
        }

        private void nm1(Party p) {
            w.segment(
                    "NM1",
                    p.entity(),
                    p.entityType(),
                    p.lastOrOrganizationName(),
                    p.firstName(),
                    p.middleName(),
                    p.prefix(),
                    p.suffix(),
                    p.idQualifier(),
                    p.id());
        }

        private void counts(
                String acceptedQty,
                String rejectedQty,
                BigDecimal accepted,
                BigDecimal rejected,
                BigDecimal acceptedAmount,
                BigDecimal rejectedAmount) {
            if (accepted != null) {
                w.segment("QTY", acceptedQty, X12Writer.decimal(accepted));
            }
            if (rejected != null) {
                w.segment("QTY", rejectedQty, X12Writer.decimal(rejected));
            }
            if (acceptedAmount != null) {
                w.segment("AMT", "YU", X12Writer.decimal(acceptedAmount));
            }
            if (rejectedAmount != null) {
                w.segment("AMT", "YY", X12Writer.decimal(rejectedAmount));
            }
        }

        private void statuses(List<ClaimStatus> statuses) {
            for (ClaimStatus s : statuses) {
                List<StatusCode> more = s.additional();
                w.segment(
                        "STC",
                        code(s.status()),
                        X12Writer.date(s.effectiveDate()),
                        s.actionCode(),
                        X12Writer.decimal(s.amount()),
                        X12Writer.decimal(s.paymentAmount()),
                        X12Writer.date(s.adjudicationDate()),
                        s.paymentMethod(),
                        X12Writer.date(s.remittanceDate()),
                        s.remittanceTrace(),
                        more.isEmpty() ? "" : code(more.get(0)),
                        more.size() < 2 ? "" : code(more.get(1)),
                        s.message());
            }
        }

        private String code(StatusCode c) {
            return c == null ? "" : w.composite(c.category(), c.code(), c.entity(), c.codeList());
        }

        private void ref(String qualifier, String value) {
            if (value != null) {
                w.segment("REF", qualifier, value);
            }
        }

        private void dates(LocalDate from, LocalDate to) {
            if (from == null) {
                return;
            }
            if (to == null) {
                w.segment("DTP", "472", "D8", X12Writer.date(from));
            } else {
                w.segment("DTP", "472", "RD8", X12Writer.date(from) + "-" + X12Writer.date(to));
            }
        }

        private void claim(Object record) {
            switch (record) {
                case ClaimAcknowledgment c -> {
                    w.segment("TRN", "2", c.patientControlNumber());
                    statuses(c.statuses());
                    ref("1K", c.payerClaimControlNumber());
                    ref("D9", c.clearinghouseTraceNumber());
                    ref("BLT", c.billType());
                    ref("EA", c.medicalRecordNumber());
                    dates(c.serviceFrom(), c.serviceTo());
                    lines(c.lines());
                }
                case ClaimStatusResponse c -> {
                    w.segment("TRN", "2", c.traceNumber());
                    statuses(c.statuses());
                    ref("1K", c.payerClaimControlNumber());
                    ref("BLT", c.billType());
                    ref("EJ", c.patientControlNumber());
                    ref("XZ", c.prescriptionNumber());
                    ref("VV", c.voucherId());
                    ref("D9", c.clearinghouseTraceNumber());
                    dates(c.serviceFrom(), c.serviceTo());
                    lines(c.lines());
                }
                case ClaimStatusRequest c -> {
                    w.segment("TRN", "1", c.traceNumber());
                    ref("1K", c.payerClaimControlNumber());
                    ref("BLT", c.billType());
                    ref("LU", c.locationId());
                    ref("6P", c.groupNumber());
                    ref("EJ", c.patientControlNumber());
                    ref("XZ", c.prescriptionNumber());
                    ref("D9", c.clearinghouseTraceNumber());
                    if (c.totalCharge() != null) {
                        w.segment("AMT", "T3", X12Writer.decimal(c.totalCharge()));
                    }
                    dates(c.serviceFrom(), c.serviceTo());
                    lines(c.lines());
                }
                default -> throw new IllegalStateException();
            }
        }

        private void lines(List<ServiceLine> lines) {
            for (ServiceLine l : lines) {
                List<String> parts = new ArrayList<>();
                parts.add(l.productQualifier());
                parts.add(l.procedureCode());
                parts.addAll(l.modifiers());
                w.segment(
                        "SVC",
                        w.composite(parts.toArray(String[]::new)),
                        X12Writer.decimal(l.charge()),
                        X12Writer.decimal(l.payment()),
                        l.revenueCode(),
                        "",
                        "",
                        X12Writer.decimal(l.units()));
                statuses(l.statuses());
                ref("FJ", l.lineItemControlNumber());
                ref("XZ", l.prescriptionNumber());
                dates(l.serviceFrom(), l.serviceTo());
            }
        }
    }
}
