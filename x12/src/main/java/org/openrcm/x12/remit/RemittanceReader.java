package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openrcm.x12.Segment;
import org.openrcm.x12.TransactionHandler;
import org.openrcm.x12.X12Exception;

/**
 * Turns the segments of one 835 into records, streaming: the {@link RemittanceHeader} as soon as the header ends, each
 * {@link ClaimPayment} as soon as its loop 2100 ends, each {@link ProviderAdjustment} (PLB) as it is read. Only one
 * claim is held at a time, so a file of any number of claims is read in the memory of one.
 */
final class RemittanceReader implements TransactionHandler {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private final Consumer<Object> out;

    // header
    private boolean headerSent;
    private Payment payment;
    private String traceNumber;
    private String tracePayerId;
    private String traceSupplemental;
    private String currency;
    private String receiverId;
    private String versionId;
    private LocalDate productionDate;
    private final Map<String, Segment> payerSegments = new LinkedHashMap<>();
    private final List<Reference> payerIds = new ArrayList<>();
    private final List<Contact> payerTechnical = new ArrayList<>();
    private Contact payerBusiness;
    private String payerWebsite;
    private final Map<String, Segment> payeeSegments = new LinkedHashMap<>();
    private final List<Reference> payeeIds = new ArrayList<>();
    private RemittanceDelivery delivery;

    // 2000
    private int headerNumber;
    private Segment ts3;
    private Segment ts2;
    private ProviderSummary summary;

    // 2100 / 2110
    private Claim claim;
    private Service service;

    RemittanceReader(Consumer<Object> out) {
        this.out = out;
    }

    @Override
    public void segment(Segment s, String loop) {
        switch (loop) {
            case "1000A" -> payer(s);
            case "1000B" -> payee(s);
            case "2000" -> group(s);
            case "2100" -> claim(s);
            case "2110" -> service(s);
            default -> header(s);
        }
    }

    @Override
    public void end(Segment se) {
        finishClaim();
        sendHeader();
    }

    // ---- header ----

    private void header(Segment s) {
        switch (s.id()) {
            case "BPR" ->
                payment = new Payment(
                        text(s, 1),
                        amount(s, 2),
                        text(s, 3),
                        text(s, 4),
                        text(s, 5),
                        text(s, 6),
                        text(s, 7),
                        text(s, 8),
                        text(s, 9),
                        text(s, 10),
                        text(s, 11),
                        text(s, 12),
                        text(s, 13),
                        text(s, 14),
                        text(s, 15),
                        date(s, 16));
            case "TRN" -> {
                traceNumber = text(s, 2);
                tracePayerId = text(s, 3);
                traceSupplemental = text(s, 4);
            }
            case "CUR" -> currency = text(s, 2);
            case "REF" -> {
                if (s.is(1, "EV")) {
                    receiverId = text(s, 2);
                } else if (s.is(1, "F2")) {
                    versionId = text(s, 2);
                }
            }
            case "DTM" -> productionDate = date(s, 2);
            case "PLB" -> {
                finishClaim();
                sendHeader();
                out.accept(providerAdjustment(s));
            }
            case "SE" -> {
                finishClaim();
                sendHeader();
            }
            default -> {}
        }
    }

    private void payer(Segment s) {
        switch (s.id()) {
            case "N1", "N3", "N4" -> payerSegments.put(s.id(), s.copy());
            case "REF" -> payerIds.add(new Reference(text(s, 1), text(s, 2)));
            case "PER" -> {
                if (s.is(1, "CX")) {
                    payerBusiness = contact(s);
                } else if (s.is(1, "BL")) {
                    payerTechnical.add(contact(s));
                } else if (s.is(1, "IC")) {
                    payerWebsite = text(s, 4);
                }
            }
            default -> {}
        }
    }

