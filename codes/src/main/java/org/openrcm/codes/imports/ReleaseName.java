package org.openrcm.codes.imports;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern QUARTER = Pattern.compile(
            "(?i)(?<![0-9])(20\\d{2})[-_ ]?(jan|apr|jul|oct|q[1-4])(?![a-z])|(jan|apr|jul|oct)[a-z]*[-_ ]?(20\\d{2})");

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

    /** A quarterly release (HCPCS, MPFS) from a name such as {@code HCPC2024_JUL} or {@code 2024-Q3}. */
    public static Optional<ReleaseName> quarter(String fileName) {
        Matcher m = QUARTER.matcher(fileName);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
        String q = (m.group(2) != null ? m.group(2) : m.group(3)).toUpperCase(Locale.ROOT);
        Month month = switch (q) {
            case "JAN", "Q1" -> Month.JANUARY;
            case "APR", "Q2" -> Month.APRIL;
            case "JUL", "Q3" -> Month.JULY;
            default -> Month.OCTOBER;
        };
        return Optional.of(quarter(LocalDate.of(year, month, 1)));
    }

    /** A quarterly release effective on {@code date}: {@code 2024-JUL}. */
    public static ReleaseName quarter(LocalDate date) {
        String month =
                date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
        String id = date.getYear() + "-" + month + (date.getDayOfMonth() == 1 ? "" : "-" + date.getDayOfMonth());
        return new ReleaseName(id, date);
    }

    /** A release named by its date alone. */
    public static ReleaseName dated(LocalDate date) {
        return new ReleaseName(date.toString(), date);
    }

    private static ReleaseName october(int fiscalYear) {
        return new ReleaseName("FY" + fiscalYear, LocalDate.of(fiscalYear - 1, 10, 1));
    }

    private static ReleaseName april(int fiscalYear) {
        return new ReleaseName("FY" + fiscalYear + "-APR", LocalDate.of(fiscalYear, 4, 1));
    }
}
