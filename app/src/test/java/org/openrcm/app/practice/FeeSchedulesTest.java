package org.openrcm.app.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openrcm.app.audit.AuditLog;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.PayerId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.testing.ApplicationTest;
import org.openrcm.app.testing.SharedData;
import org.openrcm.codes.fees.FeeSchedule;
import org.openrcm.codes.fees.GpciFile;
import org.openrcm.codes.fees.Locality;
import org.openrcm.codes.fees.RvuFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Charges priced from a practice's fee schedules on PostgreSQL: the Medicare kind from the real July 2024 MPFS files
 * (read here rather than imported, so the shared test database's code sets stay as other tests expect), flat price
 * lists, a payer's own schedule winning over the default, and the refusals that name what is missing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeeSchedulesTest extends ApplicationTest {
    private static final LocalDate JULY_2024 = LocalDate.of(2024, 8, 15);
    private static final Locality SAN_FRANCISCO = new Locality("01112", "05");

    @Autowired
    CurrentActor current;

    @Autowired
    Practices practices;

    @Autowired
    FeeScheduleRepository repository;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    @Autowired
    FeeSchedules wired;

    @Autowired
    JdbcClient jdbc;

    /** The facade built here is no Spring proxy, so the test gives its calls the transaction the bean would. */
    TransactionTemplate transactions;

    @Autowired
    void transactions(PlatformTransactionManager manager) {
        transactions = new TransactionTemplate(manager);
    }

    FeeSchedule rvu24c;
    FeeSchedules schedules;
    PracticeId practice;
    PayerId medicare;
    PayerId acme;
    PayerId other;

    @BeforeAll
    void readMpfs() throws IOException {
        Path rvus = SharedData.file("codes/fees/PPRRVU2024_JUL_rvu24c.csv");
        Path gpcis = SharedData.file("codes/fees/GPCI2024_rvu24c.csv");
        LocalDate effective = LocalDate.of(2024, 7, 1);
        try (InputStream r = Files.newInputStream(rvus);
                InputStream g = Files.newInputStream(gpcis)) {
            rvu24c = RvuFile.read(r, rvus.getFileName().toString(), "RVU24C", effective)
                    .merge(GpciFile.read(g, gpcis.getFileName().toString(), "RVU24C", effective));
        }
        schedules = new FeeSchedules(
                repository,
                current,
                audit,
                clock,
                date -> date.isBefore(effective) ? Optional.empty() : Optional.of(rvu24c));
    }

    @BeforeEach
    void freshPractice() {
        asSystem(() -> {
            CompanyId company = practices.createCompany("Fee Billing Co");
            practice = practices.createPractice(new NewPractice(
                    company,
                    "FEE" + (System.nanoTime() % 1_000_000_000L),
                    "Fee Pediatrics",
                    Npi.withCheckDigit("199999999"),
                    "389999998",
                    "208000000X",
                    new Address("1 Elm St", null, "Urbana", "IL", "61801")));
            medicare = practices.addPayer(new NewPayer(company, "MCR", "Medicare", PayerKind.MEDICARE, "01112", 365));
            acme = practices.addPayer(new NewPayer(company, "ACME", "Acme Health", PayerKind.COMMERCIAL, "AC1", 90));
            other = practices.addPayer(new NewPayer(company, "OTHER", "Other Health", PayerKind.COMMERCIAL, "OT1", 90));
            return null;
        });
    }

    @Test
    void medicareAmountIsTheRvusTimesTheGpcisTimesTheConversionFactorAtTheContractPercentage() {
        asSystem(() -> {
            schedules.useMedicareSchedule(practice, acme, "Acme PPO", SAN_FRANCISCO, new BigDecimal("120"));
            return null;
        });
        // PPRRVU24C 99214: work 1.92, facility PE 0.83, MP 0.14, CF 33.2875; GPCI 01112-05: 1.088, 1.419, 0.445.
        // 1.92 × 1.088 + 0.83 × 1.419 + 0.14 × 0.445 = 2.08896 + 1.17777 + 0.0623 = 3.32903
        // 3.32903 × 33.2875 = 110.815086… → 110.82; × 120% = 132.984 → 132.98; × 1 unit = 132.98
        ChargeQuote quote = price(acme, "99214", List.of(), "1", "22");
        assertThat(quote.amount()).isEqualTo(Money.of("132.98"));
        assertThat(quote.unitPrice()).isEqualTo(Money.of("132.98"));
        assertThat(quote.kind()).isEqualTo(FeeScheduleKind.MEDICARE_MPFS);
        assertThat(quote.source())
                .isEqualTo("Acme PPO: MPFS RVU24C, locality 01112-05 (facility): 99214 (1.92 × 1.088 + 0.83 × 1.419"
                        + " + 0.14 × 0.445) × 33.2875 = 110.82 × 120% = 132.98 × 1 unit = 132.98");
    }

    @Test
    void officeVisitsAreAtTheNonFacilityRateAndPricedModifiersHaveTheirOwnRvus() {
        asSystem(() -> {
            schedules.useMedicareSchedule(practice, medicare, "Medicare", SAN_FRANCISCO, new BigDecimal("100"));
            return null;
        });
        // Non-facility PE 1.79: 2.08896 + 1.79 × 1.419 (2.54001) + 0.0623 = 4.69127 × 33.2875 = 156.160650… → 156.16
        ChargeQuote office = price(medicare, "99214", List.of("25"), "2", "11");
        assertThat(office.unitPrice()).isEqualTo(Money.of("156.16"));
        assertThat(office.amount()).isEqualTo(Money.of("312.32"));
        assertThat(office.source())
                .contains("(non-facility)")
                .doesNotContain("%")
                .endsWith("× 2 units = 312.32");

        // 71046-26: 0.22 × 1.088 + 0.08 × 1.419 + 0.01 × 0.445 = 0.35733 × 33.2875 = 11.894622… → 11.89
        ChargeQuote reading = price(medicare, "71046", List.of("59", "26"), "1", "11");
        assertThat(reading.amount()).isEqualTo(Money.of("11.89"));
        assertThat(reading.source()).contains("71046-26 (0.22 × 1.088");
    }

    @Test
    void flatPricesPreferTheRowOfTheLinesModifierAndMultiplyByUnits() {
        asSystem(() -> {
            schedules.useFlatSchedule(practice, null, "Fee Pediatrics standard");
            schedules.putFlatPrices(
                    practice,
                    null,
                    List.of(
                            new FlatPrice("99214", "", Money.of("150.00")),
                            new FlatPrice("99214", "25", Money.of("165.00")),
                            new FlatPrice("36415", null, Money.of("10.01"))));
            return null;
        });
        ChargeQuote plain = price(null, "99214", List.of(), "1", "11");
        assertThat(plain.amount()).isEqualTo(Money.of("150.00"));
        assertThat(plain.kind()).isEqualTo(FeeScheduleKind.FLAT);
        assertThat(plain.source())
                .isEqualTo("Fee Pediatrics standard flat price list: 99214 = 150.00 × 1 unit = 150.00");
        assertThat(price(acme, "99214", List.of("25"), "1", "11").amount()).isEqualTo(Money.of("165.00"));
        assertThat(price(acme, "99214", List.of("59"), "1", "11").amount())
                .as("a modifier without a row of its own is priced as the code alone")
                .isEqualTo(Money.of("150.00"));
        assertThat(price(null, "99214", List.of(), "1.5", "11").amount()).isEqualTo(Money.of("225.00"));
        assertThat(price(null, "36415", List.of(), "0.5", "11").amount())
                .as("10.01 × 0.5 = 5.005, half up")
                .isEqualTo(Money.of("5.01"));

        asSystem(() -> {
            schedules.putFlatPrices(practice, null, List.of(new FlatPrice("99214", "", Money.of("155.00"))));
            return null;
        });
        assertThat(price(null, "99214", List.of(), "1", "11").amount()).isEqualTo(Money.of("155.00"));
        assertThat(price(null, "99214", List.of("25"), "1", "11").amount()).isEqualTo(Money.of("165.00"));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'FEE_SCHEDULE' and practice_id = :p")
                        .param("p", practice.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aPayersOwnScheduleWinsOverThePracticeDefault() {
        asSystem(() -> {
            schedules.useFlatSchedule(practice, null, "Standard");
            schedules.putFlatPrices(practice, null, List.of(new FlatPrice("99214", "", Money.of("150.00"))));
            schedules.useMedicareSchedule(practice, acme, "Acme PPO", SAN_FRANCISCO, new BigDecimal("120"));
            return null;
        });
        assertThat(price(acme, "99214", List.of(), "1", "22").amount()).isEqualTo(Money.of("132.98"));
        assertThat(price(other, "99214", List.of(), "1", "22").amount()).isEqualTo(Money.of("150.00"));
        assertThat(price(null, "99214", List.of(), "1", "22").amount()).isEqualTo(Money.of("150.00"));
        assertThat(asSystem(() -> schedules.schedules(practice)))
                .extracting(FeeScheduleView::name, FeeScheduleView::payerId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Acme PPO", acme),
                        org.assertj.core.groups.Tuple.tuple("Standard", null));

        asSystem(() -> {
            schedules.useFlatSchedule(practice, acme, "Acme flat");
            schedules.putFlatPrices(practice, acme, List.of(new FlatPrice("99214", "", Money.of("140.00"))));
            return null;
        });
        assertThat(price(acme, "99214", List.of(), "1", "22").source())
                .as("setting a payer's schedule again replaces it")
                .startsWith("Acme flat flat price list: 99214 = 140.00");
    }

    @Test
    void refusalsNameWhatIsMissing() {
        assertRefused(() -> price(acme, "99214", List.of(), "1", "11"), "FEE_SCHEDULE_MISSING", "assign the practice");
        asSystem(() -> {
            schedules.useFlatSchedule(practice, null, "Standard");
            schedules.useMedicareSchedule(practice, medicare, "Medicare", SAN_FRANCISCO, new BigDecimal("100"));
            return null;
        });
        assertRefused(() -> price(acme, "99215", List.of("25"), "1", "11"), "PRICE_MISSING", "no price for 99215");
        assertRefused(
                () -> asSystem(() -> schedules.priceOf(
                        practice, medicare, "99214", List.of(), BigDecimal.ONE, LocalDate.of(2024, 3, 1), "11")),
                "MPFS_MISSING",
                "2024-03-01");
        assertRefused(() -> price(medicare, "00100", List.of(), "1", "11"), "MPFS_NOT_PRICED", "anesthesia service");
        assertRefused(() -> price(medicare, "99214", List.of(), "0", "11"), "UNITS_INVALID", "more than zero");
        assertRefused(
                () -> asSystem(() -> {
                    schedules.putFlatPrices(practice, medicare, List.of(new FlatPrice("99214", "", Money.of("1"))));
                    return null;
                }),
                "FLAT_SCHEDULE_MISSING",
                "no flat price list");
        assertRefused(
                () -> asSystem(() -> {
                    schedules.useMedicareSchedule(practice, acme, "Acme", SAN_FRANCISCO, BigDecimal.ZERO);
                    return null;
                }),
                "FEE_SCHEDULE_PERCENT_INVALID",
                "more than 0%");
        PayerId stranger = demoPayer();
        assertRefused(
                () -> asSystem(() -> {
                    schedules.useFlatSchedule(practice, stranger, "Elsewhere");
                    return null;
                }),
                "NOT_FOUND",
                "payer");
    }

    @Test
    void theApplicationPricesFromTheImportedCatalogAndRefusesADateNoReleaseCovers() {
        asSystem(() -> {
            wired.useMedicareSchedule(practice, null, "Medicare", SAN_FRANCISCO, new BigDecimal("100"));
            return null;
        });
        assertRefused(
                () -> asSystem(() -> wired.priceOf(
                        practice, null, "99214", List.of(), BigDecimal.ONE, LocalDate.of(1990, 1, 2), "11")),
                "MPFS_MISSING",
                "1990-01-02");
    }

    @Test
    void nobodyOutsideThePracticesScopeGetsAPriceOrSetsASchedule() {
        asSystem(() -> {
            schedules.useFlatSchedule(practice, null, "Standard");
            schedules.putFlatPrices(practice, null, List.of(new FlatPrice("99214", "", Money.of("150.00"))));
            return null;
        });
        assertRefused(
                () -> transactions.execute(status ->
                        schedules.priceOf(practice, null, "99214", List.of(), BigDecimal.ONE, JULY_2024, "11")),
                "NOT_FOUND",
                "practice");
        assertThat(asSystem(() -> schedules.schedules(practice))).hasSize(1);
    }

    private PayerId demoPayer() {
        return asSystem(() -> practices.payers().stream()
                .filter(p -> !p.companyId().equals(companyOf(practice)))
                .findFirst()
                .orElseThrow()
                .id());
    }

    private CompanyId companyOf(PracticeId id) {
        return practices.practice(id).orElseThrow().companyId();
    }

    private ChargeQuote price(PayerId payer, String code, List<String> modifiers, String units, String pos) {
        return asSystem(
                () -> schedules.priceOf(practice, payer, code, modifiers, new BigDecimal(units), JULY_2024, pos));
    }

    private <T> T asSystem(Supplier<T> work) {
        return current.runAsSystem("test", () -> transactions.execute(status -> work.get()));
    }

    private static void assertRefused(Runnable call, String code, String messagePart) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo(code))
                .hasMessageContaining(messagePart);
    }
}