    private void payee(Segment s) {
        switch (s.id()) {
            case "N1", "N3", "N4" -> payeeSegments.put(s.id(), s.copy());
            case "REF" -> payeeIds.add(new Reference(text(s, 1), text(s, 2)));
            case "RDM" -> delivery = new RemittanceDelivery(text(s, 1), text(s, 2), text(s, 3));
            default -> {}
        }
    }

    private void sendHeader() {
        if (headerSent) {
            return;
        }
        headerSent = true;
        Segment pr = payerSegments.get("N1");
        Segment pe = payeeSegments.get("N1");
        Payer payer = new Payer(
                pr == null ? null : text(pr, 2),
                pr == null ? null : text(pr, 4),
                address(payerSegments),
                payerIds,
                payerBusiness,
                payerTechnical,
                payerWebsite);
        Payee payee = new Payee(
                pe == null ? null : text(pe, 2),
                pe == null ? null : text(pe, 3),
                pe == null ? null : text(pe, 4),
                address(payeeSegments),
                payeeIds,
                delivery);
        out.accept(new RemittanceHeader(
                payment,
                traceNumber,
                tracePayerId,
                traceSupplemental,
                currency,
                receiverId,
                versionId,
                productionDate,
                payer,
                payee));
    }

    private static Address address(Map<String, Segment> segments) {
        Segment n3 = segments.get("N3");
        Segment n4 = segments.get("N4");
        if (n3 == null && n4 == null) {
            return null;
        }
        return new Address(
                n3 == null ? null : text(n3, 1),
                n3 == null ? null : text(n3, 2),
                n4 == null ? null : text(n4, 1),
                n4 == null ? null : text(n4, 2),
                n4 == null ? null : text(n4, 3),
                n4 == null ? null : text(n4, 4),
                n4 == null ? null : text(n4, 7));
    }

    private static Contact contact(Segment s) {
        List<Communication> numbers = new ArrayList<>(3);
        for (int p = 3; p <= 7; p += 2) {
            if (s.has(p) || s.has(p + 1)) {
                numbers.add(new Communication(text(s, p), text(s, p + 1)));
            }
        }
        return new Contact(text(s, 1), text(s, 2), numbers);
    }

    // ---- 2000 ----

    private void group(Segment s) {
        switch (s.id()) {
            case "LX" -> {
                finishClaim();
                sendHeader();
                headerNumber = integer(s, 1);
                ts3 = null;
                ts2 = null;
                summary = null;
            }
            case "TS3" -> ts3 = s.copy();
            case "TS2" -> ts2 = s.copy();
            default -> {}
        }
    }

    private ProviderSummary summary() {
        if (summary != null || (ts3 == null && ts2 == null)) {
            return summary;
        }
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        if (ts3 != null) {
            for (int p = 6; p <= ts3.count(); p++) {
                if (ts3.has(p)) {
                    amounts.put(String.format("TS3%02d", p), amount(ts3, p));
                }
            }
        }
        if (ts2 != null) {
            for (int p = 1; p <= ts2.count(); p++) {
                if (ts2.has(p)) {
                    amounts.put(String.format("TS2%02d", p), amount(ts2, p));
                }
            }
        }
        summary = new ProviderSummary(
                ts3 == null ? null : text(ts3, 1),
                ts3 == null ? null : text(ts3, 2),
                ts3 == null ? null : date(ts3, 3),
                ts3 == null ? null : amount(ts3, 4),
                ts3 == null ? null : amount(ts3, 5),
                amounts);
        return summary;
    }

    // ---- 2100 ----

