package org.openrcm.app.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * The shape of a service line, as a coder enters it and as a claim carries it: a CPT/HCPCS code, up to four
 * modifiers, units, and one to four diagnosis pointers. One set of checks for the coding of an encounter and for the
 * claim made from it, refused with the same codes and sentences. Whether a code exists is the scrubber's business.
 */
public final class LineShapes {

    public static final int MAX_MODIFIERS = 4;
    public static final int MAX_POINTERS = 4;
    private static final BigDecimal MAX_UNITS = new BigDecimal("99999");

    private LineShapes() {}

    /** The procedure in capitals, refused unless it is five letters or digits. */
    public static String procedure(String procedure) {
        String p = procedure.strip().toUpperCase(Locale.ROOT);
        if (!p.matches("[0-9A-Z]{5}")) {
            throw Refused.invalid(
                    "PROCEDURE_SHAPE",
                    "The procedure code " + p + " is not five letters or digits; enter a CPT or HCPCS code such as"
                            + " 99213.");
        }
        return p;
    }

    /** The modifiers in capitals, refused beyond four or when one is not two letters or digits. */
    public static List<String> modifiers(String procedure, List<String> modifiers) {
        List<String> m =
                modifiers.stream().map(x -> x.strip().toUpperCase(Locale.ROOT)).toList();
        if (m.size() > MAX_MODIFIERS) {
            throw Refused.invalid(
                    "TOO_MANY_MODIFIERS",
                    "A line takes at most four modifiers; " + procedure + " has " + m.size()
                            + ". Keep the four that change how it is paid.");
        }
        for (String modifier : m) {
            if (!modifier.matches("[0-9A-Z]{2}")) {
                throw Refused.invalid(
                        "MODIFIER_SHAPE",
                        "The modifier " + modifier + " on " + procedure + " is not two letters or digits.");
            }
        }
        return m;
    }

    /** The units at scale 3, refused unless above zero, at most 99999, with at most three decimals. */
    public static BigDecimal units(String procedure, BigDecimal units) {
        BigDecimal u;
        try {
            u = units.setScale(3, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            u = BigDecimal.ZERO; // refused just below, with the sentence
        }
        if (u.signum() <= 0 || u.compareTo(MAX_UNITS) > 0) {
            throw Refused.invalid(
                    "UNITS_INVALID",
                    "The units of " + procedure
                            + " must be more than zero and at most 99999, with at most three decimals.");
        }
        return u;
    }

    /** The pointers, refused unless one to four and all different. */
    public static List<Integer> pointers(String procedure, List<Integer> pointers) {
        List<Integer> p = List.copyOf(pointers);
        if (p.isEmpty() || p.size() > MAX_POINTERS) {
            throw Refused.invalid(
                    "POINTERS_COUNT", "The line " + procedure + " must point to one to four of the diagnoses.");
        }
        if (new HashSet<>(p).size() != p.size()) {
            throw Refused.invalid("POINTER_REPEATED", "The line " + procedure + " points to the same diagnosis twice.");
        }
        return p;
    }
}
