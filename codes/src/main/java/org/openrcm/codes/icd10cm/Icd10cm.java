package org.openrcm.codes.icd10cm;

import java.util.Locale;

/** How ICD-10-CM codes are written: stored without a dot, shown with one after the third character. */
public final class Icd10cm {

    private Icd10cm() {}

    /** {@code e11.9}, {@code E11.9 } or {@code E119} all become {@code E119}; {@code null} if it cannot be a code. */
    public static String normalize(String input) {
        if (input == null) {
            return null;
        }
        String v = input.strip().replace(".", "").toUpperCase(Locale.ROOT);
        if (v.length() < 3 || v.length() > 7) {
            return null;
        }
        if (!Character.isLetter(v.charAt(0))) {
            return null;
        }
        for (int i = 1; i < v.length(); i++) {
            if (!Character.isLetterOrDigit(v.charAt(i))) {
                return null;
            }
        }
        return v;
    }

    /** {@code E119} becomes {@code E11.9}; a category ({@code E11}) has no dot. */
    public static String dotted(String value) {
        return value.length() <= 3 ? value : value.substring(0, 3) + "." + value.substring(3);
    }
}
