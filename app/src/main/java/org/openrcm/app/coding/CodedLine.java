package org.openrcm.app.coding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.LineShapes;

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

    public static final int MAX_MODIFIERS = LineShapes.MAX_MODIFIERS;
    public static final int MAX_POINTERS = LineShapes.MAX_POINTERS;

    public CodedLine {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(modifiers, "modifiers");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(pointers, "pointers");
        procedure = LineShapes.procedure(procedure);
        modifiers = LineShapes.modifiers(
                procedure, modifiers.stream().filter(m -> !m.isBlank()).toList());
        units = LineShapes.units(procedure, units);
        pointers = LineShapes.pointers(procedure, pointers);
    }
}
