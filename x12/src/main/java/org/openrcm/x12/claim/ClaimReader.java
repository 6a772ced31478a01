package org.openrcm.x12.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.openrcm.x12.Segment;
import org.openrcm.x12.TransactionHandler;
import org.openrcm.x12.X12Exception;
import org.openrcm.x12.claim.Claim.Address;
import org.openrcm.x12.claim.Claim.Adjustment;
import org.openrcm.x12.claim.Claim.BillingProvider;
import org.openrcm.x12.claim.Claim.ClaimDate;
import org.openrcm.x12.claim.Claim.ClaimProvider;
import org.openrcm.x12.claim.Claim.Drug;
import org.openrcm.x12.claim.Claim.HealthCareCode;
import org.openrcm.x12.claim.Claim.LineAdjudication;
import org.openrcm.x12.claim.Claim.Note;
import org.openrcm.x12.claim.Claim.OtherPayer;
import org.openrcm.x12.claim.Claim.Party;
import org.openrcm.x12.claim.Claim.Patient;
import org.openrcm.x12.claim.Claim.Person;
import org.openrcm.x12.claim.Claim.Reference;
import org.openrcm.x12.claim.Claim.ServiceLine;
import org.openrcm.x12.claim.Claim.Subscriber;

/**
 * Turns the segments of one 837 transaction set, placed in their loops by the guide, into a {@link ClaimSubmission}
 * followed by one {@link Claim} at a time: each claim is handed out as soon as the next claim, hierarchical level or
 * the trailer shows it is complete, so memory holds one claim whatever the size of the file.
 */
public final class ClaimReader implements TransactionHandler {

    private final ClaimKind kind;
    private final Consumer<Object> records;

    // header
    private String bhtPurpose = "";
    private String bhtReference = "";
    private LocalDate bhtDate;
    private String bhtTime = "";
    private String bhtType = "";
    private String submitterName = "";
    private String submitterId = "";
    private String contactName = "";
    private String contactPhone = "";
    private String receiverName = "";
    private String receiverId = "";
    private boolean headerSent;

    // billing provider context
    private BillingProviderBuilder billing;
    private BillingProvider billingProvider;
    private Address payTo;
    private PartyBuilder payToPlan;

    // subscriber context
    private Subscriber subscriber;
    private PersonBuilder subscriberPerson;
    private String[] sbr;
    private PartyBuilder payer;
    private Patient patient;
    private PersonBuilder patientPerson;
    private String patientRelationship;

    // claim
    private ClaimBuilder claim;
    private ProviderBuilder provider;
    private OtherPayerBuilder other;
    private LineBuilder line;
    private ProviderBuilder lineProvider;
    private AdjudicationBuilder adjudication;

    public ClaimReader(ClaimKind kind, Consumer<Object> records) {
        this.kind = kind;
        this.records = records;
    }

