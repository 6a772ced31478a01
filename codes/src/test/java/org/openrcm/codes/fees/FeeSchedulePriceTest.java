package org.openrcm.codes.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MPFS amounts of RVU24C (July 2024, conversion factor 33.2875 from March 9, 2024), checked against amounts computed
 * by hand from the file values: [(work RVU × work GPCI) + (PE RVU × PE GPCI) + (MP RVU × MP GPCI)] × CF, rounded half
 * up to cents at the end.
 *
 * <p>RVUs (PPRRVU2024_JUL_rvu24c.csv): 99213 work 1.30, non-facility PE 1.33, facility PE 0.56, MP 0.10; 99214 work
 * 1.92, non-facility PE 1.79, facility PE 0.83, MP 0.14. GPCIs (GPCI2024_rvu24c.csv): Alabama 10112-00 work 1.000, PE
 * 0.869, MP 0.575; Manhattan 13202-01 work 1.065, PE 1.166, MP 1.656; San Francisco 01112-05 work 1.088, PE 1.419, MP
 * 0.445; Alaska 02102-01 work 1.5, PE 1.081, MP 0.592.
 */
class FeeSchedulePriceTest {

    static FeeSchedule rvu24c;

    static final Locality ALABAMA = Locality.parse("10112-00");
    static final Locality MANHATTAN = Locality.parse("13202-01");
    static final Locality SAN_FRANCISCO = Locality.parse("01112-05");
    static final Locality ALASKA = Locality.parse("02102-01");

    @BeforeAll
    static void read() throws IOException {
        rvu24c = FeeScheduleFilesTest.rvu24c();
    }

    static BigDecimal amount(String hcpcs, String modifier, Locality locality, boolean facility) {
        Price p = rvu24c.price(hcpcs, modifier, locality, facility);
        assertThat(p).as(hcpcs + " in " + locality).isInstanceOf(Price.Priced.class);
        return ((Price.Priced) p).amount();
    }

    @Test
    void officeVisit99213() {
        // Alabama, non-facility: 1.30×1.000 = 1.3; 1.33×0.869 = 1.15577; 0.10×0.575 = 0.0575;
        // sum 2.51327 × 33.2875 = 83.660475125 → 83.66
        assertThat(amount("99213", "", ALABAMA, false)).isEqualTo(new BigDecimal("83.66"));
        // Alabama, facility: 1.3 + 0.56×0.869 = 0.48664 + 0.0575 = 1.84414 × 33.2875 = 61.38681025 → 61.39
        assertThat(amount("99213", "", ALABAMA, true)).isEqualTo(new BigDecimal("61.39"));
        // Manhattan, non-facility: 1.30×1.065 = 1.3845; 1.33×1.166 = 1.55078; 0.10×1.656 = 0.1656;
        // sum 3.10088 × 33.2875 = 103.220543 → 103.22
        assertThat(amount("99213", "", MANHATTAN, false)).isEqualTo(new BigDecimal("103.22"));
        // Manhattan, facility: 1.3845 + 0.56×1.166 = 0.65296 + 0.1656 = 2.20306 × 33.2875 = 73.33435975 → 73.33
        assertThat(amount("99213", "", MANHATTAN, true)).isEqualTo(new BigDecimal("73.33"));
        // San Francisco, non-facility: 1.30×1.088 = 1.4144; 1.33×1.419 = 1.88727; 0.10×0.445 = 0.0445;
        // sum 3.34617 × 33.2875 = 111.385633875 → 111.39
        assertThat(amount("99213", "", SAN_FRANCISCO, false)).isEqualTo(new BigDecimal("111.39"));
    }

    @Test
    void officeVisit99214() {
        // Alabama, non-facility: 1.92×1.000 = 1.92; 1.79×0.869 = 1.55551; 0.14×0.575 = 0.0805;
        // sum 3.55601 × 33.2875 = 118.370682875 → 118.37
        assertThat(amount("99214", "", ALABAMA, false)).isEqualTo(new BigDecimal("118.37"));
        // Alabama, facility: 1.92 + 0.83×0.869 = 0.72127 + 0.0805 = 2.72177 × 33.2875 = 90.600918875 → 90.60
        assertThat(amount("99214", "", ALABAMA, true)).isEqualTo(new BigDecimal("90.60"));
        // Manhattan, non-facility: 1.92×1.065 = 2.0448; 1.79×1.166 = 2.08714; 0.14×1.656 = 0.23184;
        // sum 4.36378 × 33.2875 = 145.25932675 → 145.26
        assertThat(amount("99214", "", MANHATTAN, false)).isEqualTo(new BigDecimal("145.26"));
        // Manhattan, facility: 2.0448 + 0.83×1.166 = 0.96778 + 0.23184 = 3.24442 × 33.2875 = 107.99863075 → 108.00
        assertThat(amount("99214", "", MANHATTAN, true)).isEqualTo(new BigDecimal("108.00"));
        // Alaska, non-facility: 1.92×1.5 = 2.88; 1.79×1.081 = 1.93499; 0.14×0.592 = 0.08288;
        // sum 4.89787 × 33.2875 = 163.037847625 → 163.04
        assertThat(amount("99214", "", ALASKA, false)).isEqualTo(new BigDecimal("163.04"));
    }

