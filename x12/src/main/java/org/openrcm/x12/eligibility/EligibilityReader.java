package org.openrcm.x12.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.openrcm.x12.Segment;
import org.openrcm.x12.TransactionHandler;
import org.openrcm.x12.X12Exception;

/**
 * Turns a 270 into {@link EligibilityInquiry} records, or a 271 into {@link EligibilityResponse} records, one per
 * patient, each handed out as soon as the next HL (or SE) shows it is complete.
 *
 * <p>A subscriber with dependents yields one record per dependent (the subscriber in each), plus one for the
 * subscriber when the subscriber has inquiries, benefits or rejections of their own. A 271 that stops at the payer
 * or at the provider (a rejection) yields one record without a subscriber.
 */
final class EligibilityReader implements TransactionHandler {

    private final boolean response;
    private final Consumer<Object> out;

    private TransactionHeader header;
    private boolean sourceOpen;
    private Name payer;
    private final List<Contact> payerContacts = new ArrayList<>();
    private final List<Rejection> payerRejections = new ArrayList<>();
    private boolean sourceAnswered;

    private PartyBuilder receiver;
    private boolean receiverAnswered;

    private PersonBuilder subscriber;
    private boolean subscriberAnswered;
    private boolean subscriberHasDependents;
    private PersonBuilder dependent;

    EligibilityReader(boolean response, Consumer<Object> out) {
        this.response = response;
        this.out = out;
    }

    @Override
    public void segment(Segment s, String loop) {
        switch (loop) {
            case "" -> {
                if (s.id().equals("BHT")) {
                    header = new TransactionHeader(
                            s.element(2),
                            s.element(3),
                            s.has(4) ? date(s, 4) : null,
                            s.has(5) ? time(s, 5) : null,
                            s.element(6));
                }
            }
            case "2000A" -> {
                if (s.id().equals("HL")) {
                    closeSource();
                    sourceOpen = true;
                } else if (s.id().equals("AAA")) {
                    payerRejections.add(rejection(s));
                }
            }
            case "2100A" -> {
                switch (s.id()) {
                    case "NM1" -> payer = name(s);
                    case "PER" -> payerContacts.add(contact(s));
                    case "AAA" -> payerRejections.add(rejection(s));
                    default -> {}
                }
            }
            case "2000B" -> {
                if (s.id().equals("HL")) {
                    closeReceiver();
                    receiver = new PartyBuilder();
                }
            }
            case "2100B" -> receiver.segment(s);
            case "2000C" -> {
                if (s.id().equals("HL")) {
                    closeSubscriber();
                    subscriber = new PersonBuilder();
                } else if (s.id().equals("TRN")) {
                    subscriber.traces.add(trace(s));
                }
            }
            case "2000D" -> {
                if (s.id().equals("HL")) {
                    closeDependent();
                    if (subscriber != null) {
                        subscriberHasDependents = true;
                        if (!subscriberAnswered && subscriber.hasOwnContent()) {
                            emit(subscriber, null);
                            subscriberAnswered = true;
                        }
                    }
                    dependent = new PersonBuilder();
                } else if (s.id().equals("TRN")) {
                    dependent.traces.add(trace(s));
                }
            }
            default -> {
                PersonBuilder person = loop.endsWith("C") ? subscriber : dependent;
                if (person != null) {
                    person.segment(s, loop.substring(0, 4));
                }
            }
        }
    }

    @Override
    public void end(Segment se) {
        closeSource();
        header = null;
    }

    private void closeDependent() {
        if (dependent != null) {
            emit(subscriber, dependent);
            dependent = null;
        }
    }

    private void closeSubscriber() {
        closeDependent();
        if (subscriber != null && !subscriberAnswered && !subscriberHasDependents) {
            emit(subscriber, null);
        }
        subscriber = null;
        subscriberAnswered = false;
        subscriberHasDependents = false;
    }

    private void closeReceiver() {
        closeSubscriber();
        if (receiver != null && !receiverAnswered) {
            emit(null, null);
        }
        receiver = null;
        receiverAnswered = false;
    }

    private void closeSource() {
        closeReceiver();
        if (sourceOpen && !sourceAnswered) {
            emit(null, null);
        }
        sourceOpen = false;
        sourceAnswered = false;
        payer = null;
        payerContacts.clear();
        payerRejections.clear();
    }