    @Override
    public void segment(Segment s, String loop) {
        String id = s.id();
        switch (loop) {
            case "" -> header(s, id);
            case "1000A" -> {
                if (id.equals("NM1")) {
                    submitterName = s.element(3);
                    submitterId = s.element(9);
                } else if (id.equals("PER") && contactName.isEmpty() && contactPhone.isEmpty()) {
                    contactName = s.element(2);
                    contactPhone = phone(s);
                }
            }
            case "1000B" -> {
                receiverName = s.element(3);
                receiverId = s.element(9);
            }
            case "2000A" -> {
                if (id.equals("HL")) {
                    finishClaim();
                    sendHeader();
                    billing = new BillingProviderBuilder();
                    billingProvider = null;
                    payTo = null;
                    payToPlan = null;
                    subscriber = null;
                } else if (id.equals("PRV")) {
                    billing.taxonomy = s.element(3);
                }
            }
            case "2010AA" -> billing(s, id);
            case "2010AB" -> {
                if (id.equals("N3") || id.equals("N4")) {
                    payTo = address(payTo, s);
                }
            }
            case "2010AC" -> {
                if (payToPlan == null) {
                    payToPlan = new PartyBuilder();
                }
                payToPlan.segment(s);
            }
            case "2000B" -> {
                if (id.equals("HL")) {
                    finishClaim();
                    subscriber = null;
                    subscriberPerson = new PersonBuilder();
                    payer = new PartyBuilder();
                    patient = null;
                    patientPerson = null;
                } else if (id.equals("SBR")) {
                    sbr = new String[] {
                        s.element(1), s.element(2), s.element(3), s.element(4), s.element(5), s.element(9)
                    };
                }
            }
            case "2010BA" -> subscriberPerson.segment(s);
            case "2010BB" -> payer.segment(s);
            case "2000C" -> {
                if (id.equals("HL")) {
                    finishClaim();
                    patient = null;
                    patientPerson = new PersonBuilder();
                } else if (id.equals("PAT")) {
                    patientRelationship = s.element(1);
                }
            }
            case "2010CA" -> patientPerson.segment(s);
            case "2300" -> claim(s, id);
            case "2310A", "2310B", "2310C", "2310D", "2310E", "2310F" -> {
                if (id.equals("NM1")) {
                    provider = new ProviderBuilder(s);
                    claim.providers.add(provider);
                } else {
                    provider.segment(s);
                }
            }
            case "2320" -> otherSubscriber(s, id);
            case "2330A" -> {
                if (id.equals("NM1")) {
                    other.subscriber = new PersonBuilder();
                }
                other.subscriber.segment(s);
            }
            case "2330B" -> {
                if (id.equals("DTP")) {
                    other.date = date(s, 3);
                } else if (id.equals("REF") && s.is(1, "F8")) {
                    other.controlNumber = s.element(2);
                } else if (!id.equals("REF")) {
                    if (other.payer == null) {
                        other.payer = new PartyBuilder();
                    }
                    other.payer.segment(s);
                }
            }
            case "2400" -> serviceLine(s, id);
            case "2410" -> {
                if (id.equals("LIN")) {
                    line.drugQualifier = s.element(2);
                    line.drugCode = s.element(3);
                } else if (id.equals("CTP")) {
                    line.drugQuantity = decimal(s, 4);
                    line.drugUnit = s.component(5, 1);
                }
            }
            case "2420A", "2420B", "2420C", "2420D", "2420E", "2420F", "2420G", "2420H" -> {
                if (id.equals("NM1")) {
                    lineProvider = new ProviderBuilder(s);
                    line.providers.add(lineProvider);
                } else {
                    lineProvider.segment(s);
                }
            }
            case "2430" -> lineAdjudication(s, id);
            default -> {}
        }
        if (id.equals("SE")) {
            finishClaim();
            sendHeader();
        }
    }

    @Override
    public void end(Segment se) {
        finishClaim();
        sendHeader();
    }

    private void header(Segment s, String id) {
        if (id.equals("BHT")) {
            bhtPurpose = s.element(2);
            bhtReference = s.element(3);
            bhtDate = date(s, 4);
            bhtTime = s.element(5);
            bhtType = s.element(6);
        }
    }

    private void sendHeader() {
        if (!headerSent) {
            headerSent = true;
            records.accept(new ClaimSubmission(
                    bhtPurpose,
                    bhtReference,
                    bhtDate,
                    bhtTime,
                    bhtType,
                    submitterName,
                    submitterId,
                    contactName,
                    contactPhone,
                    receiverName,
                    receiverId));
        }
    }

    private void billing(Segment s, String id) {
        BillingProviderBuilder b = billing;
        switch (id) {
            case "NM1" -> {
                b.entityType = s.element(2);
                b.name = s.element(3);
                b.firstName = s.element(4);
                b.middleName = s.element(5);
                b.suffix = s.element(7);
                b.npi = s.element(9);
            }
            case "N3", "N4" -> b.address = address(b.address, s);
            case "REF" -> {
                if (s.is(1, "EI") || s.is(1, "SY")) {
                    b.taxIdQualifier = s.element(1);
                    b.taxId = s.element(2);
                }
            }
            case "PER" -> {
                if (b.contactName.isEmpty() && b.contactPhone.isEmpty()) {
                    b.contactName = s.element(2);
                    b.contactPhone = phone(s);
                }
            }
            default -> {}
        }
    }

