package org.openrcm.x12.eligibility;

import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.Delimiters;
import org.openrcm.x12.X12Writer;

/**
 * Writes 270 inquiries (what the app sends) and 271 responses (what the payer sandbox sends) as one interchange with
 * one functional group. Records are written in order; consecutive records with the same transaction header share a
 * transaction set, and within it the same payer, provider and subscriber share their HL level, so that what
 * {@link Guide270#GUIDE}'s and {@link Guide271#GUIDE}'s readers hand out reads back as written.
 *
 * <p>A record with a dependent whose subscriber has inquiries or benefits of their own reads back as two records
 * (the subscriber's, then the dependent's), as the reader hands them out.
 */
public final class EligibilityWriter {

    public static final String VERSION = "005010X279A1";
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
    private static final DateTimeFormatter HHMMSS = DateTimeFormatter.ofPattern("HHmmss");

    /**
     * Who sends to whom: ISA05-08 and GS02-03.
     *
     * @param production ISA15 {@code P}, else {@code T}
     */
    public record Parties(
            String senderQualifier,
            String senderId,
            String receiverQualifier,
            String receiverId,
            String applicationSender,
            String applicationReceiver,
            boolean production) {}

    private final ControlNumbers controlNumbers;
    private final Parties parties;
    private final boolean lineBreaks;

    public EligibilityWriter(ControlNumbers controlNumbers, Parties parties, boolean lineBreaks) {
        this.controlNumbers = controlNumbers;
        this.parties = parties;
        this.lineBreaks = lineBreaks;
    }

    /** Writes a 270 interchange (GS01 {@code HS}) holding {@code inquiries}. */
    public void writeInquiries(List<EligibilityInquiry> inquiries, LocalDateTime created, OutputStream out) {
        List<Item> items = new ArrayList<>();
        for (EligibilityInquiry q : inquiries) {
            items.add(new Item(q.header(), q.payer(), null, q.provider(), List.of(), q.subscriber(), q.dependent()));
        }
        write("270", "HS", items, created, out);
    }

    /** Writes a 271 interchange (GS01 {@code HB}) holding {@code responses}. */
    public void writeResponses(List<EligibilityResponse> responses, LocalDateTime created, OutputStream out) {
        List<Item> items = new ArrayList<>();
        for (EligibilityResponse r : responses) {
            items.add(new Item(
                    r.header(),
                    r.payer(),
                    new Source(r.payerContacts(), r.payerRejections()),
                    r.provider(),
                    r.providerRejections(),
                    r.subscriber(),
                    r.dependent()));
        }
        write("271", "HB", items, created, out);
    }

    /** The parts of a 270 or 271 record the two directions share; {@code source} is null for a 270. */
    private record Item(
            TransactionHeader header,
            Name payer,
            Source source,
            Provider provider,
            List<Rejection> providerRejections,
            Object subscriber,
            Object dependent) {

        boolean samePayer(Item o) {
            return Objects.equals(header, o.header)
                    && Objects.equals(payer, o.payer)
                    && Objects.equals(source, o.source);
        }

        boolean sameProvider(Item o) {
            return samePayer(o)
                    && provider != null
                    && Objects.equals(provider, o.provider)
                    && Objects.equals(providerRejections, o.providerRejections);
        }

        boolean sameSubscriber(Item o) {
            return sameProvider(o) && subscriber != null && Objects.equals(subscriber, o.subscriber);
        }
    }

    private record Source(List<Contact> contacts, List<Rejection> rejections) {}

    private void write(String set, String functionalId, List<Item> items, LocalDateTime created, OutputStream out) {
        X12Writer w = new X12Writer(out, Delimiters.STANDARD, lineBreaks);
        w.beginInterchange(X12Writer.InterchangeHeader.of(
                parties.senderQualifier(),
                parties.senderId(),
                parties.receiverQualifier(),
                parties.receiverId(),
                created,
                controlNumbers.next(),
                parties.production()));
        w.beginGroup(new X12Writer.GroupHeader(
                functionalId,
                parties.applicationSender(),
                parties.applicationReceiver(),
                created,
                controlNumbers.next(),
                VERSION));
        int i = 0;
        while (i < items.size()) {
            TransactionHeader header = items.get(i).header();
            int end = i + 1;
            while (end < items.size() && Objects.equals(items.get(end).header(), header)) {
                end++;
            }
            new Transaction(w, set, items.subList(i, end)).write(String.format("%04d", controlNumbers.next()));
            i = end;
        }
        w.endGroup();
        w.endInterchange();
        w.flush();
    }

    /** One ST…SE: the HL tree of a run of records. */
    private static final class Transaction {
        final X12Writer w;
        final String set;
        final List<Item> items;
        int hl;