    @Test
    void theBreakdownSaysWhereEachFactorCameFrom() {
        Price.Priced p = (Price.Priced) rvu24c.price("99214", null, MANHATTAN, true);
        assertThat(p.rvu().source()).isEqualTo(new Source(FeeScheduleFilesTest.PPRRVU, 18_499));
        assertThat(p.gpci().source()).isEqualTo(new Source(FeeScheduleFilesTest.GPCI, 76));
        assertThat(p.practiceExpenseRvu()).isEqualByComparingTo("0.83");
        assertThat(p.conversionFactor()).isEqualByComparingTo("33.2875");
        assertThat(p.conversionFactorSource())
                .as("the CF on the RVU line")
                .isEqualTo(new Source(FeeScheduleFilesTest.PPRRVU, 18_499));
        assertThat(p.workPart()).isEqualByComparingTo("2.0448");
        assertThat(p.practiceExpensePart()).isEqualByComparingTo("0.96778");
        assertThat(p.malpracticePart()).isEqualByComparingTo("0.23184");
        assertThat(p.adjustedRvus()).isEqualByComparingTo("3.24442");
        assertThat(p.amount().scale()).isEqualTo(2);
        System.out.print(p.explain());
        System.out.print(((Price.Priced) rvu24c.price("27130", "51", ALASKA, false)).explain());
        assertThat(p.notes())
                .as("the history agrees with the file's CF on July 1, 2024")
                .isEmpty();
        assertThat(p.explain())
                .contains("99214 in locality 13202-01 (MANHATTAN), facility rate")
                .contains("work RVU 1.92 × work GPCI 1.065 = 2.04480")
                .contains("facility PE RVU 0.83 × PE GPCI 1.166 = 0.96778")
                .contains("3.24442 × conversion factor 33.2875 = 107.998630750 → $108.00")
                .contains("GPCIs: fees/GPCI2024_rvu24c.csv, line 76");
    }

    @Test
    void componentsAndModifiers() {
        // 71046-26 Manhattan: 0.22×1.065 = 0.2343; 0.08×1.166 = 0.09328; 0.01×1.656 = 0.01656;
        // sum 0.34414 × 33.2875 = 11.45556025 → 11.46
        assertThat(amount("71046", "26", MANHATTAN, true)).isEqualTo(new BigDecimal("11.46"));
        Price.Priced with25 = (Price.Priced) rvu24c.price("99213", "25", ALABAMA, false);
        assertThat(with25.amount()).as("modifier 25 does not change the amount").isEqualTo(new BigDecimal("83.66"));
        assertThat(with25.modifier()).isEmpty();
        assertThat(with25.notes())
                .singleElement()
                .asString()
                .startsWith("modifier 25 does not change the fee schedule");
        assertThat(rvu24c.price("99213", "26", ALABAMA, false))
                .isInstanceOfSatisfying(
                        Price.NotPriced.class,
                        n -> assertThat(n.reason())
                                .isEqualTo("99213 with modifier 26 has no RVUs in fee schedule RVU24C: the code has no"
                                        + " separate professional component there"));
    }

    @Test
    void naSettingsAreNoted() {
        // 27130 Alaska, non-facility (NA): 19.6×1.5 = 29.4; 15×1.081 = 16.215; 4.03×0.592 = 2.38576;
        // sum 48.00076 × 33.2875 = 1597.8252985 → 1597.83
        Price.Priced hip = (Price.Priced) rvu24c.price("27130", "", ALASKA, false);
        assertThat(hip.amount()).isEqualTo(new BigDecimal("1597.83"));
        assertThat(hip.notes()).singleElement().asString().contains("non-facility practice expense NA");
        assertThat(((Price.Priced) rvu24c.price("27130", "", ALASKA, true)).notes())
                .isEmpty();
        assertThat(((Price.Priced) rvu24c.price("71046", "", ALASKA, true)).notes())
                .singleElement()
                .asString()
                .contains("facility practice expense NA");
    }

