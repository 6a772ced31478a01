package org.openrcm.x12.claim;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openrcm.x12.ControlNumbers;
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

/** Claims for tests: a fixed professional claim and random claims of both kinds drawn from a seed. */
final class ClaimFixtures {

    static final ClaimWriter.Interchange INTERCHANGE =
            new ClaimWriter.Interchange("ZZ", "OPENRCM", "ZZ", "ACMEHEALTH", "OPENRCM", "ACMEHEALTH", false);
    static final LocalDateTime CREATED = LocalDateTime.of(2024, 3, 15, 10, 30);
    static final ClaimSubmission SUBMISSION = new ClaimSubmission(
            "00",
            "BATCH0001",
            LocalDate.of(2024, 3, 15),
            "1030",
            "CH",
            "OAK STREET CLINIC",
            "OPENRCM",
            "BILLING OFFICE",
            "2175550100",
            "ACME HEALTH",
            "ACMEHEALTH");

    static final Address CLINIC = new Address("100 OAK ST", "", "SPRINGFIELD", "IL", "627010000", "");
    static final BillingProvider BILLING = new BillingProvider(
            "2", "OAK STREET CLINIC", "", "", "", "1234567893", "207Q00000X", "EI", "371234567", CLINIC, "", "");

    private ClaimFixtures() {}