        Transaction(X12Writer w, String set, List<Item> items) {
            this.w = w;
            this.set = set;
            this.items = items;
        }

        void write(String control) {
            w.beginTransaction(set, control, VERSION);
            TransactionHeader h = items.getFirst().header();
            w.segment(
                    "BHT",
                    "0022",
                    h.purpose(),
                    h.reference(),
                    X12Writer.date(h.date()),
                    time(h.time()),
                    h.transactionType());
            int sourceHl = 0;
            int receiverHl = 0;
            int subscriberHl = 0;
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                Item prev = i == 0 ? null : items.get(i - 1);
                Item next = i + 1 < items.size() ? items.get(i + 1) : null;
                boolean newSource = prev == null || !prev.samePayer(it);
                boolean newReceiver = newSource || !prev.sameProvider(it);
                boolean newSubscriber = newReceiver || !prev.sameSubscriber(it);
                if (newSource) {
                    sourceHl = ++hl;
                    w.segment("HL", Integer.toString(sourceHl), "", "20", it.provider() == null ? "0" : "1");
                    source(it);
                }
                if (it.provider() == null) {
                    continue;
                }
                if (newReceiver) {
                    receiverHl = ++hl;
                    boolean children = it.subscriber() != null;
                    w.segment(
                            "HL", Integer.toString(receiverHl), Integer.toString(sourceHl), "21", children ? "1" : "0");
                    receiver(it);
                }
                if (it.subscriber() == null) {
                    continue;
                }
                if (newSubscriber) {
                    subscriberHl = ++hl;
                    boolean children = it.dependent() != null
                            || (next != null && next.sameSubscriber(it) && next.dependent() != null);
                    w.segment(
                            "HL",
                            Integer.toString(subscriberHl),
                            Integer.toString(receiverHl),
                            "22",
                            children ? "1" : "0");
                    person(it.subscriber(), 'C');
                }
                if (it.dependent() != null) {
                    w.segment("HL", Integer.toString(++hl), Integer.toString(subscriberHl), "23", "0");
                    person(it.dependent(), 'D');
                }
            }
            w.endTransaction();
        }

        private void source(Item it) {
            name(it.payer(), "");
            if (it.source() != null) {
                for (Contact c : it.source().contacts()) {
                    contact(c);
                }
                for (Rejection r : it.source().rejections()) {
                    rejection(r);
                }
            }
        }

        private void receiver(Item it) {
            Provider p = it.provider();
            name(p.name(), "");
            references(p.references());
            address(p.address());
            for (Rejection r : it.providerRejections()) {
                rejection(r);
            }
            providerInformation(p.information());
        }

        private void person(Object subject, char level) {
            List<Trace> traces;
            Member m;
            List<Rejection> rejections = List.of();
            if (subject instanceof EligibilityInquiry.Subject s) {
                traces = s.traces();
                m = s.member();
            } else {
                EligibilityResponse.Subject s = (EligibilityResponse.Subject) subject;
                traces = s.traces();
                m = s.member();
                rejections = s.rejections();
            }
            for (Trace t : traces) {
                w.segment("TRN", t.type(), t.number(), t.originator(), t.supplemental());
            }
            name(m.name(), "");
            references(m.references());
            address(m.address());
            for (Rejection r : rejections) {
                rejection(r);
            }
            providerInformation(m.provider());
            if (m.birthDate() != null || !m.gender().isEmpty()) {
                w.segment("DMG", m.birthDate() == null ? "" : "D8", X12Writer.date(m.birthDate()), m.gender());
            }
            Relationship ins = m.relationship();
            if (ins != null) {
                String[] e = new String[17];
                e[0] = ins.insured();
                e[1] = ins.relationship();
                e[2] = ins.maintenanceType();
                e[3] = ins.maintenanceReason();
                e[16] = ins.birthSequence() == null ? "" : ins.birthSequence().toString();
                w.segment("INS", e);
            }
            if (!m.diagnoses().isEmpty()) {
                String[] e = new String[m.diagnoses().size()];
                for (int i = 0; i < e.length; i++) {
                    Diagnosis d = m.diagnoses().get(i);
                    e[i] = w.composite(d.qualifier(), d.code());
                }
                w.segment("HI", e);
            }
            for (DatePeriod d : m.dates()) {
                date(d);
            }
            if (subject instanceof EligibilityInquiry.Subject s) {
                for (ServiceInquiry q : s.inquiries()) {
                    inquiry(q);
                }
            } else {
                for (Benefit b : ((EligibilityResponse.Subject) subject).benefits()) {
                    benefit(b);
                }
            }
        }