    private void claim(Segment s) {
        switch (s.id()) {
            case "CLP" -> {
                finishClaim();
                sendHeader();
                claim = new Claim(s, headerNumber, summary());
            }
            case "CAS" -> adjustments(s, claim.adjustments);
            case "NM1" -> claim.parties.put(s.element(1), party(s));
            case "MIA" -> claim.inpatient = inpatient(s);
            case "MOA" -> claim.outpatient = outpatient(s);
            case "REF" -> {
                Reference r = new Reference(text(s, 1), text(s, 2));
                if (Arrays.asList(Guide835.CLAIM_RENDERING_IDS).contains(r.qualifier())) {
                    claim.renderingIds.add(r);
                } else {
                    claim.otherIds.add(r);
                }
            }
            case "DTM" -> {
                LocalDate d = date(s, 2);
                switch (s.element(1)) {
                    case "232" -> claim.statementFrom = d;
                    case "233" -> claim.statementTo = d;
                    case "036" -> claim.coverageExpiration = d;
                    case "050" -> claim.received = d;
                    default -> {}
                }
            }
            case "PER" -> claim.contacts.add(contact(s));
            case "AMT" -> claim.amounts.add(new Amount(text(s, 1), amount(s, 2)));
            case "QTY" -> claim.quantities.add(new Quantity(text(s, 1), amount(s, 2)));
            default -> {}
        }
    }

    private void service(Segment s) {
        if (s.id().equals("SVC")) {
            finishService();
            service = new Service(s);
            return;
        }
        switch (s.id()) {
            case "DTM" -> {
                LocalDate d = date(s, 2);
                if (s.is(1, "472")) {
                    service.date = d;
                } else if (s.is(1, "150")) {
                    service.start = d;
                } else if (s.is(1, "151")) {
                    service.end = d;
                }
            }
            case "CAS" -> adjustments(s, service.adjustments);
            case "REF" -> {
                Reference r = new Reference(text(s, 1), text(s, 2));
                String q = r.qualifier();
                if (q.equals("6R")) {
                    service.lineControlNumber = r.value();
                } else if (q.equals("0K")) {
                    service.policyIds.add(r.value());
                } else if (Arrays.asList(Guide835.SERVICE_IDS).contains(q)) {
                    service.serviceIds.add(r);
                } else {
                    service.renderingIds.add(r);
                }
            }
            case "AMT" -> service.amounts.add(new Amount(text(s, 1), amount(s, 2)));
            case "QTY" -> service.quantities.add(new Quantity(text(s, 1), amount(s, 2)));
            case "LQ" -> service.remarks.add(new Remark(text(s, 1), text(s, 2)));
            default -> {}
        }
    }

    private void finishService() {
        if (service != null && claim != null) {
            claim.services.add(service.build());
        }
        service = null;
    }

    private void finishClaim() {
        finishService();
        if (claim != null) {
            out.accept(claim.build());
            claim = null;
        }
    }

    private static void adjustments(Segment s, List<Adjustment> into) {
        String group = text(s, 1);
        for (int p = 2; p <= 17; p += 3) {
            if (s.has(p) || s.has(p + 1)) {
                into.add(new Adjustment(group, text(s, p), amount(s, p + 1), amount(s, p + 2)));
            }
        }
    }

    private static Party party(Segment s) {
        return new Party(text(s, 2), text(s, 3), text(s, 4), text(s, 5), text(s, 7), text(s, 8), text(s, 9));
    }

    private static InpatientAdjudication inpatient(Segment s) {
        List<String> remarks = new ArrayList<>();
        for (int p : new int[] {5, 20, 21, 22, 23}) {
            if (s.has(p)) {
                remarks.add(s.element(p));
            }
        }
        return new InpatientAdjudication(
                amount(s, 1),
                amount(s, 2),
                amount(s, 3),
                amount(s, 4),
                amount(s, 6),
                amount(s, 7),
                amount(s, 8),
                amount(s, 9),
                amount(s, 10),
                amount(s, 11),
                amount(s, 12),
                amount(s, 13),
                amount(s, 14),
                amount(s, 15),
                amount(s, 16),
                amount(s, 17),
                amount(s, 18),
                amount(s, 19),
                remarks,
                amount(s, 24));
    }

