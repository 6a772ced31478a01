package org.openrcm.codes.imports;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openrcm.codes.CmsOrderFile;

/**
 * Which release a file belongs to: its id and effective date. ICD-10-CM and ICD-10-PCS releases are named by federal
 * fiscal year ({@code FY2026}, effective October 1, 2025), with April updates as their own release ({@code
 * FY2026-APR}, effective April 1, 2026) — told apart by "April" in a file's or its zip's name, where CMS and CDC put
 * it. Quarterly code sets are named {@code 2024-JUL}.
 */
public record ReleaseName(String id, LocalDate effective) {

    private static final Pattern APRIL = Pattern.compile("(?i)apr(?:il)?[-_ ]?(?:1[-_ ,]+)?(20\\d{2})");
    private static final Pattern YEAR_APRIL = Pattern.compile("(?i)(20\\d{2})[-_ ]?apr(?:il)?(?![a-z])");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(20\\d{2})(?![0-9])");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<![0-9])(20\\d{2})[-_](\\d{2})(?![0-9])");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern QUARTER = Pattern.compile("(?i)(?<![a-z])(?:q|qtr)([1-4])(?![0-9])");
    private static final Pattern CMS_ANNUAL_HCPCS = Pattern.compile("(?i)^HCPC(?:S)?[0-9]{4}_");

    /** The fiscal-year release a file of ICD-10-CM or ICD-10-PCS belongs to, from its name (or its zip's). */
    public static Optional<ReleaseName> fiscalYear(String fileName) {
        Matcher april = APRIL.matcher(fileName);
        if (april.find()) {
            return Optional.of(april(Integer.parseInt(april.group(1))));
        }
        Matcher yearApril = YEAR_APRIL.matcher(fileName);
        if (yearApril.find()) {
            return Optional.of(april(Integer.parseInt(yearApril.group(1))));
        }
        Matcher year = YEAR.matcher(fileName);
        String last = null;
        while (year.find()) {
            last = year.group(1);
        }
        return last == null ? Optional.empty() : Optional.of(october(Integer.parseInt(last)));
    }

    /** The fiscal-year release that takes effect on {@code date}: Oct 1 → FYnext, Apr 1 → FY-APR, else dated. */
    public static ReleaseName fiscalYear(LocalDate date) {
        int fy = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
        if (date.getMonth() == Month.OCTOBER && date.getDayOfMonth() == 1) {
            return october(fy);
        }
        if (date.getMonth() == Month.APRIL && date.getDayOfMonth() == 1) {
            return april(fy);
        }
        return new ReleaseName("FY" + fy + "-" + date, date);
    }

    /**
     * A quarterly release (HCPCS, MPFS RVU files): the year and a month or quarter in the file name give the quarter,
     * {@code PPRRVU2024_JUL_rvu24c.csv} → {@code 2024-JUL}, {@code hcpcs_2024_q4.csv} → {@code 2024-OCT}; a month
     * within a quarter gives the quarter's first month. CMS's yearly HCPCS file {@code HCPC2020_ANWEB…} (a year and no
     * month) is the January release. Empty when the name does not say.
     */
    public static Optional<ReleaseName> quarter(String fileName) {
        String name = baseName(fileName);
        Matcher y = ANY_YEAR.matcher(name);
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

    /** A quarterly release effective on {@code date}: {@code 2024-JUL}. */
    public static ReleaseName quarter(LocalDate date) {
        String month =
                date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
        String id = date.getYear() + "-" + month + (date.getDayOfMonth() == 1 ? "" : "-" + date.getDayOfMonth());
        return new ReleaseName(id, date);
    }

    /**
     * A release named by the year and month in a file name ({@code carc_rarc_2024-06.csv} → {@code 2024-06}, effective
     * June 1, 2024), or the year alone ({@code modifiers_2024.csv} → {@code 2024}, effective January 1).
     */
    public static Optional<ReleaseName> yearMonth(String fileName) {
        String name = baseName(fileName);
        Matcher m = YEAR_MONTH.matcher(name);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return Optional.of(new ReleaseName(
                        m.group(1) + "-" + m.group(2), LocalDate.of(Integer.parseInt(m.group(1)), month, 1)));
            }
        }
        Matcher y = YEAR.matcher(name);
        return y.find()
                ? Optional.of(new ReleaseName(y.group(1), LocalDate.of(Integer.parseInt(y.group(1)), 1, 1)))
                : Optional.empty();
    }

    private static final Pattern NCCI_DATE = Pattern.compile("(?<!\\d)(\\d{4})-?(\\d{2})-?(\\d{2})(?!\\d)");
    private static final Pattern NCCI_US_DATE = Pattern.compile("(?<!\\d)(\\d{2})-(\\d{2})-(\\d{4})(?!\\d)");
    private static final Pattern NCCI_VERSION = Pattern.compile("(?i)(?<![a-z0-9])v(\\d{2})([0-3])r\\d");
    private static final Pattern NCCI_YEAR_QUARTER = Pattern.compile("(?i)(?<!\\d)(20\\d{2})[-_ ]?q([1-4])(?!\\d)");

    /**
     * The quarter of an NCCI table, from its name: the date after {@code eff_} names the quarter it falls in ({@code
     * ptp_practitioner_eff_2024-07-01.csv} → {@code 2024Q3}); a year and quarter ({@code AOC_V2024Q3}) names it;
     * CMS's version {@code v302r0} ({@code ccipra-v302r0-f1.txt}) is version 30.2, and version {@code N.Q} takes
     * effect in quarter {@code Q + 1} of {@code 1994 + N} (24.0 took effect January 1, 2018), so 2024Q3. Any other
     * date ({@code YYYY-MM-DD}, {@code YYYYMMDD}, {@code MM-DD-YYYY}) is taken as the day CMS published the table:
     * CMS publishes a quarter's tables in the weeks before it, so a date in the last month of a quarter names the next
     * quarter ({@code aoc_addon_code_edits_2024-06-03.csv} → {@code 2024Q3}) and any other month its own. Empty when
     * the name says none of these.
     */
    public static Optional<ReleaseName> ncciQuarter(String fileName) {
        String name = baseName(fileName);
        int eff = name.toLowerCase(Locale.ROOT).indexOf("eff");
        if (eff >= 0) {
            Optional<LocalDate> date = ncciDate(name.substring(eff));
            if (date.isPresent()) {
                return Optional.of(ncciQuarter(date.get()));
            }
        }
        Matcher q = NCCI_YEAR_QUARTER.matcher(name);
        if (q.find()) {
            return Optional.of(
                    ncciQuarter(LocalDate.of(Integer.parseInt(q.group(1)), 3 * Integer.parseInt(q.group(2)) - 2, 1)));
        }
        Matcher v = NCCI_VERSION.matcher(name);
        if (v.find()) {
            return Optional.of(ncciQuarter(
                    LocalDate.of(1994 + Integer.parseInt(v.group(1)), 3 * Integer.parseInt(v.group(2)) + 1, 1)));
        }
        return ncciDate(name)
                .map(published -> ncciQuarter(
                        published.getMonthValue() % 3 == 0
                                ? published.plusMonths(1).withDayOfMonth(1)
                                : published));
    }

    /** The NCCI quarter a date falls in, effective on its first day: 2024-08-15 → {@code 2024Q3}, 2024-07-01. */
    public static ReleaseName ncciQuarter(LocalDate date) {
        int quarter = (date.getMonthValue() - 1) / 3 + 1;
        return new ReleaseName(date.getYear() + "Q" + quarter, LocalDate.of(date.getYear(), 3 * quarter - 2, 1));
    }

    private static Optional<LocalDate> ncciDate(String text) {
        try {
            Matcher m = NCCI_DATE.matcher(text);
            if (m.find()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            Matcher us = NCCI_US_DATE.matcher(text);
            if (us.find()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2))));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A release named by its date alone. */
    public static ReleaseName dated(LocalDate date) {
        return new ReleaseName(date.toString(), date);
    }

    private static ReleaseName october(int fiscalYear) {
        return new ReleaseName("FY" + fiscalYear, CmsOrderFile.fiscalYearStart(fiscalYear));
    }

    private static ReleaseName april(int fiscalYear) {
        return new ReleaseName("FY" + fiscalYear + "-APR", LocalDate.of(fiscalYear, 4, 1));
    }

    /**
     * The file's own name without the folders ({@code /} or {@code \\}) or the archive ({@code x.zip!a.csv}) it was
     * found in: the part that names a release.
     */
    public static String baseName(String fileName) {
        int slash =
                Math.max(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')), fileName.lastIndexOf('!'));
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
