package org.openrcm.app.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of US dollars in whole cents: a {@link BigDecimal} of scale 2, never a {@code double}. Sub-cent input
 * (1.005) is refused rather than rounded, because a charge or a payment that loses a fraction of a cent on the way
 * in no longer balances against the payer's remittance; null is refused because an unknown amount is not zero.
 * Negative amounts are allowed (adjustments, reversals). Immutable and thread-safe; stored as {@code numeric(12,2)}.
 *
 * <p>The one place where rounding happens is {@link #times(BigDecimal)}: a unit price times a number of units (which
 * may be fractional, such as anesthesia time units) is rounded half-up to the cent, the convention of fee schedules
 * and of the CMS-1500 charge column.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        try {
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("an amount of money has at most two decimals (whole cents): " + amount);
        }
    }

    /**
     * Parses a plain decimal such as "150", "150.5" or "150.00"; refuses blanks, exponents and sub-cent values. JSON
     * carries money as this text, so no parser ever sees it as a binary floating-point number.
     */
    @JsonCreator
    public static Money of(String text) {
        Objects.requireNonNull(text, "amount");
        String plain = text.strip();
        if (!plain.matches("-?\\d{1,13}(\\.\\d+)?")) {
            throw new IllegalArgumentException("not an amount of money: \"" + text + "\"");
        }
        return new Money(new BigDecimal(plain));
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This amount as a unit price times {@code units}, rounded half-up to the cent (the only rounding of Money). */
    public Money times(BigDecimal units) {
        Objects.requireNonNull(units, "units");
        return new Money(amount.multiply(units).setScale(2, RoundingMode.HALF_UP));
    }

    public Money negate() {
        return new Money(amount.negate());
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public int signum() {
        return amount.signum();
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** "150.00", "-12.50": plain notation with two decimals, as 837 amounts and the UI show them. */
    @JsonValue
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