    private void emit(PersonBuilder sub, PersonBuilder dep) {
        Provider provider = receiver == null ? null : receiver.provider();
        if (response) {
            out.accept(new EligibilityResponse(
                    header,
                    payer,
                    payerContacts,
                    payerRejections,
                    provider,
                    receiver == null ? List.of() : receiver.rejections,
                    sub == null ? null : sub.answered(),
                    dep == null ? null : dep.answered()));
        } else {
            out.accept(new EligibilityInquiry(
                    header, payer, provider, sub == null ? null : sub.asked(), dep == null ? null : dep.asked()));
        }
        sourceAnswered = true;
        receiverAnswered = true;
    }

    /** NM1, REF, N3, N4, PRV and AAA of a name loop. */
    private static class PartyBuilder {
        Name name;
        final List<Reference> references = new ArrayList<>();
        final AddressBuilder address = new AddressBuilder();
        ProviderInformation information;
        final List<Rejection> rejections = new ArrayList<>();

        boolean segment(Segment s) {
            switch (s.id()) {
                case "NM1" -> name = name(s);
                case "REF" -> references.add(reference(s));
                case "N3", "N4" -> address.segment(s);
                case "PRV" -> information = providerInformation(s);
                case "AAA" -> rejections.add(rejection(s));
                default -> {
                    return false;
                }
            }
            return true;
        }

        Provider provider() {
            return name == null ? null : new Provider(name, references, address.build(), information);
        }
    }

    /** A subscriber or dependent: HL level, name loop, and its 2110/2115/2120 loops. */
    private static final class PersonBuilder extends PartyBuilder {
        final List<Trace> traces = new ArrayList<>();
        LocalDate birthDate;
        String gender = "";
        Relationship relationship;
        final List<Diagnosis> diagnoses = new ArrayList<>();
        final List<DatePeriod> dates = new ArrayList<>();
        final List<ServiceInquiry> inquiries = new ArrayList<>();
        final List<Benefit> benefits = new ArrayList<>();
        InquiryBuilder inquiry;
        BenefitBuilder benefit;

        void segment(Segment s, String loop) {
            switch (loop) {
                case "2100" -> nameLoop(s);
                case "2110" -> {
                    switch (s.id()) {
                        case "EQ" -> {
                            finishItem();
                            inquiry = new InquiryBuilder(s);
                        }
                        case "EB" -> {
                            finishItem();
                            benefit = new BenefitBuilder(s);
                        }
                        default -> {
                            if (inquiry != null) {
                                inquiry.segment(s);
                            } else if (benefit != null) {
                                benefit.segment(s);
                            }
                        }
                    }
                }
                case "2115" -> {
                    if (benefit != null) {
                        benefit.additionalInformation.add(additionalInformation(s));
                    }
                }
                case "2120" -> {
                    if (benefit != null) {
                        benefit.related(s);
                    }
                }
                default -> {}
            }
        }

        private void nameLoop(Segment s) {
            if (super.segment(s)) {
                return;
            }
            switch (s.id()) {
                case "DMG" -> {
                    birthDate = s.has(2) ? date(s, 2) : null;
                    gender = s.element(3);
                }
                case "INS" ->
                    relationship =
                            new Relationship(s.element(1), s.element(2), s.element(3), s.element(4), integer(s, 17));
                case "HI" -> {
                    for (int i = 1; i <= s.count(); i++) {
                        if (s.has(i)) {
                            diagnoses.add(new Diagnosis(s.component(i, 1), s.component(i, 2)));
                        }
                    }
                }
                case "DTP" -> dates.add(period(s));
                default -> {}
            }
        }

        private void finishItem() {
            if (inquiry != null) {
                inquiries.add(inquiry.build());
                inquiry = null;
            }
            if (benefit != null) {
                benefits.add(benefit.build());
                benefit = null;
            }
        }

        boolean hasOwnContent() {
            return inquiry != null
                    || benefit != null
                    || !inquiries.isEmpty()
                    || !benefits.isEmpty()
                    || !rejections.isEmpty();
        }

        private Member member() {
            Name n = name == null ? new Name("", "", "", "", "", "", "", "") : name;
            return new Member(
                    n, references, address.build(), information, birthDate, gender, relationship, diagnoses, dates);
        }

        EligibilityInquiry.Subject asked() {
            finishItem();
            return new EligibilityInquiry.Subject(traces, member(), inquiries);
        }

        EligibilityResponse.Subject answered() {
            finishItem();
            return new EligibilityResponse.Subject(traces, member(), rejections, benefits);
        }
    }

