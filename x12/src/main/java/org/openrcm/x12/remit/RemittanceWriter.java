package org.openrcm.x12.remit;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.Delimiters;
import org.openrcm.x12.X12Writer;

/**
 * Writes remittances as a complete 835 interchange: ISA, one GS*HP, one ST…SE per {@link Remittance}, GE, IEA, with
 * control numbers from {@link ControlNumbers}. Everything the model holds is written, in the order of the
 * implementation guide, so that reading the output gives back equal records.
 *
 * <p>Claims are grouped under an LX (loop 2000) while their {@link ClaimPayment#headerNumber()} and
 * {@link ClaimPayment#providerSummary()} stay the same; consecutive adjustments of one group share a CAS segment (six at
 * most); a {@link ProviderAdjustment} of more than six entries is split over several PLB segments.
 */
public final class RemittanceWriter {

    /**
     * Who sends and who receives the interchange (ISA05-08; GS02/GS03 take the ids), and how it is written.
     *
     * @param lineBreaks one segment per line (easier to read; X12 ignores the line breaks)
     */
    public record Parties(
            String senderQualifier,
            String senderId,
            String receiverQualifier,
            String receiverId,
            boolean production,
            boolean lineBreaks) {

        public Parties {
            Objects.requireNonNull(senderId, "senderId");
            Objects.requireNonNull(receiverId, "receiverId");
        }
    }

    private final ControlNumbers controlNumbers;
    private final Parties parties;
    private final Delimiters delimiters;

    public RemittanceWriter(ControlNumbers controlNumbers, Parties parties, Delimiters delimiters) {
        this.controlNumbers = controlNumbers;
        this.parties = parties;
        this.delimiters = delimiters;
    }

    public RemittanceWriter(ControlNumbers controlNumbers, Parties parties) {
        this(controlNumbers, parties, Delimiters.STANDARD);
    }

    /** Writes one interchange holding one transaction set per remittance, then flushes {@code out}. */
    public void write(List<Remittance> remittances, LocalDateTime created, OutputStream out) {
        X12Writer w = new X12Writer(out, delimiters, parties.lineBreaks());
        w.beginInterchange(X12Writer.InterchangeHeader.of(
                parties.senderQualifier(),
                parties.senderId(),
                parties.receiverQualifier(),
                parties.receiverId(),
                created,
                controlNumbers.next(),
                parties.production()));
        w.beginGroup(new X12Writer.GroupHeader(
                "HP", parties.senderId(), parties.receiverId(), created, controlNumbers.next(), Guide835.VERSION));
        for (Remittance r : remittances) {
            writeTransaction(w, String.format("%04d", controlNumbers.next()), r);
        }
        w.endGroup();
        w.endInterchange();
        w.flush();
    }

    /** Writes one remittance as one interchange. */
    public void write(Remittance remittance, LocalDateTime created, OutputStream out) {
        write(List.of(remittance), created, out);
    }

    /** Writes ST…SE for one remittance into a group already begun on {@code w}. */
    public static void writeTransaction(X12Writer w, String controlNumber, Remittance r) {
        w.beginTransaction("835", controlNumber, Guide835.VERSION);
        header(w, r.header());
        Integer group = null;
        ProviderSummary summary = null;
        boolean first = true;
        for (ClaimPayment c : r.claims()) {
            if (first || group != c.headerNumber() || !Objects.equals(summary, c.providerSummary())) {
                first = false;
                group = c.headerNumber();
                summary = c.providerSummary();
                w.segment("LX", Integer.toString(c.headerNumber()));
                providerSummary(w, summary);
            }
            claim(w, c);
        }
        for (ProviderAdjustment plb : r.providerAdjustments()) {
            List<ProviderAdjustment.Entry> entries = plb.adjustments();
            for (int from = 0; from < Math.max(1, entries.size()); from += 6) {
                List<String> el = new ArrayList<>();
                el.add(plb.providerId());
                el.add(date(plb.fiscalPeriodDate()));
                for (ProviderAdjustment.Entry e : entries.subList(from, Math.min(entries.size(), from + 6))) {
                    el.add(w.composite(e.reasonCode(), e.referenceId()));
                    el.add(dec(e.amount()));
                }
                w.segment("PLB", el.toArray(String[]::new));
            }
        }
        w.endTransaction();
    }

