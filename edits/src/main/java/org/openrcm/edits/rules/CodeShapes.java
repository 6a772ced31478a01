package org.openrcm.edits.rules;

/**
 * The shapes of procedure codes and claim fields, checked character by character: edits ask them for every line of
 * every claim, and a regular expression per question costs more than the rest of the edit.
 */
final class CodeShapes {

    private CodeShapes() {}

    /** CPT: Category I (five digits), II (…F), III (…T), PLA (…U) and MAAA (…M) codes. */
    static boolean isCpt(String code) {
        if (code.length() != 5 || !digits(code, 0, 4)) {
            return false;
        }
        char last = code.charAt(4);
        return isDigit(last) || last == 'F' || last == 'T' || last == 'U' || last == 'M';
    }

    /** HCPCS Level II: a letter A-V and four digits. */
    static boolean isHcpcs(String code) {
        return code.length() == 5 && code.charAt(0) >= 'A' && code.charAt(0) <= 'V' && digits(code, 1, 5);
    }

    /** ICD-10-PCS: seven characters, digits and letters but I and O. */
    static boolean isPcs(String code) {
        if (code.length() != 7) {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            char c = code.charAt(i);
            if (!(isDigit(c) || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O'))) {
                return false;
            }
        }
        return true;
    }

    /** Five capitals or digits: the shape of a CPT or HCPCS code. */
    static boolean isFiveAlphanumerics(String code) {
        if (code.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            char c = code.charAt(i);
            if (!(isDigit(c) || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    /** Exactly {@code n} digits. */
    static boolean isDigits(String s, int n) {
        return s.length() == n && digits(s, 0, n);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