    private static final class InquiryBuilder {
        final List<String> serviceTypes;
        final Procedure procedure;
        final String coverageLevel;
        final List<Amount> amounts = new ArrayList<>();
        final List<AdditionalInformation> additionalInformation = new ArrayList<>();
        Reference reference;
        DatePeriod date;

        InquiryBuilder(Segment eq) {
            serviceTypes = repetitions(eq, 1);
            procedure = procedure(eq, 2);
            coverageLevel = eq.element(3);
        }

        void segment(Segment s) {
            switch (s.id()) {
                case "AMT" -> amounts.add(new Amount(s.element(1), decimal(s, 2)));
                case "III" -> additionalInformation.add(additionalInformation(s));
                case "REF" -> reference = reference(s);
                case "DTP" -> date = period(s);
                default -> {}
            }
        }

        ServiceInquiry build() {
            return new ServiceInquiry(
                    serviceTypes, procedure, coverageLevel, amounts, additionalInformation, reference, date);
        }
    }

    private static final class BenefitBuilder {
        final Segment eb;
        final List<ServiceDelivery> deliveries = new ArrayList<>();
        final List<Reference> references = new ArrayList<>();
        final List<DatePeriod> dates = new ArrayList<>();
        final List<Rejection> rejections = new ArrayList<>();
        final List<String> messages = new ArrayList<>();
        final List<AdditionalInformation> additionalInformation = new ArrayList<>();
        final List<RelatedEntity> related = new ArrayList<>();
        Name relatedName;
        String relatedRelationship;
        final AddressBuilder relatedAddress = new AddressBuilder();
        final List<Contact> relatedContacts = new ArrayList<>();
        ProviderInformation relatedInformation;

        BenefitBuilder(Segment eb) {
            this.eb = eb.copy();
        }

        void segment(Segment s) {
            switch (s.id()) {
                case "HSD" ->
                    deliveries.add(new ServiceDelivery(
                            s.element(1),
                            decimal(s, 2),
                            s.element(3),
                            decimal(s, 4),
                            s.element(5),
                            integer(s, 6),
                            s.element(7),
                            s.element(8)));
                case "REF" -> references.add(reference(s));
                case "DTP" -> dates.add(period(s));
                case "AAA" -> rejections.add(rejection(s));
                case "MSG" -> messages.add(s.element(1));
                default -> {}
            }
        }

        void related(Segment s) {
            switch (s.id()) {
                case "NM1" -> {
                    finishRelated();
                    relatedName = name(s);
                    relatedRelationship = s.element(10);
                }
                case "N3", "N4" -> relatedAddress.segment(s);
                case "PER" -> relatedContacts.add(contact(s));
                case "PRV" -> relatedInformation = providerInformation(s);
                default -> {}
            }
        }

        private void finishRelated() {
            if (relatedName != null) {
                related.add(new RelatedEntity(
                        relatedName, relatedRelationship, relatedAddress.build(), relatedContacts, relatedInformation));
                relatedName = null;
                relatedAddress.clear();
                relatedContacts.clear();
                relatedInformation = null;
            }
        }

        Benefit build() {
            finishRelated();
            return new Benefit(
                    eb.element(1),
                    eb.element(2),
                    repetitions(eb, 3),
                    eb.element(4),
                    eb.element(5),
                    eb.element(6),
                    decimal(eb, 7),
                    decimal(eb, 8),
                    eb.element(9),
                    decimal(eb, 10),
                    eb.element(11),
                    eb.element(12),
                    procedure(eb, 13),
                    deliveries,
                    references,
                    dates,
                    rejections,
                    messages,
                    additionalInformation,
                    related);
        }
    }

    private static final class AddressBuilder {
        String[] parts = new String[7];
        boolean any;

        void segment(Segment s) {
            any = true;
            if (s.id().equals("N3")) {
                parts[0] = s.element(1);
                parts[1] = s.element(2);
            } else {
                parts[2] = s.element(1);
                parts[3] = s.element(2);
                parts[4] = s.element(3);
                parts[5] = s.element(4);
                parts[6] = s.element(7);
            }
        }

        void clear() {
            parts = new String[7];
            any = false;
        }

        Address build() {
            if (!any) {
                return null;
            }
            String[] p = new String[7];
            for (int i = 0; i < 7; i++) {
                p[i] = parts[i] == null ? "" : parts[i];
            }
            return new Address(p[0], p[1], p[2], p[3], p[4], p[5], p[6]);
        }
    }

