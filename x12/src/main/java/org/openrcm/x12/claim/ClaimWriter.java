package org.openrcm.x12.claim;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.Delimiters;
import org.openrcm.x12.X12Writer;
import org.openrcm.x12.claim.Claim.Address;
import org.openrcm.x12.claim.Claim.Adjustment;
import org.openrcm.x12.claim.Claim.BillingProvider;
import org.openrcm.x12.claim.Claim.ClaimDate;
import org.openrcm.x12.claim.Claim.ClaimProvider;
import org.openrcm.x12.claim.Claim.HealthCareCode;
import org.openrcm.x12.claim.Claim.LineAdjudication;
import org.openrcm.x12.claim.Claim.Note;
import org.openrcm.x12.claim.Claim.OtherPayer;
import org.openrcm.x12.claim.Claim.Party;
import org.openrcm.x12.claim.Claim.Person;
import org.openrcm.x12.claim.Claim.Reference;
import org.openrcm.x12.claim.Claim.ServiceLine;

/**
 * Writes claims as a complete 837P or 837I interchange: ISA/GS/ST with control numbers from {@link ControlNumbers},
 * BHT, submitter and receiver, then the HL hierarchy: one billing provider level for consecutive claims of the same
 * billing provider, one subscriber level for consecutive claims of the same subscriber, a patient level when the
 * patient is not the subscriber. Use {@link #write(Claim)} to stream, or {@link #writeAll} to group a list first.
 */
public final class ClaimWriter implements AutoCloseable {

    /** Who sends the interchange to whom (ISA05-08, GS02-03), and whether it is production data. */
    public record Interchange(
            String senderQualifier,
            String senderId,
            String receiverQualifier,
            String receiverId,
            String applicationSender,
            String applicationReceiver,
            boolean production) {}

    private final X12Writer w;
    private final ClaimKind kind;
    private final Interchange interchange;
    private final ControlNumbers numbers;
    private final LocalDateTime created;
    private final boolean institutional;

    private boolean begun;
    private int hl;
    private int billingHl;
    private int subscriberHl;
    private BillingProvider billing;
    private Address payTo;
    private Party payToPlan;
    private Claim.Subscriber subscriber;
    private Party payer;
    private Claim.Patient patient;

    public ClaimWriter(
            OutputStream out,
            ClaimKind kind,
            Interchange interchange,
            ControlNumbers numbers,
            LocalDateTime created,
            boolean lineBreaks) {
        this.w = new X12Writer(out, Delimiters.STANDARD, lineBreaks);
        this.kind = kind;
        this.interchange = interchange;
        this.numbers = numbers;
        this.created = created;
        this.institutional = kind == ClaimKind.INSTITUTIONAL;
    }

    /** Writes a whole interchange: the claims grouped by billing provider, subscriber and patient. */
    public static void writeAll(
            OutputStream out,
            ClaimKind kind,
            Interchange interchange,
            ControlNumbers numbers,
            LocalDateTime created,
            ClaimSubmission submission,
            List<Claim> claims) {
        ClaimWriter cw = new ClaimWriter(out, kind, interchange, numbers, created, true);
        cw.begin(submission);
        for (Claim c : grouped(claims)) {
            cw.write(c);
        }
        cw.finish();
    }