    private static OutpatientAdjudication outpatient(Segment s) {
        List<String> remarks = new ArrayList<>();
        for (int p = 3; p <= 7; p++) {
            if (s.has(p)) {
                remarks.add(s.element(p));
            }
        }
        return new OutpatientAdjudication(amount(s, 1), amount(s, 2), remarks, amount(s, 8), amount(s, 9));
    }

    private static ProviderAdjustment providerAdjustment(Segment s) {
        List<ProviderAdjustment.Entry> entries = new ArrayList<>();
        for (int p = 3; p <= 13; p += 2) {
            if (s.has(p) || s.has(p + 1)) {
                entries.add(new ProviderAdjustment.Entry(
                        emptyToNull(s.component(p, 1)), emptyToNull(s.component(p, 2)), amount(s, p + 1)));
            }
        }
        return new ProviderAdjustment(text(s, 1), date(s, 2), entries);
    }

    static Procedure procedure(Segment s, int p, boolean withDescription) {
        if (!s.has(p)) {
            return null;
        }
        List<String> modifiers = new ArrayList<>(4);
        for (int c = 3; c <= 6; c++) {
            String m = s.component(p, c);
            if (!m.isEmpty()) {
                modifiers.add(m);
            }
        }
        return new Procedure(
                emptyToNull(s.component(p, 1)),
                emptyToNull(s.component(p, 2)),
                modifiers,
                withDescription ? emptyToNull(s.component(p, 7)) : null);
    }

    // ---- values ----

    static String text(Segment s, int i) {
        return s.has(i) ? s.element(i) : null;
    }

    private static String emptyToNull(String v) {
        return v == null || v.isEmpty() ? null : v;
    }

    static BigDecimal amount(Segment s, int i) {
        if (!s.has(i)) {
            return null;
        }
        try {
            return s.decimal(i);
        } catch (NumberFormatException e) {
            throw new X12Exception(
                    "X12-835-NOT-A-NUMBER",
                    String.format(
                            "Segment %d (%s) element %s%02d is '%s', not a number; the remittance cannot be read.",
                            s.number(), s.id(), s.id(), i, s.element(i)),
                    s.number(),
                    s.line(),
                    e);
        }
    }

    private static int integer(Segment s, int i) {
        BigDecimal v = amount(s, i);
        if (v == null) {
            return 0;
        }
        try {
            return v.intValueExact();
        } catch (ArithmeticException e) {
            throw new X12Exception(
                    "X12-835-NOT-A-NUMBER",
                    String.format(
                            "Segment %d (%s) element %s%02d is '%s', not a whole number.",
                            s.number(), s.id(), s.id(), i, s.element(i)),
                    s.number(),
                    s.line(),
                    e);
        }
    }

    static LocalDate date(Segment s, int i) {
        if (!s.has(i)) {
            return null;
        }
        try {
            return s.date(i);
        } catch (DateTimeException e) {
            throw new X12Exception(
                    "X12-835-NOT-A-DATE",
                    String.format(
                            "Segment %d (%s) element %s%02d is '%s', not a date CCYYMMDD; the remittance cannot be"
                                    + " read.",
                            s.number(), s.id(), s.id(), i, s.element(i)),
                    s.number(),
                    s.line(),
                    e);
        }
    }

    /** A claim payment being read. */
    private static final class Claim {
        /** CLP01-CLP13 as read at the CLP (the lexer reuses the segment). */
        final String patientControlNumber;

