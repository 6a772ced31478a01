package org.openrcm.app.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.kernel.Refused;

/**
 * One service line (837 SV1, CMS-1500 box 24): a CPT/HCPCS procedure with up to four modifiers, units (up to three
 * decimals, for time-based services; kept at scale 3), the line's total charge (not a unit price), one to four pointers to the claim's
 * diagnoses (1-based, box 24E "A".."L") and the date of service. Immutable; codes are upper-cased. Shapes are checked
 * here; whether a code exists is the scrubber's business.
 */
public record ServiceLine(
        String procedure,
        List<String> modifiers,
        BigDecimal units,
        Money charge,
        List<Integer> pointers,
        LocalDate serviceDate) {

    public static final int MAX_MODIFIERS = 4;
    public static final int MAX_POINTERS = 4;
    private static final BigDecimal MAX_UNITS = new BigDecimal("99999");

    public ServiceLine {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(modifiers, "modifiers");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(pointers, "pointers");
        Objects.requireNonNull(serviceDate, "serviceDate");
        procedure = procedure.strip().toUpperCase(Locale.ROOT);
        if (!procedure.matches("[0-9A-Z]{5}")) {
            throw Refused.invalid(
                    "PROCEDURE_SHAPE",
                    "The procedure code " + procedure
                            + " is not five letters or digits; enter a CPT or HCPCS code such as 99213.");
        }
        modifiers =
                modifiers.stream().map(m -> m.strip().toUpperCase(Locale.ROOT)).toList();
        if (modifiers.size() > MAX_MODIFIERS) {
            throw Refused.invalid(
                    "TOO_MANY_MODIFIERS",
                    "A line takes at most four modifiers; " + procedure + " has " + modifiers.size() + ".");
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
        if (charge.signum() < 0) {
            throw Refused.invalid("CHARGE_NEGATIVE", "The charge of " + procedure + " cannot be negative.");
        }
        pointers = List.copyOf(pointers);
        if (pointers.isEmpty() || pointers.size() > MAX_POINTERS) {
            throw Refused.invalid("POINTERS_COUNT", "The line " + procedure + " must point to one to four diagnoses.");
        }
        if (new HashSet<>(pointers).size() != pointers.size()) {
            throw Refused.invalid("POINTER_REPEATED", "The line " + procedure + " points to the same diagnosis twice.");
        }
        for (int pointer : pointers) {
            if (pointer < 1 || pointer > ClaimContent.MAX_DIAGNOSES) {
                throw Refused.invalid(
                        "POINTER_OUT_OF_RANGE",
                        "The line " + procedure + " points to diagnosis " + pointer
                                + "; pointers go from 1 (A) to 12 (L).");
            }
        }
    }
}