    /**
     * The claims in the order an interchange holds them: by billing provider, then subscriber, subscriber's own
     * claims before the patients', each group in the order it first appears.
     */
    public static List<Claim> grouped(List<Claim> claims) {
        Map<List<Object>, List<Claim>> groups = new LinkedHashMap<>();
        Map<List<Object>, Integer> billingOrder = new LinkedHashMap<>();
        for (Claim c : claims) {
            List<Object> billingKey = List.of(
                    Objects.toString(c.billingProvider()),
                    Objects.toString(c.payToAddress()),
                    Objects.toString(c.payToPlan()));
            billingOrder.putIfAbsent(billingKey, billingOrder.size());
            List<Object> key = List.of(billingKey, Objects.toString(c.subscriber()), Objects.toString(c.payer()));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<Map.Entry<List<Object>, List<Claim>>> entries = new ArrayList<>(groups.entrySet());
        entries.sort(
                (a, b) -> Integer.compare(billingOrder.get((List<?>) a.getKey().get(0)), billingOrder.get((List<?>)
                        b.getKey().get(0))));
        List<Claim> out = new ArrayList<>(claims.size());
        for (Map.Entry<List<Object>, List<Claim>> e : entries) {
            Map<String, List<Claim>> byPatient = new LinkedHashMap<>();
            byPatient.put("null", new ArrayList<>());
            for (Claim c : e.getValue()) {
                byPatient
                        .computeIfAbsent(Objects.toString(c.patient()), k -> new ArrayList<>())
                        .add(c);
            }
            byPatient.values().forEach(out::addAll);
        }
        return out;
    }

    /** ISA, GS, ST, BHT, 1000A and 1000B. */
    public void begin(ClaimSubmission s) {
        w.beginInterchange(X12Writer.InterchangeHeader.of(
                interchange.senderQualifier(),
                interchange.senderId(),
                interchange.receiverQualifier(),
                interchange.receiverId(),
                created,
                numbers.next(),
                interchange.production()));
        w.beginGroup(new X12Writer.GroupHeader(
                "HC",
                interchange.applicationSender(),
                interchange.applicationReceiver(),
                created,
                numbers.next(),
                kind.version()));
        String st = Long.toString(numbers.next());
        while (st.length() < 4) {
            st = "0" + st;
        }
        w.beginTransaction("837", st, kind.version());
        w.segment("BHT", "0019", s.purpose(), s.reference(), date(s.created()), s.time(), s.claimOrEncounter());
        w.segment("NM1", "41", "2", s.submitterName(), "", "", "", "", "46", s.submitterId());
        w.segment("PER", "IC", s.contactName(), "TE", s.contactPhone());
        w.segment("NM1", "40", "2", s.receiverName(), "", "", "", "", "46", s.receiverId());
        begun = true;
    }

    /** Writes one claim, opening new hierarchical levels where its provider, subscriber or patient change. */
    public void write(Claim c) {
        if (!begun) {
            throw new IllegalStateException("begin(...) must come first");
        }
        if (c.kind() != kind) {
            throw new IllegalArgumentException(
                    "Claim " + c.claimId() + " is " + c.kind() + " but this interchange is " + kind + ".");
        }
        boolean newBilling = billing == null
                || !billing.equals(c.billingProvider())
                || !Objects.equals(payTo, c.payToAddress())
                || !Objects.equals(payToPlan, c.payToPlan());
        if (newBilling) {
            billingLevel(c);
        }
        boolean newSubscriber = newBilling
                || !subscriber.equals(c.subscriber())
                || !Objects.equals(payer, c.payer())
                || (patient != null && c.patient() == null);
        if (newSubscriber) {
            subscriberLevel(c);
        }
        if (c.patient() != null && !c.patient().equals(patient)) {
            patientLevel(c.patient());
        }
        claim(c);
    }

    /** SE, GE and IEA; flushes. */
    public void finish() {
        w.endTransaction();
        w.endGroup();
        w.endInterchange();
        w.flush();
    }

    @Override
    public void close() {
        w.close();
    }

    // ---- levels

    private void billingLevel(Claim c) {
        BillingProvider b = c.billingProvider();
        billing = b;
        payTo = c.payToAddress();
        payToPlan = c.payToPlan();
        billingHl = ++hl;
        w.segment("HL", Integer.toString(billingHl), "", "20", "1");
        if (!b.taxonomy().isEmpty()) {
            w.segment("PRV", "BI", "PXC", b.taxonomy());
        }
        boolean person = "1".equals(b.entityType());
        w.segment(
                "NM1",
                "85",
                b.entityType(),
                b.name(),
                person ? b.firstName() : "",
                person ? b.middleName() : "",
                "",
                person ? b.suffix() : "",
                "XX",
                b.npi());
        address(b.address());
        w.segment("REF", b.taxIdQualifier(), b.taxId());
        if (!b.contactPhone().isEmpty()) {
            w.segment("PER", "IC", b.contactName(), "TE", b.contactPhone());
        }
        if (payTo != null) {
            w.segment("NM1", "87", "2");
            address(payTo);
        }
        if (payToPlan != null) {
            w.segment("NM1", "PE", "2", payToPlan.name(), "", "", "", "", payToPlan.idQualifier(), payToPlan.id());
            address(payToPlan.address());
        }
    }

    private void subscriberLevel(Claim c) {
        Claim.Subscriber s = c.subscriber();
        subscriber = s;
        payer = c.payer();
        patient = null;
        subscriberHl = ++hl;
        boolean hasPatients = c.patient() != null;
        w.segment("HL", Integer.toString(subscriberHl), Integer.toString(billingHl), "22", hasPatients ? "1" : "0");
        w.segment(
                "SBR",
                s.responsibility(),
                s.relationship(),
                s.groupNumber(),
                s.groupName(),
                s.insuranceType(),
                "",
                "",
                "",
                s.claimFilingIndicator());
        person("IL", s.person());
        Party p = c.payer();
        w.segment("NM1", "PR", "2", p.name(), "", "", "", "", p.idQualifier(), p.id());
        address(p.address());
    }

    private void patientLevel(Claim.Patient p) {
        patient = p;
        int id = ++hl;
        w.segment("HL", Integer.toString(id), Integer.toString(subscriberHl), "23", "0");
        w.segment("PAT", p.relationship());
        person("QC", p.person());
    }

    private void person(String role, Person p) {
        boolean individual = "1".equals(p.entityType());
        w.segment(
                "NM1",
                role,
                p.entityType(),
                p.lastName(),
                individual ? p.firstName() : "",
                individual ? p.middleName() : "",
                "",
                individual ? p.suffix() : "",
                p.idQualifier(),
                p.id());
        address(p.address());
        if (p.birthDate() != null) {
            w.segment("DMG", "D8", date(p.birthDate()), p.sex());
        }
    }

    private void address(Address a) {
        if (a == null) {
            return;
        }
        w.segment("N3", a.line1(), a.line2());
        w.segment("N4", a.city(), a.state(), a.postalCode(), a.country());
    }

    // ---- claim

    private void claim(Claim c) {
        List<String> causes = c.relatedCauses();
        String clm11 = causes.isEmpty() && c.autoAccidentState().isEmpty()
                ? ""
                : w.composite(
                        causes.size() > 0 ? causes.get(0) : "",
                        causes.size() > 1 ? causes.get(1) : "",
                        causes.size() > 2 ? causes.get(2) : "",
                        c.autoAccidentState());
        w.segment(
                "CLM",
                c.claimId(),
                X12Writer.decimal(c.totalCharge()),
                "",
                "",
                w.composite(c.placeOfService(), institutional ? "A" : "B", c.frequency()),
                c.providerSignature(),
                c.assignment(),
                c.benefitsAssignment(),
                c.releaseOfInformation(),
                "",
                clm11,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                c.delayReason());
        Claim.Institutional inst = c.institutional();
        if (institutional && inst != null) {
            if (!inst.dischargeHour().isEmpty()) {
                w.segment("DTP", "096", "TM", inst.dischargeHour());
            }
            w.segment("DTP", "434", "RD8", range(inst.statementFrom(), inst.statementTo()));
            if (inst.admissionDate() != null) {
                if (inst.admissionHour().isEmpty()) {
                    w.segment("DTP", "435", "D8", date(inst.admissionDate()));
                } else {
                    w.segment("DTP", "435", "DT", date(inst.admissionDate()) + inst.admissionHour());
                }
            }
        }
        for (ClaimDate d : c.dates()) {
            dtp(d.qualifier(), d.from(), d.to());
        }
        if (institutional && inst != null) {
            if (!inst.admissionType().isEmpty()
                    || !inst.admissionSource().isEmpty()
                    || !inst.patientStatus().isEmpty()) {
                w.segment("CL1", inst.admissionType(), inst.admissionSource(), inst.patientStatus());
            }
        }
        if (c.patientPaid() != null && !institutional) {
            w.segment("AMT", "F5", X12Writer.decimal(c.patientPaid()));
        }
        ref("9F", c.referralNumber());
        ref("G1", c.priorAuthorization());
        ref("F8", c.originalClaimNumber());
        ref("EA", c.medicalRecordNumber());
        for (Note n : c.notes()) {
            w.segment("NTE", n.reference(), n.text());
        }
        healthCareCodes(c.codes());
        for (ClaimProvider p : c.providers()) {
            provider(p);
        }
        for (OtherPayer o : c.otherPayers()) {
            otherPayer(o);
        }
        for (ServiceLine l : c.lines()) {
            line(l);
        }
    }

    private void healthCareCodes(List<HealthCareCode> codes) {
        String[] elements = new String[12];
        int n = 0;
        String family = null;
        for (HealthCareCode h : codes) {
            String f = family(h.qualifier());
            if (n > 0 && (n == 12 || !f.equals(family) || f.equals("principal"))) {
                w.segment("HI", java.util.Arrays.copyOf(elements, n));
                n = 0;
            }
            family = f;
            elements[n++] = h.dateFormat().isEmpty() && h.amount() == null
                    ? w.composite(h.qualifier(), h.code())
                    : w.composite(h.qualifier(), h.code(), h.dateFormat(), h.date(), X12Writer.decimal(h.amount()));
        }
        if (n > 0) {
            w.segment("HI", java.util.Arrays.copyOf(elements, n));
        }
    }

    private String family(String qualifier) {
        return switch (qualifier) {
            case "ABK", "BK" -> institutional ? "principal" : "diagnosis";
            case "ABF", "BF" -> institutional ? "other" : "diagnosis";
            case "ABJ", "BJ" -> "principal";
            case "APR", "PR" -> "reason";
            case "ABN", "BN" -> "external";
            case "BBR", "BR", "CAH" -> "principal";
            case "BBQ", "BQ" -> "procedure";
            case "BP", "BO" -> "anesthesia";
            default -> qualifier;
        };
    }

    private void provider(ClaimProvider p) {
        boolean person = "1".equals(p.entityType());
        w.segment(
                "NM1",
                p.role(),
                p.entityType(),
                p.name(),
                person ? p.firstName() : "",
                person ? p.middleName() : "",
                "",
                person ? p.suffix() : "",
                p.npi().isEmpty() ? "" : "XX",
                p.npi());
        if (!p.taxonomy().isEmpty()) {
            w.segment("PRV", institutional ? "AT" : "PE", "PXC", p.taxonomy());
        }
        address(p.address());
        for (Reference r : p.secondaryIds()) {
            w.segment("REF", r.qualifier(), r.value());
        }
    }

    private void otherPayer(OtherPayer o) {
        w.segment(
                "SBR",
                o.responsibility(),
                o.relationship(),
                o.groupNumber(),
                o.groupName(),
                o.insuranceType(),
                "",
                "",
                "",
                o.claimFilingIndicator());
        cas(o.adjustments());
        amt("D", o.paidAmount());
        amt("A8", o.nonCoveredAmount());
        amt("EAF", o.remainingPatientLiability());
        w.segment("OI", "", "", o.benefitsAssignment(), "", "", o.releaseOfInformation());
        person("IL", o.subscriber());
        Party p = o.payer();
        w.segment("NM1", "PR", "2", p.name(), "", "", "", "", p.idQualifier(), p.id());
        address(p.address());
        if (o.adjudicationDate() != null) {
            w.segment("DTP", "573", "D8", date(o.adjudicationDate()));
        }
        ref("F8", o.claimControlNumber());
    }

    private void line(ServiceLine l) {
        w.segment("LX", Integer.toString(l.number()));
        String procedure = l.procedureCode().isEmpty()
                ? ""
                : w.composite(
                        l.procedureQualifier(),
                        l.procedureCode(),
                        modifier(l.modifiers(), 0),
                        modifier(l.modifiers(), 1),
                        modifier(l.modifiers(), 2),
                        modifier(l.modifiers(), 3),
                        l.description());
        if (institutional) {
            w.segment(
                    "SV2",
                    l.revenueCode(),
                    procedure,
                    X12Writer.decimal(l.charge()),
                    l.unitBasis(),
                    X12Writer.decimal(l.units()),
                    "",
                    X12Writer.decimal(l.nonCoveredCharge()));
        } else {
            List<Integer> p = l.diagnosisPointers();
            w.segment(
                    "SV1",
                    procedure,
                    X12Writer.decimal(l.charge()),
                    l.unitBasis(),
                    X12Writer.decimal(l.units()),
                    l.placeOfService(),
                    "",
                    w.composite(pointer(p, 0), pointer(p, 1), pointer(p, 2), pointer(p, 3)));
        }
        if (l.from() != null) {
            dtp("472", l.from(), l.to());
        }
        ref("6R", l.lineControlNumber());
        if (l.drug() != null) {
            w.segment("LIN", "", l.drug().qualifier(), l.drug().code());
            w.segment(
                    "CTP",
                    "",
                    "",
                    "",
                    X12Writer.decimal(l.drug().quantity()),
                    l.drug().unit());
        }
        for (ClaimProvider p : l.providers()) {
            provider(p);
        }
        for (LineAdjudication a : l.adjudications()) {
            String proc = a.procedureCode().isEmpty()
                    ? ""
                    : w.composite(
                            a.procedureQualifier(),
                            a.procedureCode(),
                            modifier(a.modifiers(), 0),
                            modifier(a.modifiers(), 1),
                            modifier(a.modifiers(), 2),
                            modifier(a.modifiers(), 3));
            w.segment(
                    "SVD",
                    a.payerId(),
                    X12Writer.decimal(a.paidAmount()),
                    proc,
                    a.revenueCode(),
                    X12Writer.decimal(a.units()));
            cas(a.adjustments());
            w.segment("DTP", "573", "D8", date(a.adjudicationDate()));
            amt("EAF", a.remainingPatientLiability());
        }
    }

    // ---- small pieces

    private void cas(List<Adjustment> adjustments) {
        int i = 0;
        while (i < adjustments.size()) {
            String group = adjustments.get(i).group();
            String[] e = new String[19];
            e[0] = group;
            int k = 1;
            while (i < adjustments.size() && adjustments.get(i).group().equals(group) && k < 19) {
                Adjustment a = adjustments.get(i++);
                e[k] = a.reason();
                e[k + 1] = X12Writer.decimal(a.amount());
                e[k + 2] = X12Writer.decimal(a.quantity());
                k += 3;
            }
            w.segment("CAS", e);
        }
    }

    private void amt(String qualifier, BigDecimal amount) {
        if (amount != null) {
            w.segment("AMT", qualifier, X12Writer.decimal(amount));
        }
    }

    private void ref(String qualifier, String value) {
        if (value != null && !value.isEmpty()) {
            w.segment("REF", qualifier, value);
        }
    }

    private void dtp(String qualifier, LocalDate from, LocalDate to) {
        if (to == null) {
            w.segment("DTP", qualifier, "D8", date(from));
        } else {
            w.segment("DTP", qualifier, "RD8", range(from, to));
        }
    }

    private static String modifier(List<String> modifiers, int i) {
        return i < modifiers.size() ? modifiers.get(i) : "";
    }

    private static String pointer(List<Integer> pointers, int i) {
        return i < pointers.size() ? Integer.toString(pointers.get(i)) : "";
    }

    private static String range(LocalDate from, LocalDate to) {
        return date(from) + "-" + date(to == null ? from : to);
    }

    /** CCYYMMDD without a formatter (the hot path writes several dates per claim). */
    static String date(LocalDate d) {
        if (d == null) {
            return "";
        }
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        char[] c = new char[8];
        c[0] = (char) ('0' + y / 1000 % 10);
        c[1] = (char) ('0' + y / 100 % 10);
        c[2] = (char) ('0' + y / 10 % 10);
        c[3] = (char) ('0' + y % 10);
        c[4] = (char) ('0' + m / 10);
        c[5] = (char) ('0' + m % 10);
        c[6] = (char) ('0' + day / 10);
        c[7] = (char) ('0' + day % 10);
        return new String(c);
    }
}
