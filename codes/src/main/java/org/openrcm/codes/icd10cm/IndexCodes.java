package org.openrcm.codes.icd10cm;

import org.jspecify.annotations.Nullable;

/**
 * Codes as the index prints them: {@code E11.40}, a category {@code W11}, or a code the coder must complete, written
 * with a trailing dash ({@code C34.9-}, {@code Y37.54-}) or dot and dash ({@code D24.-}). All are stored undotted
 * with the dash and dot dropped ({@code E1140}, {@code C349}, {@code D24}): what remains is the code written, and a
 * code that needs more characters is a header in the tabular list, which is where the coder descends from.
 */
final class IndexCodes {

    private IndexCodes() {}

    /** The stored form of a code written in an index, or {@code null} if the text is not an ICD-10-CM code. */
    static @Nullable String stored(String written) {
        String s = written.strip();
        if (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        int n = s.length();
        if (n < 3 || n > 8 || !upperLetter(s.charAt(0)) || !digit(s.charAt(1)) || !letterOrDigit(s.charAt(2))) {
            return null;
        }
        if (n == 3) {
            return s;
        }
        if (s.charAt(3) != '.' || n == 4) {
            return null;
        }
        StringBuilder b = new StringBuilder(7).append(s, 0, 3);
        for (int i = 4; i < n; i++) {
            char c = s.charAt(i);
            if (!letterOrDigit(c)) {
                return null;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean upperLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean letterOrDigit(char c) {
        return upperLetter(c) || digit(c);
    }
}