    static Name name(Segment s) {
        return new Name(
                s.element(1),
                s.element(2),
                s.element(3),
                s.element(4),
                s.element(5),
                s.element(7),
                s.element(8),
                s.element(9));
    }

    static Reference reference(Segment s) {
        return new Reference(s.element(1), s.element(2), s.element(3));
    }

    static ProviderInformation providerInformation(Segment s) {
        return new ProviderInformation(s.element(1), s.element(2), s.element(3));
    }

    static Rejection rejection(Segment s) {
        return new Rejection(s.element(1), s.element(3), s.element(4));
    }

    static Trace trace(Segment s) {
        return new Trace(s.element(1), s.element(2), s.element(3), s.element(4));
    }

    static AdditionalInformation additionalInformation(Segment s) {
        return new AdditionalInformation(s.element(1), s.element(2), s.element(3), s.element(4));
    }

    static Contact contact(Segment s) {
        List<Contact.Number> numbers = new ArrayList<>(3);
        for (int i = 3; i <= 7; i += 2) {
            if (s.has(i) || s.has(i + 1)) {
                numbers.add(new Contact.Number(s.element(i), s.element(i + 1)));
            }
        }
        return new Contact(s.element(1), s.element(2), numbers);
    }

    static List<String> repetitions(Segment s, int position) {
        int n = s.repetitions(position);
        List<String> values = new ArrayList<>(n);
        for (int r = 1; r <= n; r++) {
            values.add(s.component(position, r, 1));
        }
        return values;
    }

    static Procedure procedure(Segment s, int position) {
        if (!s.has(position)) {
            return null;
        }
        List<String> modifiers = new ArrayList<>(4);
        for (int c = 3; c <= 6; c++) {
            String m = s.component(position, c);
            if (!m.isEmpty()) {
                modifiers.add(m);
            }
        }
        return new Procedure(s.component(position, 1), s.component(position, 2), modifiers, s.component(position, 8));
    }

    static DatePeriod period(Segment s) {
        String format = s.element(2);
        String value = s.element(3);
        if (format.equals("RD8") && value.length() == 17 && value.charAt(8) == '-') {
            LocalDate from = EligibilityChecks.parse(value.substring(0, 8));
            LocalDate to = EligibilityChecks.parse(value.substring(9));
            if (from != null && to != null) {
                return new DatePeriod(s.element(1), from, to);
            }
        } else if (format.equals("D8")) {
            LocalDate d = EligibilityChecks.parse(value);
            if (d != null) {
                return DatePeriod.on(s.element(1), d);
            }
        }
        throw bad(s, 3, "X12-READ-BAD-DATE", "'" + value + "' is not a " + format + " date");
    }

    static LocalDate date(Segment s, int i) {
        LocalDate d = EligibilityChecks.parse(s.element(i));
        if (d == null) {
            throw bad(s, i, "X12-READ-BAD-DATE", "'" + s.element(i) + "' is not a date (CCYYMMDD)");
        }
        return d;
    }

    static LocalTime time(Segment s, int i) {
        String v = s.element(i);
        try {
            int h = Integer.parseInt(v.substring(0, 2));
            int m = Integer.parseInt(v.substring(2, 4));
            int sec = v.length() >= 6 ? Integer.parseInt(v.substring(4, 6)) : 0;
            return LocalTime.of(h, m, sec);
        } catch (RuntimeException e) {
            throw bad(s, i, "X12-READ-BAD-TIME", "'" + v + "' is not a time (HHMM)");
        }
    }

    static BigDecimal decimal(Segment s, int i) {
        try {
            return s.decimal(i);
        } catch (NumberFormatException e) {
            throw bad(s, i, "X12-READ-BAD-NUMBER", "'" + s.element(i) + "' is not a number");
        }
    }

    static Integer integer(Segment s, int i) {
        if (!s.has(i)) {
            return null;
        }
        try {
            return Integer.valueOf(s.element(i));
        } catch (NumberFormatException e) {
            throw bad(s, i, "X12-READ-BAD-NUMBER", "'" + s.element(i) + "' is not a whole number");
        }
    }

    private static X12Exception bad(Segment s, int element, String code, String what) {
        String ref = s.id() + (element < 10 ? "0" : "") + element;
        return new X12Exception(
                code,
                ref + " of segment " + s.number() + " (" + s.id() + ", line " + s.line() + "): " + what + ".",
                s.number(),
                s.line());
    }
}
