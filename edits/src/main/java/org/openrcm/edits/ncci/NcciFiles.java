package org.openrcm.edits.ncci;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the NCCI file names say: the date a table takes effect ({@code eff_2024-07-01}) and its quarter. */
public final class NcciFiles {

    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})-?(\\d{2})-?(\\d{2})(?!\\d)");

    private NcciFiles() {}

    /**
     * The date in a file name: after {@code eff_} when there is one ({@code ptp_practitioner_eff_2024-07-01.csv.gz}
     * → 2024-07-01), else the first date in it ({@code aoc_addon_code_edits_2024-06-03.csv} → 2024-06-03);
     * {@code YYYYMMDD} is read too.
     */
    public static Optional<LocalDate> effectiveDate(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int eff = name.toLowerCase(java.util.Locale.ROOT).indexOf("eff_");
        Matcher m = DATE.matcher(name);
        if (eff >= 0 && m.find(eff) || eff < 0 && m.find()) {
            try {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The calendar quarter of a date, as NCCI releases are named: 2024-07-01 → {@code 2024Q3}. */
    public static String quarter(LocalDate date) {
        return date.getYear() + "Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }
}
