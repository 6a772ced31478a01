package org.openrcm.edits.rules;

import org.jspecify.annotations.Nullable;

/**
 * The National Provider Identifier's check: ten digits, the last a Luhn check digit computed over the first nine
 * prefixed with {@code 80840} (the NPI's ISO 7812 card issuer prefix), as CMS's "Requirements for the NPI check digit"
 * defines it. {@code 1234567893} passes; {@code 1234567890} does not.
 */
public final class Npi {

    /** What a valid NPI is, for a finding's sentence. */
    public static final String DESCRIPTION =
            "a valid NPI (ten digits, the last a check digit: Luhn over 80840 and the first nine)";

    private Npi() {}

    public static boolean isValid(@Nullable String npi) {
        if (npi == null || !CodeShapes.isDigits(npi, 10)) {
            return false;
        }
        // Luhn over 80840 + the ten digits: from the right, every second digit doubled (its digits summed).
        String digits = "80840" + npi;
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
