package org.openrcm.app.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.openrcm.app.kernel.LineShapes;
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

    public static final int MAX_MODIFIERS = LineShapes.MAX_MODIFIERS;
    public static final int MAX_POINTERS = LineShapes.MAX_POINTERS;

    public ServiceLine {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(modifiers, "modifiers");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(pointers, "pointers");
        Objects.requireNonNull(serviceDate, "serviceDate");
        procedure = LineShapes.procedure(procedure);
        modifiers = LineShapes.modifiers(procedure, modifiers);
        units = LineShapes.units(procedure, units);
        if (charge.signum() < 0) {
            throw Refused.invalid("CHARGE_NEGATIVE", "The charge of " + procedure + " cannot be negative.");
        }
        pointers = LineShapes.pointers(procedure, pointers);
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
