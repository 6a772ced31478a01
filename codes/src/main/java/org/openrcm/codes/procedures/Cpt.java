package org.openrcm.codes.procedures;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;

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

    /**
     * The CPT code in a row's code field, or {@code null} for a HCPCS Level II code (a letter first), which CPT files
     * list too and the CPT readers skip; an empty field or a malformed code is refused, naming the line.
     */
    static @Nullable String rowCode(String field, String fileName, long line) {
        String value = field.strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new CodeImportException(fileName, line, "the row has no code");
        }
        if (levelTwo(value)) {
            return null;
        }
        String problem = problem(value);
        if (problem != null) {
            throw new CodeImportException(fileName, line, problem);
        }
        return value;
    }
}
