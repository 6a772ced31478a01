package org.openrcm.codes;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One code of one release: its value as stored (without a dot, {@code E119}), whether it may be billed (a header such
 * as {@code E11} may not), its titles as the release gives them, the dates the code itself is valid between when the
 * release says so (HCPCS add and termination dates, CARC start and stop dates), and any further columns of the
 * release worth showing (HCPCS coverage, taxonomy classification…), in the release's order.
 */
public record Code(
        CodeSystem system,
        String value,
        boolean billable,
        String shortTitle,
        String longTitle,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        Map<String, String> details) {

    public Code {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a code has a value");
        }
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }

    public Code(CodeSystem system, String value, boolean billable, String shortTitle, String longTitle) {
        this(system, value, billable, shortTitle, longTitle, null, null, Map.of());
    }

    /** Whether the code's own dates (if any) include {@code date}; {@code validTo} is the last valid day. */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** This code with the titles of {@code other} where it has them (a licensed descriptor over a bare number). */
    public Code titledAs(Code other) {
        return new Code(
                system,
                value,
                billable,
                other.shortTitle().isEmpty() ? shortTitle : other.shortTitle(),
                other.longTitle().isEmpty() ? longTitle : other.longTitle(),
                validFrom,
                validTo,
                details);
    }

    /** This code with its empty titles filled from {@code other} (numbers read after their descriptors). */
    public Code withMissingTitlesFrom(Code other) {
        return new Code(
                system,
                value,
                billable,
                shortTitle.isEmpty() ? other.shortTitle() : shortTitle,
                longTitle.isEmpty() ? other.longTitle() : longTitle,
                validFrom,
                validTo,
                details);
    }

    /** The code as users write it. */
    public String display() {
        return system.display(value);
    }
}