    private void claim(Segment s, String id) {
        switch (id) {
            case "CLM" -> {
                finishClaim();
                claim = new ClaimBuilder();
                ClaimBuilder c = claim;
                c.claimId = s.element(1);
                c.totalCharge = decimal(s, 2);
                c.placeOfService = s.component(5, 1);
                c.frequency = s.component(5, 3);
                c.providerSignature = s.element(6);
                c.assignment = s.element(7);
                c.benefitsAssignment = s.element(8);
                c.releaseOfInformation = s.element(9);
                for (int k = 1; k <= 3; k++) {
                    String cause = s.component(11, k);
                    if (!cause.isEmpty()) {
                        c.relatedCauses.add(cause);
                    }
                }
                c.autoAccidentState = s.component(11, 4);
                c.delayReason = s.element(20);
            }
            case "DTP" -> {
                String q = s.element(1);
                if (kind == ClaimKind.INSTITUTIONAL && (q.equals("434") || q.equals("435") || q.equals("096"))) {
                    String v = s.element(3);
                    switch (q) {
                        case "434" -> {
                            claim.statementFrom = rangeStart(s);
                            claim.statementTo = rangeEnd(s);
                        }
                        case "435" -> {
                            claim.admissionDate = parseDate(s, v.length() >= 8 ? v.substring(0, 8) : v);
                            claim.admissionHour = s.is(2, "DT") && v.length() > 8 ? v.substring(8) : "";
                        }
                        default -> claim.dischargeHour = v;
                    }
                } else {
                    claim.dates.add(new ClaimDate(q, rangeStart(s), rangeEnd(s)));
                }
            }
            case "CL1" -> {
                claim.admissionType = s.element(1);
                claim.admissionSource = s.element(2);
                claim.patientStatus = s.element(3);
            }
            case "AMT" -> {
                if (s.is(1, "F5")) {
                    claim.patientPaid = decimal(s, 2);
                }
            }
            case "REF" -> {
                String v = s.element(2);
                switch (s.element(1)) {
                    case "F8" -> claim.originalClaimNumber = v;
                    case "G1" -> claim.priorAuthorization = v;
                    case "9F" -> claim.referralNumber = v;
                    case "EA" -> claim.medicalRecordNumber = v;
                    default -> {}
                }
            }
            case "NTE" -> claim.notes.add(new Note(s.element(1), s.element(2)));
            case "HI" -> {
                for (int i = 1; i <= s.count(); i++) {
                    if (s.has(i)) {
                        claim.codes.add(new HealthCareCode(
                                s.component(i, 1),
                                s.component(i, 2),
                                s.component(i, 3),
                                s.component(i, 4),
                                componentDecimal(s, i, 5)));
                    }
                }
            }
            default -> {}
        }
    }

    private void otherSubscriber(Segment s, String id) {
        switch (id) {
            case "SBR" -> {
                other = new OtherPayerBuilder();
                other.sbr =
                        new String[] {s.element(1), s.element(2), s.element(3), s.element(4), s.element(5), s.element(9)
                        };
                claim.otherPayers.add(other);
            }
            case "CAS" -> adjustments(s, other.adjustments);
            case "AMT" -> {
                switch (s.element(1)) {
                    case "D" -> other.paid = decimal(s, 2);
                    case "A8" -> other.nonCovered = decimal(s, 2);
                    case "EAF" -> other.remaining = decimal(s, 2);
                    default -> {}
                }
            }
            case "OI" -> {
                other.benefitsAssignment = s.element(3);
                other.releaseOfInformation = s.element(6);
            }
            default -> {}
        }
    }

    private void serviceLine(Segment s, String id) {
        switch (id) {
            case "LX" -> {
                line = new LineBuilder();
                claim.lines.add(line);
                try {
                    line.number = Integer.parseInt(s.element(1));
                } catch (NumberFormatException e) {
                    throw bad(s, 1, "a line number", e);
                }
            }
            case "SV1" -> {
                procedure(line, s, 1);
                line.charge = decimal(s, 2);
                line.unitBasis = s.element(3);
                line.units = decimal(s, 4);
                line.placeOfService = s.element(5);
                for (int c = 1; c <= 4; c++) {
                    String p = s.component(7, c);
                    if (!p.isEmpty()) {
                        try {
                            line.pointers.add(Integer.parseInt(p));
                        } catch (NumberFormatException e) {
                            throw bad(s, 7, "a diagnosis pointer", e);
                        }
                    }
                }
            }
            case "SV2" -> {
                line.revenueCode = s.element(1);
                procedure(line, s, 2);
                line.charge = decimal(s, 3);
                line.unitBasis = s.element(4);
                line.units = decimal(s, 5);
                line.nonCovered = decimal(s, 7);
            }
            case "DTP" -> {
                if (s.is(1, "472")) {
                    line.from = rangeStart(s);
                    line.to = rangeEnd(s);
                }
            }
            case "REF" -> {
                if (s.is(1, "6R")) {
                    line.control = s.element(2);
                }
            }
            default -> {}
        }
    }

