package org.openrcm.app.codes.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.Refused;
import org.openrcm.codes.CodeSystem;

/** How the code pages and the code API read what they are asked: a code system's name, a date of service. */
final class CodeRequests {

    private CodeRequests() {}

    static CodeSystem system(String name) {
        try {
            return CodeSystem.parse(name);
        } catch (IllegalArgumentException e) {
            throw Refused.invalid("CODES_SYSTEM_UNKNOWN", e.getMessage() + ".");
        }
    }

    /** A system, or {@code null} (every system) when none or "all" is named. */
    static @Nullable CodeSystem systemOrAll(@Nullable String name) {
        return name == null || name.isBlank() || name.equalsIgnoreCase("all") ? null : system(name);
    }

    /** The date of service given as YYYY-MM-DD, or today. */
    static LocalDate date(@Nullable String on, Clock clock) {
        if (on == null || on.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            throw Refused.invalid("CODES_DATE_INVALID", "'" + on + "' is not a date; write it as YYYY-MM-DD.");
        }
    }
}
