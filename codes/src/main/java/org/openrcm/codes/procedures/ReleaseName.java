package org.openrcm.codes.procedures;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openrcm.codes.CmsOrderFile;

/**
 * A release's id and effective date as guessed from the name of one of its files, for the importer to offer when the
 * user names none: {@code hcpcs_level2_2024_jul.csv} → {@code 2024-JUL} effective July 1, 2024;
 * {@code icd10pcs_order_2026.txt} → {@code FY2026} effective October 1, 2025.
 */
public record ReleaseName(String id, LocalDate effective) {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern QUARTER = Pattern.compile("(?i)(?<![a-z])(?:q|qtr)([1-4])(?![0-9])");
    private static final Pattern CMS_ANNUAL_HCPCS = Pattern.compile("(?i)^HCPC(?:S)?[0-9]{4}_");

    /**
     * A quarterly release (HCPCS, MPFS RVU files): the year and a month or quarter in the file name give the quarter,
     * {@code PPRRVU2024_JUL_rvu24c.csv} → {@code 2024-JUL}, {@code hcpcs_2024_q4.csv} → {@code 2024-OCT}; a month
     * within a quarter gives the quarter's first month. CMS's yearly HCPCS file {@code HCPC2020_ANWEB…} (a year and no
     * month) is the January release. Empty when the name does not say.
     */
    public static Optional<ReleaseName> quarterly(String fileName) {
        String name = baseName(fileName);
        Matcher y = YEAR.matcher(name);
        if (!y.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(y.group(1));
        Month month = null;
        Matcher w = WORD.matcher(name);
        while (month == null && w.find()) {
            month = month(w.group());
        }
        if (month == null) {
            Matcher q = QUARTER.matcher(name);
            if (q.find()) {
                month = Month.of(3 * Integer.parseInt(q.group(1)) - 2);
            }
        }
        if (month == null && CMS_ANNUAL_HCPCS.matcher(name).find()) {
            month = Month.JANUARY;
        }
        if (month == null) {
            return Optional.empty();
        }
        Month first = month.firstMonthOfQuarter();
        return Optional.of(
                new ReleaseName(year + "-" + first.name().substring(0, 3), LocalDate.of(year, first.getValue(), 1)));
    }

    /**
     * A fiscal-year release (ICD-10-CM, ICD-10-PCS): {@code icd10pcs_order_2026.txt} → {@code FY2026} effective
     * October 1, 2025. Empty when the name holds no year.
     */
    public static Optional<ReleaseName> fiscalYear(String fileName) {
        Matcher y = YEAR.matcher(baseName(fileName));
        if (!y.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(y.group(1));
        return Optional.of(new ReleaseName("FY" + year, CmsOrderFile.fiscalYearStart(year)));
    }

    private static String baseName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }

    private static Month month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return null;
        }
        for (Month m : Month.values()) {
            String full = m.name().toLowerCase(Locale.ROOT);
            if (w.equals(full) || w.equals(full.substring(0, 3)) || (m == Month.SEPTEMBER && w.equals("sept"))) {
                return m;
            }
        }
        return null;
    }
}
