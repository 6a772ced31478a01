package org.openrcm.edits.ncci;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of the NCCI procedure-to-procedure table: when {@code column1} and {@code column2} are billed for one
 * patient by one provider on one date of service, {@code column2} is denied unless the modifier indicator allows an
 * NCCI-associated modifier and the claim carries one.
 *
 * @param effective the first date of service the edit applies to, when the file says (CMS's own files do; the
 *     extract read here has no such column, so it is {@code null} there)
 * @param deletion the last date of service the edit applies to, {@code null} while it is in force (CMS writes
 *     {@code *}); CMS ends edits on the last day of a quarter and starts their successors the day after
 * @param rationale why the pair is an edit ({@code Misuse of Column Two code with Column One code}), if the file says
 */
public record PtpEdit(
        String column1,
        String column2,
        PtpModifier modifierIndicator,
        @Nullable LocalDate effective,
        @Nullable LocalDate deletion,
        @Nullable String rationale) {

    /** Whether the edit applies to a date of service by its own dates. */
    public boolean appliesOn(LocalDate dateOfService) {
        return (effective == null || !dateOfService.isBefore(effective))
                && (deletion == null || !dateOfService.isAfter(deletion));
    }

    /** The pair as a reference row: {@code 99214/99211}. */
    public String row() {
        return column1 + "/" + column2;
    }
}