    private void lineAdjudication(Segment s, String id) {
        switch (id) {
            case "SVD" -> {
                adjudication = new AdjudicationBuilder();
                line.adjudications.add(adjudication);
                adjudication.payerId = s.element(1);
                adjudication.paid = decimal(s, 2);
                adjudication.qualifier = s.component(3, 1);
                adjudication.code = s.component(3, 2);
                for (int c = 3; c <= 6; c++) {
                    String m = s.component(3, c);
                    if (!m.isEmpty()) {
                        adjudication.modifiers.add(m);
                    }
                }
                adjudication.revenueCode = s.element(4);
                adjudication.units = decimal(s, 5);
            }
            case "CAS" -> adjustments(s, adjudication.adjustments);
            case "DTP" -> adjudication.date = date(s, 3);
            case "AMT" -> adjudication.remaining = decimal(s, 2);
            default -> {}
        }
    }

    private static void procedure(LineBuilder l, Segment s, int i) {
        l.qualifier = s.component(i, 1);
        l.code = s.component(i, 2);
        for (int c = 3; c <= 6; c++) {
            String m = s.component(i, c);
            if (!m.isEmpty()) {
                l.modifiers.add(m);
            }
        }
        l.description = s.component(i, 7);
    }

    private static void adjustments(Segment s, List<Adjustment> out) {
        String group = s.element(1);
        for (int i = 2; i + 1 <= 19; i += 3) {
            if (s.has(i)) {
                out.add(new Adjustment(group, s.element(i), decimal(s, i + 1), decimal(s, i + 2)));
            }
        }
    }

    private void finishClaim() {
        if (claim == null) {
            return;
        }
        ClaimBuilder c = claim;
        claim = null;
        provider = null;
        other = null;
        line = null;
        lineProvider = null;
        adjudication = null;
        if (billingProvider == null && billing != null) {
            billingProvider = billing.build();
        }
        if (subscriber == null && subscriberPerson != null) {
            String[] b = sbr == null ? new String[6] : sbr;
            subscriber = new Subscriber(
                    nz(b[0]), nz(b[1]), nz(b[2]), nz(b[3]), nz(b[4]), nz(b[5]), subscriberPerson.build());
        }
        if (patient == null && patientPerson != null) {
            patient = new Patient(nz(patientRelationship), patientPerson.build());
        }
        List<ServiceLine> lines = new ArrayList<>(c.lines.size());
        for (LineBuilder l : c.lines) {
            lines.add(l.build());
        }
        List<OtherPayer> others = new ArrayList<>(c.otherPayers.size());
        for (OtherPayerBuilder o : c.otherPayers) {
            others.add(o.build());
        }
        List<ClaimProvider> providers = new ArrayList<>(c.providers.size());
        for (ProviderBuilder p : c.providers) {
            providers.add(p.build());
        }
        Claim.Institutional inst = kind == ClaimKind.INSTITUTIONAL
                ? new Claim.Institutional(
                        c.statementFrom,
                        c.statementTo,
                        c.admissionDate,
                        c.admissionHour,
                        c.dischargeHour,
                        c.admissionType,
                        c.admissionSource,
                        c.patientStatus)
                : null;
        records.accept(new Claim(
                kind,
                billingProvider,
                payTo,
                payToPlan == null ? null : payToPlan.build(),
                subscriber,
                patient,
                payer == null ? null : payer.build(),
                c.claimId,
                c.totalCharge,
                c.placeOfService,
                c.frequency,
                c.providerSignature,
                c.assignment,
                c.benefitsAssignment,
                c.releaseOfInformation,
                c.relatedCauses,
                c.autoAccidentState,
                c.delayReason,
                c.patientPaid,
                c.originalClaimNumber,
                c.priorAuthorization,
                c.referralNumber,
                c.medicalRecordNumber,
                c.dates,
                c.codes,
                c.notes,
                providers,
                others,
                lines,
                inst));
    }

    // ---- helpers

    static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String phone(Segment s) {
        for (int i = 3; i <= 7; i += 2) {
            if (s.is(i, "TE")) {
                return s.element(i + 1);
            }
        }
        return "";
    }

    static Address address(Address a, Segment s) {
        Address base = a == null ? new Address("", "", "", "", "", "") : a;
        if (s.id().equals("N3")) {
            return new Address(
                    s.element(1), s.element(2), base.city(), base.state(), base.postalCode(), base.country());
        }
        return new Address(base.line1(), base.line2(), s.element(1), s.element(2), s.element(3), s.element(4));
    }