    static byte[] write(ClaimKind kind, List<Claim> claims) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClaimWriter.writeAll(out, kind, INTERCHANGE, ControlNumbers.startingAt(1001), CREATED, SUBMISSION, claims);
        return out.toByteArray();
    }

    static BigDecimal money(long cents) {
        BigDecimal v = BigDecimal.valueOf(cents, 2).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** The professional claim of the golden file: a replacement claim with two lines, a secondary payer. */
    static List<Claim> goldenClaims() {
        Person jane = new Person(
                "1",
                "DOE",
                "JANE",
                "A",
                "",
                "MI",
                "W123456789",
                new Address("12 ELM ST", "APT 4", "SPRINGFIELD", "IL", "62704", ""),
                LocalDate.of(1980, 2, 14),
                "F");
        Subscriber subscriber = new Subscriber("P", "18", "GRP100", "", "", "CI", jane);
        Party payer = new Party("ACME HEALTH", "PI", "60054", null);
        ClaimProvider rendering =
                new ClaimProvider("82", "1", "SMITH", "JOHN", "", "", "1972947588", "207Q00000X", null, List.of());
        ServiceLine visit = new ServiceLine(
                1,
                "",
                "HC",
                "99213",
                List.of("25"),
                "",
                money(12500),
                "UN",
                BigDecimal.ONE,
                "",
                List.of(1, 2),
                null,
                LocalDate.of(2024, 3, 1),
                null,
                "LINE-1",
                null,
                List.of(),
                List.of(new LineAdjudication(
                        "OTHERPAYER",
                        money(8000),
                        "",
                        "HC",
                        "99213",
                        List.of("25"),
                        BigDecimal.ONE,
                        List.of(new Adjustment("CO", "45", money(4500), null)),
                        LocalDate.of(2024, 3, 10),
                        null)));
        ServiceLine injection = new ServiceLine(
                2,
                "",
                "HC",
                "J1100",
                List.of(),
                "",
                money(3050),
                "UN",
                BigDecimal.ONE,
                "",
                List.of(1),
                null,
                LocalDate.of(2024, 3, 1),
                null,
                "LINE-2",
                new Drug("N4", "00009004701", BigDecimal.ONE, "ML"),
                List.of(),
                List.of());
        OtherPayer secondary = new OtherPayer(
                "S",
                "18",
                "",
                "",
                "",
                "MB",
                List.of(),
                money(8000),
                null,
                null,
                "Y",
                "Y",
                new Person("1", "DOE", "JANE", "", "", "MI", "1EG4TE5MK73", null, null, ""),
                new Party("OTHER PAYER", "PI", "OTHERPAYER", null),
                LocalDate.of(2024, 3, 10),
                "");
        Claim claim = new Claim(
                ClaimKind.PROFESSIONAL,
                BILLING,
                null,
                null,
                subscriber,
                null,
                payer,
                "PAT1001-1",
                money(15550),
                "11",
                "7",
                "Y",
                "A",
                "Y",
                "Y",
                List.of(),
                "",
                "",
                null,
                "PCN20240301777",
                "AUTH5555",
                "",
                "",
                List.of(new ClaimDate("431", LocalDate.of(2024, 2, 27), null)),
                List.of(HealthCareCode.of("ABK", "J0190"), HealthCareCode.of("ABF", "R509")),
                List.of(),
                List.of(rendering),
                List.of(secondary),
                List.of(visit, injection),
                null);
        return List.of(claim);
    }

    // ---- random claims

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String[] CPT = {"99213", "99214", "J1100", "85025", "93010", "G0439", "36415"};
    private static final String[] ICD = {"J0190", "R509", "E119", "I10", "Z0000", "M545", "K219"};

    static List<Claim> randomClaims(long seed, int count, ClaimKind kind) {
        Random r = new Random(seed);
        List<Claim> claims = new ArrayList<>();
        BillingProvider[] billing = {BILLING, billingProvider(r, kind)};
        Subscriber[] subscribers = {subscriber(r), subscriber(r)};
        for (int i = 0; i < count; i++) {
            claims.add(claim(r, kind, i, billing[r.nextInt(2)], subscribers[r.nextInt(2)]));
        }
        return claims;
    }

    private static String word(Random r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(LETTERS.charAt(r.nextInt(26)));
        }
        return b.toString();
    }

    private static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    private static Address address(Random r) {
        return new Address(
                digits(r, 3) + " " + word(r, 3, 10) + " ST",
                r.nextBoolean() ? "" : "SUITE " + digits(r, 2),
                word(r, 3, 12),
                "NY",
                digits(r, 5),
                "");
    }

    private static LocalDate date(Random r) {
        return LocalDate.of(2023, 1, 1).plusDays(r.nextInt(600));
    }

    private static BillingProvider billingProvider(Random r, ClaimKind kind) {
        boolean person = kind == ClaimKind.PROFESSIONAL && r.nextBoolean();
        boolean contact = r.nextBoolean();
        return new BillingProvider(
                person ? "1" : "2",
                word(r, 3, 20),
                person ? word(r, 2, 10) : "",
                "",
                "",
                digits(r, 10),
                r.nextBoolean() ? "" : "207Q00000X",
                person && r.nextBoolean() ? "SY" : "EI",
                digits(r, 9),
                address(r),
                contact ? word(r, 3, 10) : "",
                contact ? digits(r, 10) : "");
    }

    private static Person person(Random r, boolean withId) {
        return new Person(
                "1",
                word(r, 2, 15),
                word(r, 2, 10),
                r.nextBoolean() ? "" : word(r, 1, 1),
                "",
                withId ? "MI" : "",
                withId ? word(r, 2, 3) + digits(r, 8) : "",
                address(r),
                LocalDate.of(1930 + r.nextInt(90), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                r.nextBoolean() ? "F" : "M");
    }

    private static Subscriber subscriber(Random r) {
        return new Subscriber(
                "P",
                "18",
                r.nextBoolean() ? "" : "G" + digits(r, 5),
                "",
                "",
                r.nextBoolean() ? "CI" : "MB",
                person(r, true));
    }

    private static Claim claim(Random r, ClaimKind kind, int n, BillingProvider billing, Subscriber sub) {
        boolean inst = kind == ClaimKind.INSTITUTIONAL;
        Patient patient = r.nextInt(4) == 0 ? new Patient("19", person(r, false)) : null;
        Subscriber s = patient == null
                ? sub
                : new Subscriber(
                        sub.responsibility(),
                        "",
                        sub.groupNumber(),
                        sub.groupName(),
                        sub.insuranceType(),
                        sub.claimFilingIndicator(),
                        sub.person());
        LocalDate service = date(r);
        int lineCount = 1 + r.nextInt(4);
        List<ServiceLine> lines = new ArrayList<>();
        long total = 0;
        for (int i = 1; i <= lineCount; i++) {
            long cents = 100 + r.nextInt(500_000);
            total += cents;
            List<String> mods = new ArrayList<>();
            for (int m = r.nextInt(3); m > 0; m--) {
                mods.add(word(r, 2, 2));
            }
            String revenueCode = inst ? "0" + digits(r, 3) : "";
            List<Integer> pointers = new ArrayList<>();
            if (!inst) {
                for (int p = 1 + r.nextInt(4); p > 0; p--) {
                    pointers.add(1 + r.nextInt(1));
                }
            }
            List<LineAdjudication> adjudications = new ArrayList<>();
            if (r.nextInt(3) == 0) {
                adjudications.add(new LineAdjudication(
                        "P" + digits(r, 5),
                        money(r.nextInt(10_000)),
                        inst ? revenueCode : "",
                        "HC",
                        CPT[r.nextInt(CPT.length)],
                        List.of(),
                        BigDecimal.ONE,
                        List.of(new Adjustment("CO", "45", money(1 + r.nextInt(5000)), null)),
                        service.plusDays(20),
                        null));
            }
            List<ClaimProvider> lineProviders = new ArrayList<>();
            if (r.nextInt(4) == 0) {
                lineProviders.add(new ClaimProvider(
                        "82", "1", word(r, 2, 12), word(r, 2, 8), "", "", digits(r, 10), "", null, List.of()));
            }
            lines.add(new ServiceLine(
                    i,
                    revenueCode,
                    "HC",
                    CPT[r.nextInt(CPT.length)],
                    mods,
                    "",
                    money(cents),
                    "UN",
                    BigDecimal.valueOf(1 + r.nextInt(9)),
                    inst || r.nextBoolean() ? "" : "11",
                    pointers,
                    null,
                    service,
                    r.nextInt(5) == 0 ? service.plusDays(2) : null,
                    r.nextBoolean() ? "" : "L" + digits(r, 6),
                    !inst && r.nextInt(5) == 0
                            ? new Drug("N4", digits(r, 11), money(100 + r.nextInt(1000)), "ML")
                            : null,
                    lineProviders,
                    adjudications));
        }
        List<HealthCareCode> codes = new ArrayList<>();
        codes.add(HealthCareCode.of("ABK", ICD[r.nextInt(ICD.length)]));
        for (int i = r.nextInt(inst ? 14 : 12); i > 0; i--) {
            codes.add(HealthCareCode.of("ABF", ICD[r.nextInt(ICD.length)]));
        }
        if (inst) {
            if (r.nextBoolean()) {
                codes.add(1, HealthCareCode.of("ABJ", ICD[r.nextInt(ICD.length)]));
            }
            if (r.nextBoolean()) {
                codes.add(new HealthCareCode("BH", "11", "D8", ClaimWriter.date(service), null));
            }
            if (r.nextBoolean()) {
                codes.add(new HealthCareCode("BE", "80", "", "", BigDecimal.valueOf(1 + r.nextInt(9))));
            }
            if (r.nextBoolean()) {
                codes.add(HealthCareCode.of("BG", "A" + digits(r, 1)));
            }
        }
        List<ClaimProvider> providers = new ArrayList<>();
        if (r.nextBoolean()) {
            providers.add(
                    inst
                            ? new ClaimProvider(
                                    "71",
                                    "1",
                                    word(r, 2, 12),
                                    word(r, 2, 8),
                                    "",
                                    "",
                                    digits(r, 10),
                                    "207Q00000X",
                                    null,
                                    List.of())
                            : new ClaimProvider(
                                    "82",
                                    "1",
                                    word(r, 2, 12),
                                    word(r, 2, 8),
                                    "",
                                    "",
                                    digits(r, 10),
                                    "207Q00000X",
                                    null,
                                    List.of(new Reference("G2", digits(r, 6)))));
        }
        if (r.nextBoolean()) {
            providers.add(
                    new ClaimProvider("77", "2", word(r, 3, 20), "", "", "", digits(r, 10), "", address(r), List.of()));
        }
        List<OtherPayer> others = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            others.add(new OtherPayer(
                    "S",
                    "18",
                    "",
                    "",
                    "",
                    "CI",
                    List.of(
                            new Adjustment("CO", "45", money(1 + r.nextInt(9000)), null),
                            new Adjustment("CO", "253", money(1 + r.nextInt(90)), BigDecimal.ONE),
                            new Adjustment("PR", "2", money(1 + r.nextInt(9000)), null)),
                    money(r.nextInt(90_000)),
                    null,
                    r.nextBoolean() ? null : money(r.nextInt(5000)),
                    "Y",
                    "Y",
                    new Person("1", word(r, 2, 10), word(r, 2, 8), "", "", "MI", digits(r, 9), null, null, ""),
                    new Party(word(r, 3, 20), "PI", digits(r, 5), null),
                    r.nextBoolean() ? null : service.plusDays(15),
                    r.nextBoolean() ? "" : digits(r, 12)));
        }
        String frequency = new String[] {"1", "1", "7", "8"}[r.nextInt(4)];
        LocalDate admission = inst && r.nextBoolean() ? service : null;
        return new Claim(
                kind,
                billing,
                r.nextInt(4) == 0 ? address(r) : null,
                null,
                s,
                patient,
                new Party(word(r, 3, 20), "PI", digits(r, 5), null),
                "C" + n + "-" + digits(r, 6),
                money(total),
                inst ? "13" : "11",
                frequency,
                inst ? "" : "Y",
                "A",
                "Y",
                inst ? "I" : "Y",
                !inst && r.nextInt(4) == 0 ? List.of("AA") : List.of(),
                "",
                "",
                !inst && r.nextBoolean() ? money(r.nextInt(5000)) : null,
                frequency.equals("1") ? "" : digits(r, 14),
                r.nextBoolean() ? "" : "AUTH" + digits(r, 6),
                r.nextBoolean() ? "" : "REF" + digits(r, 5),
                r.nextBoolean() ? "" : "MR" + digits(r, 6),
                !inst && r.nextBoolean() ? List.of(new ClaimDate("431", service.minusDays(3), null)) : List.of(),
                codes,
                r.nextInt(4) == 0 ? List.of(new Note("ADD", word(r, 5, 40))) : List.of(),
                providers,
                others,
                lines,
                inst
                        ? new Claim.Institutional(
                                service,
                                service.plusDays(r.nextInt(3)),
                                admission,
                                admission != null && r.nextBoolean() ? "0930" : "",
                                "",
                                "1",
                                "7",
                                "01")
                        : null);
    }
}
