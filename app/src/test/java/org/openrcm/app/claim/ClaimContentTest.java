package org.openrcm.app.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openrcm.app.claim.ClaimFixture.DOS;
import static org.openrcm.app.claim.ClaimFixture.line;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.Refused;

class ClaimContentTest {
    static ClaimContent with(List<String> diagnoses, List<ServiceLine> lines) {
        ClaimContent c = ClaimFixture.content();
        return new ClaimContent(
                c.practice(),
                c.patient(),
                null,
                c.payer(),
                c.coverage(),
                c.renderingProvider(),
                null,
                "11",
                diagnoses,
                lines);
    }

    static void refused(Runnable r, String code) {
        assertThatThrownBy(r::run)
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void totalChargeIsTheSumOfTheLines() {
        assertThat(ClaimFixture.content().totalCharge()).isEqualTo(Money.of("175.50"));
    }

    @Test
    void diagnosesKeepTheirOrderWithoutDotsUpTo12() {
        List<String> twelve =
                IntStream.rangeClosed(1, 12).mapToObj(i -> "M54." + i).toList();
        ClaimContent c = with(twelve, List.of(line("99213", "90", 12, 1)));
        assertThat(c.diagnoses()).hasSize(12).startsWith("M541", "M542").endsWith("M5412");
        refused(
                () -> with(
                        IntStream.rangeClosed(1, 13).mapToObj(i -> "M54." + i).toList(), c.lines()),
                "TOO_MANY_DIAGNOSES");
        refused(() -> with(List.of(), c.lines()), "NO_DIAGNOSIS");
        refused(() -> with(List.of("E11.9", "e119"), c.lines()), "DIAGNOSIS_REPEATED");
        refused(() -> with(List.of("99213"), c.lines()), "DIAGNOSIS_SHAPE");
    }

    @Test
    void pointersMustNameAListedDiagnosis() {
        refused(() -> with(List.of("E119"), List.of(line("99213", "90", 2))), "POINTER_WITHOUT_DIAGNOSIS");
        refused(() -> line("99213", "90", 13), "POINTER_OUT_OF_RANGE");
        refused(() -> line("99213", "90", 0), "POINTER_OUT_OF_RANGE");
        refused(() -> line("99213", "90"), "POINTERS_COUNT");
        refused(() -> line("99213", "90", 1, 2, 3, 4, 5), "POINTERS_COUNT");
        refused(() -> line("99213", "90", 1, 1), "POINTER_REPEATED");
        assertThat(line("99213", "90", 4, 3, 2, 1).pointers()).containsExactly(4, 3, 2, 1);
    }

    @Test
    void upToFourTwoCharacterModifiers() {
        ServiceLine four = new ServiceLine(
                "99213", List.of("25", "gt", "59", "XU"), BigDecimal.ONE, Money.of("90"), List.of(1), DOS);
        assertThat(four.modifiers()).containsExactly("25", "GT", "59", "XU");
        refused(
                () -> new ServiceLine(
                        "99213",
                        List.of("25", "GT", "59", "XU", "76"),
                        BigDecimal.ONE,
                        Money.of("90"),
                        List.of(1),
                        DOS),
                "TOO_MANY_MODIFIERS");
        refused(
                () -> new ServiceLine("99213", List.of("2"), BigDecimal.ONE, Money.of("90"), List.of(1), DOS),
                "MODIFIER_SHAPE");
    }

    @Test
    void unitsArePositiveWithAtMostThreeDecimals() {
        ServiceLine timed =
                new ServiceLine("00840", List.of(), new BigDecimal("7.5"), Money.of("300"), List.of(1), DOS);
        assertThat(timed.units()).isEqualTo(new BigDecimal("7.500"));
        for (String units : List.of("0", "-1", "1.0005", "100000")) {
            refused(
                    () -> new ServiceLine("99213", List.of(), new BigDecimal(units), Money.of("9"), List.of(1), DOS),
                    "UNITS_INVALID");
        }
    }

    @Test
    void aZeroChargeIsAllowedANegativeOneIsNot() {
        assertThat(line("G8427", "0", 1).charge().isZero()).isTrue();
        refused(() -> line("99213", "-1", 1), "CHARGE_NEGATIVE");
        refused(() -> line("9921", "10", 1), "PROCEDURE_SHAPE");
    }

    @Test
    void aClaimHasOneToFiftyLines() {
        refused(() -> with(List.of("E119"), List.of()), "NO_SERVICE_LINE");
        List<ServiceLine> fifty =
                IntStream.range(0, 50).mapToObj(i -> line("99213", "1", 1)).toList();
        assertThat(with(List.of("E119"), fifty).totalCharge()).isEqualTo(Money.of("50"));
        List<ServiceLine> fiftyOne =
                IntStream.range(0, 51).mapToObj(i -> line("99213", "1", 1)).toList();
        refused(() -> with(List.of("E119"), fiftyOne), "TOO_MANY_LINES");
    }
}
