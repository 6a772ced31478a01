package org.openrcm.codes.procedures;

import org.jspecify.annotations.Nullable;

/**
 * How CPT codes are written: five digits, or four digits and a letter: F (Category II), T (Category III), U
 * (proprietary laboratory analyses), M (multianalyte assays with algorithmic analyses), A (vaccine administration).
 */
final class Cpt {

    private Cpt() {}

    /** Whether a code belongs to HCPCS Level II (a letter first), which CPT files skip. */
    static boolean levelTwo(String code) {
        return !code.isEmpty() && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z';
    }

    static @Nullable String problem(String code) {
        if (code.length() == 5 && HcpcsRecords.digits(code, 0, 4) && "0123456789FTUMA".indexOf(code.charAt(4)) >= 0) {
            return null;
        }
        return "'" + code + "' is not a CPT code (five digits, or four digits and F, T, U, M or A)";
    }

    /** {@code I}, {@code II} or {@code III}. */
    static String category(String code) {
        return switch (code.charAt(4)) {
            case 'F' -> "II";
            case 'T' -> "III";
            default -> "I";
        };
    }

    /** Header names of a code column in CPT files. */
    static final String[] CODE = {"code", "cpt_code", "cpt", "hcpcs", "hcpcs_code", "HCPCS code", "CPT code"};
}