    // ---- header ----

    private static void header(X12Writer w, RemittanceHeader h) {
        Payment p = h.payment();
        if (p != null) {
            w.segment(
                    "BPR",
                    p.handlingCode(),
                    dec(p.amount()),
                    p.creditDebit(),
                    p.method(),
                    p.format(),
                    p.senderBankQualifier(),
                    p.senderBankRouting(),
                    p.senderAccountQualifier(),
                    p.senderAccount(),
                    p.payerIdentifier(),
                    p.payerSupplementalCode(),
                    p.receiverBankQualifier(),
                    p.receiverBankRouting(),
                    p.receiverAccountQualifier(),
                    p.receiverAccount(),
                    date(p.date()));
        }
        w.segment("TRN", "1", h.traceNumber(), h.tracePayerId(), h.traceSupplementalCode());
        if (h.currency() != null) {
            w.segment("CUR", "PR", h.currency());
        }
        if (h.receiverId() != null) {
            w.segment("REF", "EV", h.receiverId());
        }
        if (h.versionId() != null) {
            w.segment("REF", "F2", h.versionId());
        }
        if (h.productionDate() != null) {
            w.segment("DTM", "405", date(h.productionDate()));
        }
        Payer payer = h.payer();
        if (payer != null) {
            w.segment("N1", "PR", payer.name(), payer.id() == null ? null : "XV", payer.id());
            address(w, payer.address());
            references(w, payer.ids());
            if (payer.businessContact() != null) {
                contact(w, payer.businessContact());
            }
            for (Contact c : payer.technicalContacts()) {
                contact(w, c);
            }
            if (payer.website() != null) {
                w.segment("PER", "IC", null, "UR", payer.website());
            }
        }
        Payee payee = h.payee();
        if (payee != null) {
            w.segment("N1", "PE", payee.name(), payee.idQualifier(), payee.id());
            address(w, payee.address());
            references(w, payee.ids());
            RemittanceDelivery d = payee.delivery();
            if (d != null) {
                w.segment("RDM", d.code(), d.name(), d.number());
            }
        }
    }

    private static void address(X12Writer w, Address a) {
        if (a == null) {
            return;
        }
        if (a.line1() != null || a.line2() != null) {
            w.segment("N3", a.line1(), a.line2());
        }
        if (a.city() != null || a.state() != null || a.postalCode() != null || a.country() != null) {
            w.segment("N4", a.city(), a.state(), a.postalCode(), a.country(), null, null, a.countrySubdivision());
        }
    }

    private static void references(X12Writer w, List<Reference> refs) {
        for (Reference r : refs) {
            w.segment("REF", r.qualifier(), r.value());
        }
    }

    private static void contact(X12Writer w, Contact c) {
        String[] el = new String[8];
        el[0] = c.function();
        el[1] = c.name();
        int i = 2;
        for (Communication n : c.numbers()) {
            if (i > 6) {
                throw new IllegalArgumentException("a contact (PER) holds at most three numbers");
            }
            el[i++] = n.qualifier();
            el[i++] = n.number();
        }
        w.segment("PER", el);
    }

    private static void providerSummary(X12Writer w, ProviderSummary s) {
        if (s == null) {
            return;
        }
        if (s.providerId() != null || hasPrefix(s.amounts(), "TS3")) {
            String[] el = new String[24];
            el[0] = s.providerId();
            el[1] = s.facilityType();
            el[2] = date(s.fiscalPeriodDate());
            el[3] = dec(s.claimCount());
            el[4] = dec(s.totalClaimCharge());
            put(el, s.amounts(), "TS3");
            w.segment("TS3", el);
        }
        if (hasPrefix(s.amounts(), "TS2")) {
            String[] el = new String[19];
            put(el, s.amounts(), "TS2");
            w.segment("TS2", el);
        }
    }

