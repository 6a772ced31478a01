package org.openrcm.app.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MoneyTest {
    @Test
    void keepsTwoDecimalsWhateverTheInputScale() {
        assertThat(Money.of("150")).hasToString("150.00");
        assertThat(Money.of("150.5")).hasToString("150.50");
        assertThat(Money.of(new BigDecimal("150.500"))).hasToString("150.50");
        assertThat(Money.of("150.5")).isEqualTo(Money.of("150.50"));
    }

    @Test
    void refusesSubCentAmountsInsteadOfRounding() {
        assertThatThrownBy(() -> Money.of("1.005"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole cents");
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.001"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNullBecauseUnknownIsNotZero() {
        assertThatThrownBy(() -> Money.of((BigDecimal) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.of((String) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesTextThatIsNotAPlainAmount() {
        for (String text : new String[] {"", " ", "1e3", "$5", "1,000.00", "abc", ".5", "5."}) {
            assertThatThrownBy(() -> Money.of(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Money.of(" -12.5 ")).hasToString("-12.50");
    }

    @Test
    void addsAndSubtractsExactly() {
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("100.00").minus(Money.of("100.01"))).hasToString("-0.01");
        assertThat(Money.of("5").negate()).isEqualTo(Money.of("-5"));
    }

    @Test
    void unitPriceTimesUnitsRoundsHalfUpToTheCent() {
        assertThat(Money.of("10.05").times(new BigDecimal("0.5"))).hasToString("5.03"); // 5.025
        assertThat(Money.of("10.03").times(new BigDecimal("0.5"))).hasToString("5.02"); // 5.015
        assertThat(Money.of("33.33").times(new BigDecimal("3"))).hasToString("99.99");
        assertThat(Money.of("-10.05").times(new BigDecimal("0.5"))).hasToString("-5.03");
    }

    @Test
    void zeroAndSign() {
        assertThat(Money.of("0.00").isZero()).isTrue();
        assertThat(Money.ZERO).isEqualTo(Money.of("0"));
        assertThat(Money.of("0.01").isZero()).isFalse();
        assertThat(Money.of("0.01").signum()).isEqualTo(1);
        assertThat(Money.of("-0.01").signum()).isEqualTo(-1);
        assertThat(Money.of("2.00")).isGreaterThan(Money.of("1.99"));
    }

    @Test
    void travelsInJsonAsTextSoNoFloatingPointTouchesIt() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        record Line(Money charge) {}
        assertThat(json.writeValueAsString(new Line(Money.of("1234.5")))).isEqualTo("{\"charge\":\"1234.50\"}");
        assertThat(json.readValue("{\"charge\":\"0.10\"}", Line.class).charge()).isEqualTo(Money.of("0.10"));
        assertThatThrownBy(() -> json.readValue("{\"charge\":\"0.105\"}", Line.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void plusThenMinusGivesBackTheAmount(
            @ForAll @LongRange(min = -10_000_000_00L, max = 10_000_000_00L) long aCents,
            @ForAll @LongRange(min = -10_000_000_00L, max = 10_000_000_00L) long bCents) {
        Money a = Money.of(BigDecimal.valueOf(aCents, 2));
        Money b = Money.of(BigDecimal.valueOf(bCents, 2));
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
        assertThat(a.plus(b).amount()).isEqualByComparingTo(BigDecimal.valueOf(aCents + bCents, 2));
    }

    @Property
    void everyResultHasScaleTwo(
            @ForAll @LongRange(min = -1_000_000_00L, max = 1_000_000_00L) long cents,
            @ForAll @LongRange(min = 1, max = 99_999_999L) long unitsThousandths) {
        Money price = Money.of(BigDecimal.valueOf(cents, 2));
        Money total = price.times(BigDecimal.valueOf(unitsThousandths, 3));
        assertThat(total.amount().scale()).isEqualTo(2);
        BigDecimal exact = price.amount().multiply(BigDecimal.valueOf(unitsThousandths, 3));
        assertThat(total.amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    }

    @Property
    void textRoundTrips(@ForAll @LongRange(min = -1_000_000_000_00L, max = 1_000_000_000_00L) long cents) {
        Money money = Money.of(BigDecimal.valueOf(cents, 2));
        assertThat(Money.of(money.toString())).isEqualTo(money);
    }
}