        final String status;
        final BigDecimal totalCharge;
        final BigDecimal payment;
        final BigDecimal patientResponsibility;
        final String filingIndicator;
        final String payerClaimControlNumber;
        final String facilityType;
        final String frequency;
        final String drg;
        final BigDecimal drgWeight;
        final BigDecimal dischargeFraction;
        final int headerNumber;
        final ProviderSummary summary;
        final List<Adjustment> adjustments = new ArrayList<>();
        final Map<String, Party> parties = new LinkedHashMap<>();
        InpatientAdjudication inpatient;
        OutpatientAdjudication outpatient;
        final List<Reference> otherIds = new ArrayList<>();
        final List<Reference> renderingIds = new ArrayList<>();
        LocalDate statementFrom;
        LocalDate statementTo;
        LocalDate coverageExpiration;
        LocalDate received;
        final List<Contact> contacts = new ArrayList<>();
        final List<Amount> amounts = new ArrayList<>();
        final List<Quantity> quantities = new ArrayList<>();
        final List<ServicePayment> services = new ArrayList<>();

        Claim(Segment clp, int headerNumber, ProviderSummary summary) {
            this.headerNumber = headerNumber;
            this.summary = summary;
            // read the amounts now so that a bad one fails at the CLP, not at the end of the claim
            this.totalCharge = amount(clp, 3);
            this.payment = amount(clp, 4);
            this.patientResponsibility = amount(clp, 5);
            this.patientControlNumber = text(clp, 1);
            this.status = text(clp, 2);
            this.filingIndicator = text(clp, 6);
            this.payerClaimControlNumber = text(clp, 7);
            this.facilityType = text(clp, 8);
            this.frequency = text(clp, 9);
            this.drg = text(clp, 11);
            this.drgWeight = amount(clp, 12);
            this.dischargeFraction = amount(clp, 13);
        }

        ClaimPayment build() {
            return new ClaimPayment(
                    headerNumber,
                    summary,
                    patientControlNumber,
                    status,
                    totalCharge,
                    payment,
                    patientResponsibility,
                    filingIndicator,
                    payerClaimControlNumber,
                    facilityType,
                    frequency,
                    drg,
                    drgWeight,
                    dischargeFraction,
                    adjustments,
                    parties.get("QC"),
                    parties.get("IL"),
                    parties.get("74"),
                    parties.get("82"),
                    parties.get("TT"),
                    parties.get("PR"),
                    parties.get("GB"),
                    inpatient,
                    outpatient,
                    otherIds,
                    renderingIds,
                    statementFrom,
                    statementTo,
                    coverageExpiration,
                    received,
                    contacts,
                    amounts,
                    quantities,
                    services);
        }
    }

    /** A service line being read. */
    private static final class Service {
        final Procedure procedure;
        final BigDecimal charge;
        final BigDecimal payment;
        final String revenueCode;
        final BigDecimal unitsPaid;
        final Procedure originalProcedure;
        final BigDecimal originalUnits;
        LocalDate date;
        LocalDate start;
        LocalDate end;
        final List<Adjustment> adjustments = new ArrayList<>();
        final List<Reference> serviceIds = new ArrayList<>();
        String lineControlNumber;
        final List<Reference> renderingIds = new ArrayList<>();
        final List<String> policyIds = new ArrayList<>();
        final List<Amount> amounts = new ArrayList<>();
        final List<Quantity> quantities = new ArrayList<>();
        final List<Remark> remarks = new ArrayList<>();

        /** Reads the SVC now (the lexer reuses the segment), so that a bad amount also fails at the SVC. */
        Service(Segment svc) {
            this.charge = amount(svc, 2);
            this.payment = amount(svc, 3);
            this.procedure = procedure(svc, 1, false);
            this.revenueCode = text(svc, 4);
            this.unitsPaid = amount(svc, 5);
            this.originalProcedure = procedure(svc, 6, true);
            this.originalUnits = amount(svc, 7);
        }

        ServicePayment build() {
            return new ServicePayment(
                    procedure,
                    charge,
                    payment,
                    revenueCode,
                    unitsPaid,
                    originalProcedure,
                    originalUnits,
                    date,
                    start,
                    end,
                    adjustments,
                    serviceIds,
                    lineControlNumber,
                    renderingIds,
                    policyIds,
                    amounts,
                    quantities,
                    remarks);
        }
    }
}