    @Test
    void codesMedicareDoesNotPayByRvusGiveTheReason() {
        Map<String, String> expected = Map.of(
                "G0008",
                "G0008 has status X: excluded from the fee schedule by statute",
                "00100",
                "00100 has status J: an anesthesia service: paid by base and time units times the anesthesia"
                        + " conversion factor (19.77 in locality 10112-00), not by RVUs");
        expected.forEach((code, reason) -> assertThat(rvu24c.price(code, "", ALABAMA, false))
                .isInstanceOfSatisfying(Price.NotPriced.class, n -> {
                    assertThat(n.reason()).isEqualTo(reason);
                    assertThat(n.rvu()).isNotNull();
                }));
        for (String status : List.of("B", "C", "E", "I", "M", "N", "P")) {
            Rvu any = rvu24c.rvus().values().stream()
                    .filter(r -> r.status().equals(status))
                    .findFirst()
                    .orElseThrow();
            assertThat(rvu24c.price(any.hcpcs(), any.modifier(), ALABAMA, false))
                    .as("status " + status)
                    .isInstanceOfSatisfying(
                            Price.NotPriced.class, n -> assertThat(n.reason()).contains("has status " + status + ": "));
        }
        Rvu restricted = rvu24c.rvus().values().stream()
                .filter(r -> r.status().equals("R") && r.work().signum() > 0)
                .findFirst()
                .orElseThrow();
        assertThat(rvu24c.price(restricted.hcpcs(), restricted.modifier(), ALABAMA, false))
                .isInstanceOfSatisfying(
                        Price.Priced.class,
                        p -> assertThat(p.notes()).anyMatch(n -> n.startsWith("status R: restricted coverage")));
    }

    @Test
    void whatTheScheduleLacksGivesTheReason() {
        assertThat(rvu24c.price("99213", "", Locality.parse("99999-99"), false))
                .isInstanceOfSatisfying(
                        Price.NotPriced.class,
                        n -> assertThat(n.reason())
                                .isEqualTo("locality 99999-99 is not in the GPCI file of fee schedule RVU24C"));
        assertThat(rvu24c.price("ZZZZZ", "", ALABAMA, false))
                .isInstanceOfSatisfying(
                        Price.NotPriced.class,
                        n -> assertThat(n.reason()).isEqualTo("ZZZZZ is not in fee schedule RVU24C"));
        FeeSchedule rvusOnly = FeeSchedule.empty("RVU24C", FeeScheduleFilesTest.JULY_2024)
                .merge(new FeeSchedule(
                        "RVU24C",
                        FeeScheduleFilesTest.JULY_2024,
                        rvu24c.rvus(),
                        Map.of(),
                        Map.of(),
                        List.of(),
                        List.of()));
        assertThat(rvusOnly.price("99213", "", ALABAMA, false))
                .isInstanceOfSatisfying(
                        Price.NotPriced.class,
                        n -> assertThat(n.reason()).isEqualTo("no GPCI file of fee schedule RVU24C is imported"));
        assertThat(FeeSchedule.empty("X", FeeScheduleFilesTest.JULY_2024).price("99213", "", ALABAMA, false))
                .isInstanceOfSatisfying(
                        Price.NotPriced.class,
                        n -> assertThat(n.reason()).isEqualTo("no RVU (PPRRVU) file of fee schedule X is imported"));
    }

    @Test
    void withoutACfOnTheRvuLineTheHistoryGivesIt() {
        Rvu e213 = rvu24c.rvu("99213", "").orElseThrow();
        Rvu noCf = new Rvu(
                e213.hcpcs(),
                "",
                e213.description(),
                "A",
                false,
                e213.work(),
                e213.nonFacilityPe(),
                e213.facilityPe(),
                e213.malpractice(),
                false,
                false,
                null,
                null,
                e213.policy(),
                null,
                null,
                e213.source());
        FeeSchedule march = new FeeSchedule(
                "RVU24A",
                LocalDate.of(2024, 1, 1),
                Map.of("99213", noCf),
                rvu24c.gpcis(),
                Map.of(),
                List.of(),
                rvu24c.conversionFactors());
        Price.Priced p = (Price.Priced) march.price("99213", "", ALABAMA, false);
        // 2.51327 × 32.7442 (January 1 - March 8, 2024) = 82.29541... → 82.30
        assertThat(p.conversionFactor()).isEqualByComparingTo("32.7442");
        assertThat(p.conversionFactorSource()).isEqualTo(new Source(FeeScheduleFilesTest.CF, 36));
        assertThat(p.amount()).isEqualTo(new BigDecimal("82.30"));
        FeeSchedule none = new FeeSchedule(
                "RVU24A",
                LocalDate.of(2024, 1, 1),
                Map.of("99213", noCf),
                rvu24c.gpcis(),
                Map.of(),
                List.of(),
                List.of());
        assertThat(none.price("99213", "", ALABAMA, false))
                .isInstanceOfSatisfying(
                        Price.NotPriced.class, n -> assertThat(n.reason()).startsWith("no conversion factor"));
    }

    @Test
    void aFileCfTheHistoryContradictsIsNoted() {
        FeeSchedule january = new FeeSchedule(
                "RVU24C",
                LocalDate.of(2024, 1, 1),
                rvu24c.rvus(),
                rvu24c.gpcis(),
                Map.of(),
                List.of(),
                rvu24c.conversionFactors());
        Price.Priced p = (Price.Priced) january.price("99213", "", ALABAMA, false);
        assertThat(p.amount()).isEqualTo(new BigDecimal("83.66"));
        assertThat(p.notes())
                .singleElement()
                .asString()
                .startsWith("the conversion factor history gives 32.7442 on 2024-01-01");
    }
}
