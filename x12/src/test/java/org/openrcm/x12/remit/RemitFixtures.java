package org.openrcm.x12.remit;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.X12Writer;

/** Remittances for tests: a fixed, fully populated one, and random balanced ones from a seed. */
final class RemitFixtures {

    private RemitFixtures() {}

    static final RemittanceWriter.Parties PARTIES =
            new RemittanceWriter.Parties("ZZ", "SANDBOXPAYER", "ZZ", "OPENRCMCLINIC", false, true);

    static final LocalDateTime CREATED = LocalDateTime.of(2025, 3, 14, 9, 30);

    static String write(List<Remittance> remittances) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RemittanceWriter(ControlNumbers.startingAt(1), PARTIES).write(remittances, CREATED, out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    static BigDecimal money(String v) {
        return new BigDecimal(v);
    }

    /** The remittance behind golden-835.txt: every part of the model used once. */
    static Remittance golden() {
        Payer payer = new Payer(
                "ACME HEALTH PLAN",
                "ACME01",
                new Address("100 MAIN STREET", "SUITE 5", "SPRINGFIELD", "IL", "627010001", null, null),
                List.of(new Reference("2U", "99999"), new Reference("NF", "12345")),
                new Contact("CX", "PROVIDER SERVICES", List.of(new Communication("TE", "8005551212"))),
                List.of(
                        new Contact(
                                "BL",
                                "EDI HELP DESK",
                                List.of(
                                        new Communication("TE", "8005551313"),
                                        new Communication("EM", "EDI@ACME.EXAMPLE"))),
                        new Contact("BL", "AFTER HOURS", List.of(new Communication("TE", "8005551414")))),
                "HTTPS://ACME.EXAMPLE/PROVIDERS");
        Payee payee = new Payee(
                "OPENRCM FAMILY CLINIC",
                "XX",
                "1234567893",
                new Address("200 OAK AVENUE", null, "SPRINGFIELD", "IL", "62702", null, null),
                List.of(new Reference("TJ", "371234567")),
                new RemittanceDelivery("EM", "BILLING OFFICE", "BILLING@CLINIC.EXAMPLE"));
        Payment payment = new Payment(
                "I",
                money("830"),
                "C",
                "ACH",
                "CCP",
                "01",
                "011000015",
                "DA",
                "123456789",
                "1999999999",
                null,
                "01",
                "021000021",
                "DA",
                "987654321",
                LocalDate.of(2025, 3, 17));
        RemittanceHeader header = new RemittanceHeader(
                payment,
                "EFT20250317001",
                "1999999999",
                null,
                null,
                "OPENRCMCLINIC",
                "4010",
                LocalDate.of(2025, 3, 14),
                payer,
                payee);
        ProviderSummary summary = new ProviderSummary(
                "1234567893",
                "11",
                LocalDate.of(2025, 12, 31),
                money("2"),
                money("1400"),
                Map.of("TS313", money("0"), "TS201", money("50")));
        Party patient = new Party("1", "DOE", "JANE", "A", null, "MI", "W123456789");
        ClaimPayment paid = new ClaimPayment(
                1,
                summary,
                "PCN-0001",
                "1",
                money("1000"),
                money("760.5"),
                money("150"),
                "12",
                "PAYERCLM0001",
                "11",
                "1",
                null,
                null,
                null,
                List.of(new Adjustment("CO", "253", money("20"), null)),
                patient,
                new Party("1", "DOE", "JOHN", null, "JR", "MI", "W123456700"),
                null,
                new Party("1", "SMITH", "ALAN", null, null, "XX", "1497758544"),
                null,
                null,
                null,
                null,
                new OutpatientAdjudication(null, null, List.of("MA01"), null, null),
                List.of(new Reference("1L", "GROUP42")),
                List.of(new Reference("0B", "LIC777")),
                LocalDate.of(2025, 2, 3),
                LocalDate.of(2025, 2, 3),
                null,
                LocalDate.of(2025, 2, 10),
                List.of(),
                List.of(new Amount("AU", money("950"))),
                List.of(),
                List.of(
                        new ServicePayment(
                                new Procedure("HC", "99214", List.of("25"), null),
                                money("600"),
                                money("480.5"),
                                null,
                                money("1"),
                                null,
                                null,
                                LocalDate.of(2025, 2, 3),
                                null,
                                null,
                                List.of(
                                        new Adjustment("CO", "45", money("19.5"), null),
                                        new Adjustment("PR", "2", money("100"), null)),
                                List.of(),
                                "LINE-1",
                                List.of(),
                                List.of(),
                                List.of(new Amount("B6", money("580.5"))),
                                List.of(),
                                List.of(new Remark("HE", "N130"))),
                        new ServicePayment(
                                new Procedure("HC", "80053", List.of(), null),
                                money("400"),
                                money("300"),
                                null,
                                money("1"),
                                new Procedure("HC", "80050", List.of(), "GENERAL HEALTH PANEL"),
                                money("1"),
                                LocalDate.of(2025, 2, 3),
                                null,
                                null,
                                List.of(
                                        new Adjustment("CO", "45", money("50"), null),
                                        new Adjustment("PR", "1", money("50"), null)),
                                List.of(),
                                "LINE-2",
                                List.of(),
                                List.of(),
                                List.of(new Amount("B6", money("350"))),
                                List.of(),
                                List.of())));
        ClaimPayment denied = new ClaimPayment(
                1,
                summary,
                "PCN-0002",
                "4",
                money("400"),
                money("0"),
                null,
                "12",
                "PAYERCLM0002",
                "11",
                "1",
                null,
                null,
                null,
                List.of(new Adjustment("CO", "29", money("400"), null)),
                new Party("1", "ROE", "RICHARD", null, null, "MI", "W555"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                LocalDate.of(2024, 1, 5),
                LocalDate.of(2024, 1, 5),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of());
        ClaimPayment reversal = new ClaimPayment(
                2,
                null,
                "PCN-0003",
                "22",
                money("-500"),
                money("-320"),
                money("-100"),
                "12",
                "PAYERCLM0003",
                "11",
                "8",
                null,
                null,
                null,
                List.of(new Adjustment("CO", "45", money("-80"), null), new Adjustment("PR", "1", money("-100"), null)),
                new Party("1", "POE", "EDGAR", null, null, "MI", "W777"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of());
        ClaimPayment correction = new ClaimPayment(
                2,
                null,
                "PCN-0003",
                "1",
                money("500"),
                money("400"),
                money("0"),
                "12",
                "PAYERCLM0004",
                "11",
                "7",
                null,
                null,
                null,
                List.of(new Adjustment("CO", "45", money("100"), null)),
                new Party("1", "POE", "EDGAR", null, null, "MI", "W777"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of());
        // claims 760.50 + 0 - 320 + 400 = 840.50; PLB: 25 taken back (WO), 14.50 interest paid (L6): BPR02 = 830
        ProviderAdjustment plb = new ProviderAdjustment(
                "1234567893",
                LocalDate.of(2025, 12, 31),
                List.of(
                        new ProviderAdjustment.Entry("WO", "PAYERCLM0777", money("25")),
                        new ProviderAdjustment.Entry("L6", null, money("-14.5"))));
        return new Remittance(header, List.of(paid, denied, reversal, correction), List.of(plb));
    }

    // ---- random balanced remittances ----

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    static Remittance random(long seed, int claims) {
        Random r = new Random(seed);
        List<ClaimPayment> cs = new ArrayList<>();
        int group = 0;
        ProviderSummary summary = null;
        for (int i = 0; i < claims; i++) {
            if (i == 0 || r.nextInt(4) == 0) {
                group++;
                summary = r.nextBoolean() ? null : summary(r);
            }
            cs.add(claim(r, group, summary));
        }
        List<ProviderAdjustment> plbs = new ArrayList<>();
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            List<ProviderAdjustment.Entry> entries = new ArrayList<>();
            int k = 1 + r.nextInt(6);
            for (int j = 0; j < k; j++) {
                entries.add(new ProviderAdjustment.Entry(
                        pick(r, Guide835.PROVIDER_ADJUSTMENT_REASONS),
                        r.nextBoolean() ? null : text(r, 1, 20),
                        cents(r, -5000, 5000)));
            }
            plbs.add(new ProviderAdjustment(text(r, 5, 15), date(r), entries));
        }
        Remittance draft = new Remittance(null, cs, plbs);
        BigDecimal net = draft.expectedPaymentAmount();
        boolean debit = net.signum() < 0;
        return new Remittance(header(r, norm(debit ? net.negate() : net), debit), cs, plbs);
    }

    private static RemittanceHeader header(Random r, BigDecimal amount, boolean debit) {
        boolean ach = r.nextBoolean();
        Payment p = new Payment(
                pick(r, new String[] {"I", "C", "H", "X"}),
                amount,
                debit ? "D" : "C",
                ach ? "ACH" : "CHK",
                ach ? "CCP" : null,
                ach ? "01" : null,
                ach ? digits(r, 9) : null,
                ach ? "DA" : null,
                ach ? digits(r, 10) : null,
                ach ? digits(r, 10) : null,
                ach && r.nextBoolean() ? digits(r, 9) : null,
                ach ? "01" : null,
                ach ? digits(r, 9) : null,
                ach ? pick(r, new String[] {"DA", "SG"}) : null,
                ach ? digits(r, 8) : null,
                date(r));
        Payer payer = new Payer(
                text(r, 3, 30),
                r.nextBoolean() ? text(r, 2, 10) : null,
                address(r),
                r.nextBoolean() ? List.of(new Reference(pick(r, Guide835.PAYER_IDS), text(r, 1, 20))) : List.of(),
                r.nextBoolean()
                        ? new Contact("CX", text(r, 1, 20), List.of(new Communication("TE", digits(r, 10))))
                        : null,
                List.of(new Contact(
                        "BL",
                        r.nextBoolean() ? text(r, 1, 20) : null,
                        List.of(new Communication("EM", text(r, 5, 30))))),
                r.nextBoolean() ? "HTTP://" + text(r, 3, 20) : null);
        Payee payee = new Payee(
                text(r, 3, 30),
                pick(r, new String[] {"XX", "FI"}),
                digits(r, 10),
                r.nextBoolean() ? address(r) : null,
                r.nextBoolean() ? List.of(new Reference(pick(r, Guide835.PAYEE_IDS), text(r, 1, 20))) : List.of(),
                r.nextBoolean() ? new RemittanceDelivery("EM", text(r, 1, 20), text(r, 5, 30)) : null);
        return new RemittanceHeader(
                p,
                text(r, 1, 30),
                digits(r, 10),
                r.nextBoolean() ? text(r, 1, 20) : null,
                r.nextInt(5) == 0 ? "USD" : null,
                r.nextBoolean() ? text(r, 1, 20) : null,
                r.nextBoolean() ? "4010" : null,
                r.nextBoolean() ? date(r) : null,
                payer,
                payee);
    }

    private static Address address(Random r) {
        return new Address(
                text(r, 1, 40),
                r.nextBoolean() ? text(r, 1, 20) : null,
                text(r, 2, 20),
                "IL",
                digits(r, 9),
                null,
                null);
    }

    private static ProviderSummary summary(Random r) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        if (r.nextBoolean()) {
            amounts.put("TS313", cents(r, 0, 100000));
        }
        if (r.nextBoolean()) {
            amounts.put("TS201", cents(r, 0, 100000));
            amounts.put("TS207", new BigDecimal(r.nextInt(30)));
        }
        return new ProviderSummary(
                text(r, 1, 15), "11", date(r), new BigDecimal(1 + r.nextInt(50)), cents(r, 0, 1000000), amounts);
    }

    private static ClaimPayment claim(Random r, int group, ProviderSummary summary) {
        boolean reversal = r.nextInt(6) == 0;
        BigDecimal sign = reversal ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        List<ServicePayment> services = new ArrayList<>();
        int lines = r.nextInt(4);
        BigDecimal charge = BigDecimal.ZERO;
        BigDecimal lineAdjustments = BigDecimal.ZERO;
        for (int i = 0; i < lines; i++) {
            ServicePayment s = service(r, sign);
            services.add(s);
            charge = charge.add(s.charge());
            lineAdjustments = lineAdjustments.add(s.adjustmentTotal());
        }
        if (lines == 0) {
            charge = cents(r, 1, 500000).multiply(sign);
        }
        charge = norm(charge);
        BigDecimal payment = norm(charge.multiply(new BigDecimal(r.nextInt(101)))
                .divide(new BigDecimal(100), 2, java.math.RoundingMode.DOWN));
        BigDecimal claimLevel = charge.subtract(payment).subtract(lineAdjustments);
        List<Adjustment> adjustments = split(r, claimLevel);
        boolean inpatient = r.nextInt(5) == 0;
        return new ClaimPayment(
                group,
                summary,
                text(r, 1, 38),
                reversal ? "22" : pick(r, new String[] {"1", "2", "3", "4", "19", "20", "21", "23", "25"}),
                charge,
                payment,
                r.nextBoolean() ? norm(cents(r, 0, 10000).multiply(sign)) : null,
                pick(r, Guide835.FILING_INDICATORS),
                text(r, 1, 30),
                r.nextBoolean() ? "11" : null,
                r.nextBoolean() ? pick(r, new String[] {"1", "7", "8"}) : null,
                inpatient ? digits(r, 3) : null,
                inpatient ? new BigDecimal("1.2345") : null,
                null,
                adjustments,
                new Party("1", text(r, 1, 20), text(r, 1, 10), null, null, "MI", text(r, 2, 20)),
                r.nextBoolean() ? new Party("1", text(r, 1, 20), null, null, null, "MI", text(r, 2, 20)) : null,
                r.nextInt(5) == 0 ? new Party("1", text(r, 1, 20), text(r, 1, 10), null, null, null, null) : null,
                r.nextBoolean()
                        ? new Party("1", text(r, 1, 20), text(r, 1, 10), null, null, "XX", digits(r, 10))
                        : null,
                r.nextInt(8) == 0 ? new Party("2", text(r, 1, 20), null, null, null, "PI", text(r, 2, 10)) : null,
                r.nextInt(8) == 0 ? new Party("2", text(r, 1, 20), null, null, null, "PI", text(r, 2, 10)) : null,
                r.nextInt(8) == 0 ? new Party("1", text(r, 1, 20), null, null, null, "MI", text(r, 2, 10)) : null,
                inpatient ? mia(r) : null,
                !inpatient && r.nextBoolean()
                        ? new OutpatientAdjudication(
                                new BigDecimal("0.8"), cents(r, 0, 1000), List.of("MA01", "N130"), null, null)
                        : null,
                r.nextBoolean() ? List.of(new Reference(pick(r, Guide835.OTHER_CLAIM_IDS), text(r, 1, 20))) : List.of(),
                r.nextInt(4) == 0
                        ? List.of(new Reference(pick(r, Guide835.CLAIM_RENDERING_IDS), text(r, 1, 20)))
                        : List.of(),
                r.nextBoolean() ? date(r) : null,
                r.nextBoolean() ? date(r) : null,
                r.nextInt(8) == 0 ? date(r) : null,
                r.nextBoolean() ? date(r) : null,
                r.nextInt(6) == 0
                        ? List.of(new Contact("CX", null, List.of(new Communication("TE", digits(r, 10)))))
                        : List.of(),
                r.nextBoolean() ? List.of(new Amount(pick(r, Guide835.CLAIM_AMOUNTS), cents(r, 0, 10000))) : List.of(),
                r.nextInt(4) == 0
                        ? List.of(new Quantity(pick(r, Guide835.CLAIM_QUANTITIES), new BigDecimal(r.nextInt(9))))
                        : List.of(),
                services);
    }

    private static InpatientAdjudication mia(Random r) {
        return new InpatientAdjudication(
                new BigDecimal(r.nextInt(30)),
                null,
                null,
                cents(r, 0, 100000),
                null,
                null,
                cents(r, 0, 1000),
                null,
                null,
                null,
                null,
                null,
                null,
                new BigDecimal(3),
                null,
                null,
                null,
                null,
                r.nextBoolean() ? List.of("MA130") : List.of(),
                r.nextBoolean() ? cents(r, 0, 100) : null);
    }

    private static ServicePayment service(Random r, BigDecimal sign) {
        BigDecimal charge = cents(r, 1, 200000).multiply(sign);
        BigDecimal payment = norm(charge.multiply(new BigDecimal(r.nextInt(101)))
                .divide(new BigDecimal(100), 2, java.math.RoundingMode.DOWN));
        List<Adjustment> adjustments = split(r, charge.subtract(payment));
        List<String> modifiers = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            modifiers.add(text(r, 2, 2));
        }
        boolean range = r.nextBoolean();
        return new ServicePayment(
                new Procedure(pick(r, new String[] {"HC", "NU", "AD"}), text(r, 4, 6), modifiers, null),
                charge,
                payment,
                r.nextInt(4) == 0 ? digits(r, 4) : null,
                r.nextBoolean() ? new BigDecimal(1 + r.nextInt(5)) : null,
                r.nextInt(6) == 0
                        ? new Procedure("HC", text(r, 5, 5), List.of(), r.nextBoolean() ? text(r, 3, 20) : null)
                        : null,
                r.nextInt(6) == 0 ? new BigDecimal(1 + r.nextInt(5)) : null,
                range ? null : date(r),
                range ? date(r) : null,
                range ? date(r) : null,
                adjustments,
                r.nextInt(4) == 0 ? List.of(new Reference(pick(r, Guide835.SERVICE_IDS), text(r, 1, 10))) : List.of(),
                r.nextBoolean() ? text(r, 1, 30) : null,
                r.nextInt(4) == 0
                        ? List.of(new Reference(pick(r, Guide835.SERVICE_RENDERING_IDS), text(r, 1, 10)))
                        : List.of(),
                r.nextInt(8) == 0 ? List.of(text(r, 1, 10)) : List.of(),
                r.nextBoolean() ? List.of(new Amount("B6", cents(r, 0, 200000))) : List.of(),
                r.nextInt(8) == 0 ? List.of(new Quantity("ZK", new BigDecimal(2))) : List.of(),
                r.nextBoolean() ? List.of(new Remark(pick(r, new String[] {"HE", "RX"}), text(r, 3, 5))) : List.of());
    }

    /** Adjustments adding up to exactly {@code total}: none when it is zero, else one to eight. */
    private static List<Adjustment> split(Random r, BigDecimal total) {
        List<Adjustment> out = new ArrayList<>();
        if (total.signum() == 0 && r.nextBoolean()) {
            return out;
        }
        int n = 1 + r.nextInt(8);
        BigDecimal rest = total;
        String[] groups = {"CO", "PR", "OA", "PI"};
        for (int i = 0; i < n; i++) {
            BigDecimal a = i == n - 1 ? rest : cents(r, -2000, 20000);
            rest = rest.subtract(a);
            out.add(new Adjustment(
                    pick(r, groups),
                    pick(r, new String[] {"1", "2", "3", "45", "23", "A2", "253"}),
                    norm(a),
                    r.nextInt(5) == 0 ? new BigDecimal(1 + r.nextInt(3)) : null));
        }
        return out;
    }

    private static BigDecimal cents(Random r, int fromCents, int toCents) {
        return norm(BigDecimal.valueOf(fromCents + r.nextInt(toCents - fromCents + 1), 2));
    }

    /** The value as it reads back from X12 (no trailing zeros). */
    static BigDecimal norm(BigDecimal v) {
        return new BigDecimal(X12Writer.decimal(v));
    }

    private static LocalDate date(Random r) {
        return LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2500));
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String text(Random r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
        }
        return b.toString();
    }

    private static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }
}