    private static boolean hasPrefix(Map<String, BigDecimal> amounts, String prefix) {
        return amounts.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    private static void put(String[] el, Map<String, BigDecimal> amounts, String prefix) {
        amounts.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                int p = Integer.parseInt(k.substring(3));
                if (p < 1 || p > el.length) {
                    throw new IllegalArgumentException(k + " is not an element of " + prefix);
                }
                el[p - 1] = dec(v);
            }
        });
    }

    // ---- claims ----

    private static void claim(X12Writer w, ClaimPayment c) {
        w.segment(
                "CLP",
                c.patientControlNumber(),
                c.status(),
                dec(c.totalCharge()),
                dec(c.payment()),
                dec(c.patientResponsibility()),
                c.filingIndicator(),
                c.payerClaimControlNumber(),
                c.facilityType(),
                c.frequency(),
                null,
                c.drg(),
                dec(c.drgWeight()),
                dec(c.dischargeFraction()));
        adjustments(w, c.adjustments());
        party(w, "QC", c.patient());
        party(w, "IL", c.insured());
        party(w, "74", c.correctedPatient());
        party(w, "82", c.renderingProvider());
        party(w, "TT", c.crossoverCarrier());
        party(w, "PR", c.correctedPriorityPayer());
        party(w, "GB", c.otherSubscriber());
        inpatient(w, c.inpatient());
        outpatient(w, c.outpatient());
        references(w, c.otherClaimIds());
        references(w, c.renderingProviderIds());
        dtm(w, "232", c.statementFrom());
        dtm(w, "233", c.statementTo());
        dtm(w, "036", c.coverageExpiration());
        dtm(w, "050", c.received());
        for (Contact contact : c.contacts()) {
            contact(w, contact);
        }
        for (Amount a : c.amounts()) {
            w.segment("AMT", a.qualifier(), dec(a.amount()));
        }
        for (Quantity q : c.quantities()) {
            w.segment("QTY", q.qualifier(), dec(q.quantity()));
        }
        for (ServicePayment s : c.services()) {
            service(w, s);
        }
    }

    private static void service(X12Writer w, ServicePayment s) {
        w.segment(
                "SVC",
                procedure(w, s.procedure(), false),
                dec(s.charge()),
                dec(s.payment()),
                s.revenueCode(),
                dec(s.unitsPaid()),
                procedure(w, s.originalProcedure(), true),
                dec(s.originalUnits()));
        dtm(w, "472", s.serviceDate());
        dtm(w, "150", s.serviceStart());
        dtm(w, "151", s.serviceEnd());
        adjustments(w, s.adjustments());
        references(w, s.serviceIds());
        if (s.lineControlNumber() != null) {
            w.segment("REF", "6R", s.lineControlNumber());
        }
        references(w, s.renderingProviderIds());
        for (String policy : s.healthcarePolicyIds()) {
            w.segment("REF", "0K", policy);
        }
        for (Amount a : s.amounts()) {
            w.segment("AMT", a.qualifier(), dec(a.amount()));
        }
        for (Quantity q : s.quantities()) {
            w.segment("QTY", q.qualifier(), dec(q.quantity()));
        }
        for (Remark r : s.remarks()) {
            w.segment("LQ", r.qualifier(), r.code());
        }
    }

    private static String procedure(X12Writer w, Procedure p, boolean withDescription) {
        if (p == null) {
            return null;
        }
        List<String> m = p.modifiers();
        if (m.size() > 4) {
            throw new IllegalArgumentException("a procedure carries at most four modifiers");
        }
        return w.composite(
                p.qualifier(),
                p.code(),
                m.size() > 0 ? m.get(0) : null,
                m.size() > 1 ? m.get(1) : null,
                m.size() > 2 ? m.get(2) : null,
                m.size() > 3 ? m.get(3) : null,
                withDescription ? p.description() : null);
    }

    /** Consecutive adjustments of one group share a CAS segment, six at most. */
    private static void adjustments(X12Writer w, List<Adjustment> adjustments) {
        int i = 0;
        while (i < adjustments.size()) {
            String group = adjustments.get(i).group();
            List<String> el = new ArrayList<>();
            el.add(group);
            int n = 0;
            while (i < adjustments.size()
                    && n < 6
                    && Objects.equals(adjustments.get(i).group(), group)) {
                Adjustment a = adjustments.get(i++);
                el.add(a.reason());
                el.add(dec(a.amount()));
                el.add(dec(a.quantity()));
                n++;
            }
            w.segment("CAS", el.toArray(String[]::new));
        }
    }

    private static void party(X12Writer w, String entity, Party p) {
        if (p == null) {
            return;
        }
        w.segment(
                "NM1",
                entity,
                p.entityType(),
                p.lastName(),
                p.firstName(),
                p.middleName(),
                null,
                p.suffix(),
                p.idQualifier(),
                p.id());
    }

    private static void inpatient(X12Writer w, InpatientAdjudication m) {
        if (m == null) {
            return;
        }
        List<String> remarks = m.remarkCodes();
        if (remarks.size() > 5) {
            throw new IllegalArgumentException("MIA carries at most five remark codes");
        }
        String[] el = new String[24];
        BigDecimal[] amounts = {
            m.coveredDays(),
            m.ppsOperatingOutlierAmount(),
            m.lifetimePsychiatricDays(),
            m.drgAmount(),
            null,
            m.disproportionateShareAmount(),
            m.mspPassThroughAmount(),
            m.ppsCapitalAmount(),
            m.ppsCapitalFspDrgAmount(),
            m.ppsCapitalHspDrgAmount(),
            m.ppsCapitalDshDrgAmount(),
            m.oldCapitalAmount(),
            m.ppsCapitalImeAmount(),
            m.ppsOperatingHospitalSpecificDrgAmount(),
            m.costReportDayCount(),
            m.ppsOperatingFederalSpecificDrgAmount(),
            m.ppsCapitalOutlierAmount(),
            m.indirectTeachingAmount(),
            m.nonpayableProfessionalComponentAmount()
        };
        for (int i = 0; i < amounts.length; i++) {
            el[i] = dec(amounts[i]);
        }
        int[] remarkPositions = {5, 20, 21, 22, 23};
        for (int i = 0; i < remarks.size(); i++) {
            el[remarkPositions[i] - 1] = remarks.get(i);
        }
        el[23] = dec(m.ppsCapitalExceptionAmount());
        w.segment("MIA", el);
    }

    private static void outpatient(X12Writer w, OutpatientAdjudication m) {
        if (m == null) {
            return;
        }
        List<String> remarks = m.remarkCodes();
        if (remarks.size() > 5) {
            throw new IllegalArgumentException("MOA carries at most five remark codes");
        }
        String[] el = new String[9];
        el[0] = dec(m.reimbursementRate());
        el[1] = dec(m.hcpcsPayableAmount());
        for (int i = 0; i < remarks.size(); i++) {
            el[2 + i] = remarks.get(i);
        }
        el[7] = dec(m.esrdPaymentAmount());
        el[8] = dec(m.nonpayableProfessionalComponentAmount());
        w.segment("MOA", el);
    }

    private static void dtm(X12Writer w, String qualifier, LocalDate d) {
        if (d != null) {
            w.segment("DTM", qualifier, date(d));
        }
    }

    private static String dec(BigDecimal v) {
        return X12Writer.decimal(v);
    }

    private static String date(LocalDate d) {
        return X12Writer.date(d);
    }
}
