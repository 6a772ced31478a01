package org.openrcm.codes.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The MPFS conversion factor (dollars per RVU) in force from {@code from} through {@code to} (open if null). */
public record ConversionFactor(LocalDate from, @Nullable LocalDate to, BigDecimal value, Source source) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
