package org.openrcm.x12.eligibility;

import java.time.LocalDate;

/**
 * A DTP: a date ({@code from} equals {@code to}) or a range.
 *
 * @param qualifier DTP01, e.g. {@code 291} plan, {@code 346} plan begin, {@code 347} plan end, {@code 356}
 *     eligibility begin, {@code 357} eligibility end, {@code 307} eligibility, {@code 472} service
 */
public record DatePeriod(String qualifier, LocalDate from, LocalDate to) {

    public static DatePeriod on(String qualifier, LocalDate date) {
        return new DatePeriod(qualifier, date, date);
    }

    public boolean isRange() {
        return !from.equals(to);
    }
}
