package org.openrcm.app.coding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.Refused;

/**
 * One service line as the coder enters it: a CPT/HCPCS procedure, up to four modifiers, units (more than zero, up to
 * three decimals), one to four pointers to the encounter's diagnoses (1-based, "A".."L") and the date of service,
 * null for the encounter's own. No charge: the fee schedule prices the line when the coding is finished. Codes are
 * upper-cased; shapes are checked here, whether a code exists is the scrubber's business.
 */
public record CodedLine(
        String procedure,
        List<String> modifiers,
        BigDecimal units,
        List<Integer> pointers,
        @Nullable LocalDate serviceDate) {

    public static final int MAX_MODIFIERS = 4;
    public static final int MAX_POINTERS = 4;
    private static final BigDecimal MAX_UNITS = new BigDecimal("99999");

    public CodedLine {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(modifiers, "modifiers");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(pointers, "pointers");
        procedure = procedure.strip().toUpperCase(Locale.ROOT);
        if (!procedure.matches("[0-9A-Z]{5}")) {
            throw Refused.invalid(
                    "PROCEDURE_SHAPE",
                    "The procedure code " + procedure
                            + " is not five letters or digits; enter a CPT or HCPCS code such as 99213.");
        }
        modifiers = modifiers.stream()
                .map(m -> m.strip().toUpperCase(Locale.ROOT))
                .filter(m -> !m.isEmpty())
                .toList();
        if (modifiers.size() > MAX_MODIFIERS) {
            throw Refused.invalid(
                    "TOO_MANY_MODIFIERS",
                    "A line takes at most four modifiers; " + procedure + " has " + modifiers.size()
                            + ". Keep the four that change how it is paid.");
        }
        for (String modifier : modifiers) {
            if (!modifier.matches("[0-9A-Z]{2}")) {
                throw Refused.invalid(
                        "MODIFIER_SHAPE",
                        "The modifier " + modifier + " on " + procedure + " is not two letters or digits.");
            }
        }
        try {
            units = units.setScale(3, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            units = BigDecimal.ZERO; // refused just below, with the sentence
        }
        if (units.signum() <= 0 || units.compareTo(MAX_UNITS) > 0) {
            throw Refused.invalid(
                    "UNITS_INVALID",
                    "The units of " + procedure
                            + " must be more than zero and at most 99999, with at most three decimals.");
        }
        pointers = List.copyOf(pointers);
        if (pointers.isEmpty() || pointers.size() > MAX_POINTERS) {
            throw Refused.invalid(
                    "POINTERS_COUNT", "The line " + procedure + " must point to one to four of the diagnoses.");
        }
        if (new HashSet<>(pointers).size() != pointers.size()) {
            throw Refused.invalid("POINTER_REPEATED", "The line " + procedure + " points to the same diagnosis twice.");
        }
    }
}