    static BigDecimal decimal(Segment s, int i) {
        try {
            return s.decimal(i);
        } catch (NumberFormatException e) {
            throw bad(s, i, "a number", e);
        }
    }

    private static BigDecimal componentDecimal(Segment s, int i, int c) {
        String v = s.component(i, c);
        if (v.isEmpty()) {
            return null;
        }
        // BigDecimal also takes exponents (1E999999999), which X12 decimals never hold: only a minus, digits, a point.
        if (!v.matches("-?([0-9]+\\.?[0-9]*|\\.[0-9]+)")) {
            throw bad(s, i, "a number", null);
        }
        return new BigDecimal(v);
    }

    static LocalDate date(Segment s, int i) {
        return s.has(i) ? parseDate(s, s.element(i)) : null;
    }

    private static LocalDate rangeStart(Segment s) {
        if (s.length(3) == 8) {
            // a single date (D8), the usual case: read without making Strings
            try {
                return s.date(3);
            } catch (java.time.DateTimeException e) {
                return parseDate(s, s.element(3));
            }
        }
        String v = s.element(3);
        int dash = v.indexOf('-');
        return parseDate(s, dash < 0 ? v : v.substring(0, dash));
    }

    private static LocalDate rangeEnd(Segment s) {
        if (s.length(3) == 8) {
            return null;
        }
        String v = s.element(3);
        int dash = v.indexOf('-');
        return dash < 0 ? null : parseDate(s, v.substring(dash + 1));
    }