        private void inquiry(ServiceInquiry q) {
            w.segment("EQ", repeated(q.serviceTypes()), procedure(q.procedure()), q.coverageLevel());
            for (Amount a : q.amounts()) {
                w.segment("AMT", a.qualifier(), X12Writer.decimal(a.value()));
            }
            for (AdditionalInformation a : q.additionalInformation()) {
                w.segment("III", a.qualifier(), a.code(), a.category(), a.text());
            }
            if (q.reference() != null) {
                reference(q.reference());
            }
            if (q.date() != null) {
                date(q.date());
            }
        }

        private void benefit(Benefit b) {
            w.segment(
                    "EB",
                    b.code(),
                    b.coverageLevel(),
                    repeated(b.serviceTypes()),
                    b.insuranceType(),
                    b.planDescription(),
                    b.timePeriod(),
                    X12Writer.decimal(b.amount()),
                    X12Writer.decimal(b.percent()),
                    b.quantityQualifier(),
                    X12Writer.decimal(b.quantity()),
                    b.authorizationRequired(),
                    b.inPlanNetwork(),
                    procedure(b.procedure()));
            for (ServiceDelivery d : b.deliveries()) {
                w.segment(
                        "HSD",
                        d.quantityQualifier(),
                        X12Writer.decimal(d.quantity()),
                        d.unit(),
                        X12Writer.decimal(d.sampleSelectionModulus()),
                        d.timePeriod(),
                        d.periods() == null ? "" : d.periods().toString(),
                        d.frequency(),
                        d.deliveryTime());
            }
            references(b.references());
            for (DatePeriod d : b.dates()) {
                date(d);
            }
            for (Rejection r : b.rejections()) {
                rejection(r);
            }
            for (String m : b.messages()) {
                w.segment("MSG", m);
            }
            for (AdditionalInformation a : b.additionalInformation()) {
                w.segment("III", a.qualifier(), a.code(), a.category(), a.text());
            }
            if (!b.relatedEntities().isEmpty()) {
                w.segment("LS", "2120");
                for (RelatedEntity e : b.relatedEntities()) {
                    name(e.name(), e.relationship());
                    address(e.address());
                    for (Contact c : e.contacts()) {
                        contact(c);
                    }
                    providerInformation(e.information());
                }
                w.segment("LE", "2120");
            }
        }

        private void name(Name n, String relationship) {
            w.segment(
                    "NM1",
                    n.entityCode(),
                    n.entityType(),
                    n.last(),
                    n.first(),
                    n.middle(),
                    "",
                    n.suffix(),
                    n.idQualifier(),
                    n.id(),
                    relationship);
        }

        private void references(List<Reference> references) {
            for (Reference r : references) {
                reference(r);
            }
        }

        private void reference(Reference r) {
            w.segment("REF", r.qualifier(), r.value(), r.description());
        }

        private void address(Address a) {
            if (a == null) {
                return;
            }
            if (!a.line1().isEmpty()) {
                w.segment("N3", a.line1(), a.line2());
            }
            if (!a.city().isEmpty()) {
                w.segment("N4", a.city(), a.state(), a.postalCode(), a.country(), "", "", a.countrySubdivision());
            }
        }

        private void providerInformation(ProviderInformation p) {
            if (p != null) {
                w.segment("PRV", p.providerCode(), p.qualifier(), p.identifier());
            }
        }

        private void rejection(Rejection r) {
            w.segment("AAA", r.validRequest(), "", r.reason(), r.followUp());
        }

        private void contact(Contact c) {
            String[] e = new String[8];
            e[0] = c.function();
            e[1] = c.name();
            for (int i = 0; i < c.numbers().size() && i < 3; i++) {
                e[2 + 2 * i] = c.numbers().get(i).qualifier();
                e[3 + 2 * i] = c.numbers().get(i).value();
            }
            w.segment("PER", e);
        }

        private void date(DatePeriod d) {
            if (d.isRange()) {
                w.segment("DTP", d.qualifier(), "RD8", X12Writer.date(d.from()) + "-" + X12Writer.date(d.to()));
            } else {
                w.segment("DTP", d.qualifier(), "D8", X12Writer.date(d.from()));
            }
        }

        private String repeated(List<String> values) {
            return values.isEmpty() ? "" : w.repeated(values.toArray(String[]::new));
        }

        private String procedure(Procedure p) {
            if (p == null) {
                return "";
            }
            String[] c = new String[8];
            c[0] = p.qualifier();
            c[1] = p.code();
            for (int i = 0; i < p.modifiers().size() && i < 4; i++) {
                c[2 + i] = p.modifiers().get(i);
            }
            c[7] = p.productId();
            return w.composite(c);
        }

        private static String time(LocalTime t) {
            if (t == null) {
                return "";
            }
            return t.getSecond() == 0 ? t.format(HHMM) : t.format(HHMMSS);
        }
    }
}
