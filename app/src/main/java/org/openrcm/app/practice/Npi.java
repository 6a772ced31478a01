package org.openrcm.app.practice;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A National Provider Identifier: ten digits whose last is a Luhn check digit computed over the prefix 80840 and
 * the first nine digits (CMS, "Requirements for National Provider Identifier check digit"). Immutable.
 */
public record Npi(String value) {
    public Npi {
        Objects.requireNonNull(value, "npi");
        if (!isValid(value)) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a valid NPI: ten digits with a Luhn check digit");
        }
    }

    public static boolean isValid(String text) {
        if (text == null || !text.matches("\\d{10}")) {
            return false;
        }
        return checkDigit(text.substring(0, 9)) == text.charAt(9) - '0';
    }

    /** Completes nine digits with their check digit. */
    public static Npi withCheckDigit(String nineDigits) {
        if (nineDigits == null || !nineDigits.matches("\\d{9}")) {
            throw new IllegalArgumentException("an NPI stem is nine digits");
        }
        return new Npi(nineDigits + checkDigit(nineDigits));
    }

    private static int checkDigit(String nineDigits) {
        // The constant 24 stands for the prefix 80840 run through the same doubling (CMS).
        int sum = 24;
        for (int i = 0; i < 9; i++) {
            int digit = nineDigits.charAt(8 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