    private static LocalDate parseDate(Segment s, String v) {
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() != 8) {
            throw new X12Exception(
                    "X12-READ-BAD-DATE",
                    s.id() + " at segment " + s.number() + ": '" + v + "' is not a date (CCYYMMDD).",
                    s.number(),
                    s.line());
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(v.substring(0, 4)),
                    Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6, 8)));
        } catch (RuntimeException e) {
            throw new X12Exception(
                    "X12-READ-BAD-DATE",
                    s.id() + " at segment " + s.number() + ": '" + v + "' is not a date (CCYYMMDD).",
                    s.number(),
                    s.line(),
                    e);
        }
    }

    private static X12Exception bad(Segment s, int i, String what, Exception cause) {
        String ref = s.id() + (i < 10 ? "0" : "") + i;
        return new X12Exception(
                "X12-READ-BAD-VALUE",
                ref + " at segment " + s.number() + " is '" + s.element(i) + "', not " + what + ".",
                s.number(),
                s.line(),
                cause);
    }

    // ---- builders (mutable, private to one transaction set)

    private static final class BillingProviderBuilder {
        String entityType = "", name = "", firstName = "", middleName = "", suffix = "", npi = "", taxonomy = "";
        String taxIdQualifier = "", taxId = "", contactName = "", contactPhone = "";
        Address address;

        BillingProvider build() {
            return new BillingProvider(
                    entityType,
                    name,
                    firstName,
                    middleName,
                    suffix,
                    npi,
                    taxonomy,
                    taxIdQualifier,
                    taxId,
                    address,
                    contactName,
                    contactPhone);
        }
    }

    private static final class PartyBuilder {
        String name = "", idQualifier = "", id = "";
        Address address;

        void segment(Segment s) {
            switch (s.id()) {
                case "NM1" -> {
                    name = s.element(3);
                    idQualifier = s.element(8);
                    id = s.element(9);
                }
                case "N3", "N4" -> address = address(address, s);
                default -> {}
            }
        }

        Party build() {
            return new Party(name, idQualifier, id, address);
        }
    }

    private static final class PersonBuilder {
        String entityType = "", last = "", first = "", middle = "", suffix = "", idQualifier = "", id = "", sex = "";
        Address address;
        LocalDate birth;

        void segment(Segment s) {
            switch (s.id()) {
                case "NM1" -> {
                    entityType = s.element(2);
                    last = s.element(3);
                    first = s.element(4);
                    middle = s.element(5);
                    suffix = s.element(7);
                    idQualifier = s.element(8);
                    id = s.element(9);
                }
                case "N3", "N4" -> address = address(address, s);
                case "DMG" -> {
                    birth = date(s, 2);
                    sex = s.element(3);
                }
                default -> {}
            }
        }

        Person build() {
            return new Person(entityType, last, first, middle, suffix, idQualifier, id, address, birth, sex);
        }
    }

    private static final class ProviderBuilder {
        final String role, entityType, name, first, middle, suffix, npi;
        String taxonomy = "";
        Address address;
        final List<Reference> refs = new ArrayList<>(2);

        ProviderBuilder(Segment s) {
            role = s.element(1);
            entityType = s.element(2);
            name = s.element(3);
            first = s.element(4);
            middle = s.element(5);
            suffix = s.element(7);
            npi = s.is(8, "XX") ? s.element(9) : "";
        }

        void segment(Segment s) {
            switch (s.id()) {
                case "PRV" -> taxonomy = s.element(3);
                case "REF" -> refs.add(new Reference(s.element(1), s.element(2)));
                case "N3", "N4" -> address = address(address, s);
                default -> {}
            }
        }

        ClaimProvider build() {
            return new ClaimProvider(role, entityType, name, first, middle, suffix, npi, taxonomy, address, refs);
        }
    }

    private static final class OtherPayerBuilder {
        String[] sbr;
        final List<Adjustment> adjustments = new ArrayList<>(2);
        BigDecimal paid, nonCovered, remaining;
        String benefitsAssignment = "", releaseOfInformation = "", controlNumber = "";
        PersonBuilder subscriber;
        PartyBuilder payer;
        LocalDate date;

        OtherPayer build() {
            return new OtherPayer(
                    sbr[0],
                    sbr[1],
                    sbr[2],
                    sbr[3],
                    sbr[4],
                    sbr[5],
                    adjustments,
                    paid,
                    nonCovered,
                    remaining,
                    benefitsAssignment,
                    releaseOfInformation,
                    subscriber == null ? null : subscriber.build(),
                    payer == null ? null : payer.build(),
                    date,
                    controlNumber);
        }
    }

    private static final class LineBuilder {
        int number;
        String revenueCode = "", qualifier = "", code = "", description = "", unitBasis = "", placeOfService = "";
        String control = "", drugQualifier = "", drugCode = "", drugUnit = "";
        final List<String> modifiers = new ArrayList<>(4);
        final List<Integer> pointers = new ArrayList<>(4);
        BigDecimal charge, units, nonCovered, drugQuantity;
        LocalDate from, to;
        final List<ProviderBuilder> providers = new ArrayList<>(1);
        final List<AdjudicationBuilder> adjudications = new ArrayList<>(1);

        ServiceLine build() {
            List<ClaimProvider> ps = new ArrayList<>(providers.size());
            for (ProviderBuilder p : providers) {
                ps.add(p.build());
            }
            List<LineAdjudication> as = new ArrayList<>(adjudications.size());
            for (AdjudicationBuilder a : adjudications) {
                as.add(a.build());
            }
            Drug drug = drugCode.isEmpty() ? null : new Drug(drugQualifier, drugCode, drugQuantity, drugUnit);
            return new ServiceLine(
                    number,
                    revenueCode,
                    qualifier,
                    code,
                    modifiers,
                    description,
                    charge,
                    unitBasis,
                    units,
                    placeOfService,
                    pointers,
                    nonCovered,
                    from,
                    to,
                    control,
                    drug,
                    ps,
                    as);
        }
    }

    private static final class AdjudicationBuilder {
        String payerId = "", qualifier = "", code = "", revenueCode = "";
        BigDecimal paid, units, remaining;
        final List<String> modifiers = new ArrayList<>(2);
        final List<Adjustment> adjustments = new ArrayList<>(2);
        LocalDate date;

        LineAdjudication build() {
            return new LineAdjudication(
                    payerId, paid, revenueCode, qualifier, code, modifiers, units, adjustments, date, remaining);
        }
    }

    private static final class ClaimBuilder {
        String claimId = "", placeOfService = "", frequency = "", providerSignature = "", assignment = "";
        String benefitsAssignment = "", releaseOfInformation = "", autoAccidentState = "";
        final List<String> relatedCauses = new ArrayList<>(0);
        String delayReason = "", originalClaimNumber = "", priorAuthorization = "", referralNumber = "";
        String medicalRecordNumber = "", admissionHour = "", dischargeHour = "", admissionType = "";
        String admissionSource = "", patientStatus = "";
        BigDecimal totalCharge, patientPaid;
        LocalDate statementFrom, statementTo, admissionDate;
        final List<ClaimDate> dates = new ArrayList<>(2);
        final List<HealthCareCode> codes = new ArrayList<>(4);
        final List<Note> notes = new ArrayList<>(0);
        final List<ProviderBuilder> providers = new ArrayList<>(1);
        final List<OtherPayerBuilder> otherPayers = new ArrayList<>(0);
        final List<LineBuilder> lines = new ArrayList<>(2);
    }
}
