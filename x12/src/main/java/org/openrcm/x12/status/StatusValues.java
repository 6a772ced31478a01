package org.openrcm.x12.status;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Parsing of the dates the status transactions carry, without exceptions for bad input. */
final class StatusValues {

    private StatusValues() {}

    /** A CCYYMMDD date, or {@code null} when {@code v} is not one. */
    static LocalDate parseDate(String v) {
        if (v == null || v.length() != 8) {
            return null;
        }
        for (int i = 0; i < 8; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(v.substring(0, 4)),
                    Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A CCYYMMDD-CCYYMMDD range as {from, to}, or {@code null} when {@code v} is not one. */
    static LocalDate[] parseRange(String v) {
        if (v == null || v.length() != 17 || v.charAt(8) != '-') {
            return null;
        }
        LocalDate from = parseDate(v.substring(0, 8));
        LocalDate to = parseDate(v.substring(9));
        return from == null || to == null ? null : new LocalDate[] {from, to};
    }
}
