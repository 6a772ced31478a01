package org.openrcm.codes.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;

/**
 * The header row of a CSV file and its columns found by name. Names are compared ignoring case, spacing and
 * punctuation ({@code non_fac_pe_rvu} is {@code NON-FAC PE RVU}), since every publisher and every year spells them a
 * little differently. When the file puts a title over some columns on the row above (CMS's {@code NON-FAC} over
 * {@code PE RVU}), {@link #findUnder} finds a column by both rows together.
 */
public final class CsvHeader {

    private final String fileName;
    private final CsvRecord row;
    private final @Nullable CsvRecord above;
    private final List<String> keys;

    public CsvHeader(String fileName, CsvRecord row, @Nullable CsvRecord above) {
        this.fileName = fileName;
        this.row = row;
        this.above = above;
        List<String> k = new ArrayList<>(row.size());
        for (String f : row.fields()) {
            k.add(key(f));
        }
        this.keys = List.copyOf(k);
    }

    public CsvHeader(String fileName, CsvRecord row) {
        this(fileName, row, null);
    }

    /** A column name as compared: upper case, runs of anything but letters and digits as one space. */
    public static String key(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !sb.isEmpty()) {
                    sb.append(' ');
                }
                space = false;
                sb.append(Character.toUpperCase(c));
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    /**
     * A column name compared more loosely still: capitals and digits only, so {@code LONG DESCRIPTION}, {@code
     * long_description} and {@code LongDescription} are one name.
     */
    public static String compactKey(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toUpperCase(name.charAt(i));
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The first of {@code header}'s columns named one of {@code names} (by {@link #compactKey}); -1 when none is. */
    public static int compactColumn(List<String> header, String... names) {
        for (String n : names) {
            String k = compactKey(n);
            for (int i = 0; i < header.size(); i++) {
                if (compactKey(header.get(i)).equals(k)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The columns named {@code name} or {@code name} followed by a number ({@code PRICE}, {@code PRICE1} …
     * {@code PRICE4}), compared by {@link #compactKey}, in the header's order.
     */
    public static int[] compactColumns(List<String> header, String name) {
        String k = compactKey(name);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = compactKey(header.get(i));
            if (h.equals(k)
                    || h.startsWith(k) && h.substring(k.length()).chars().allMatch(Character::isDigit)) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    public String fileName() {
        return fileName;
    }

    /** The line of the header row. */
    public long line() {
        return row.line();
    }

    /** The column names as written. */
    public List<String> names() {
        return row.fields();
    }

    public int size() {
        return row.size();
    }

    /** The first column named any of {@code names}, or -1. */
    public int find(String... names) {
        for (String n : names) {
            int i = keys.indexOf(key(n));
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first column whose name, split into words as compared ({@code 2024 PW GPCI (with 1.0 Floor)} → {@code
     * [2024, PW, GPCI, WITH, 1, 0, FLOOR]}), {@code test} accepts; -1 if none. For names that carry a year or a note.
     */
    public int findWords(Predicate<Set<String>> test) {
        for (int i = 0; i < keys.size(); i++) {
            if (test.test(new HashSet<>(Arrays.asList(keys.get(i).split(" "))))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a column has one of these names. */
    public boolean has(String... names) {
        return find(names) >= 0;
    }

    /**
     * The first column whose name, with the title above it on the previous row put in front, is one of {@code
     * names} ({@code NON-FAC} above {@code PE RVU} is {@code NON FAC PE RVU}); -1 if none.
     */
    public int findUnder(String... names) {
        if (above == null) {
            return -1;
        }
        for (String n : names) {
            String wanted = key(n);
            for (int i = 0; i < keys.size(); i++) {
                if (key(above.get(i) + " " + row.get(i)).equals(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Every column named {@code name}, in order (CMS repeats {@code PE RVU} for non-facility and facility). */
    public List<Integer> findAll(String name) {
        String wanted = key(name);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).equals(wanted)) {
                found.add(i);
            }
        }
        return found;
    }

    /** The column named any of {@code names}; a file without it is refused, naming the column. */
    public int require(String... names) {
        int i = find(names);
        if (i < 0) {
            throw new CodeImportException(
                    fileName, row.line(), "the header row has no '" + names[0] + "' column; it has " + row.fields());
        }
        return i;
    }

    /**
     * Refuses a record with fewer fields than the header (cut short, or a quote lost) or with more that are not
     * empty (a comma too many); extra empty fields, which spreadsheets add, are accepted.
     */
    public void checkWidth(CsvRecord r) {
        if (r.size() < row.size()) {
            throw new CodeImportException(
                    fileName,
                    r.line(),
                    "the record has " + r.size() + " fields where the header has " + row.size()
                            + "; the file may be cut short or a field may have lost its quotes");
        }
        for (int i = row.size(); i < r.size(); i++) {
            if (!r.get(i).isBlank()) {
                throw new CodeImportException(
                        fileName,
                        r.line(),
                        "the record has " + r.size() + " fields where the header has " + row.size()
                                + "; a field holding a comma may have lost its quotes");
            }
        }
    }

    /** The name of {@code column} as written, for messages. */
    public String name(int column) {
        return row.get(column).strip();
    }

    /**
     * The number in {@code column} of {@code r}, {@code null} when the field is empty; anything else is refused,
     * naming the line and column. Thousands separators and a leading {@code $} are accepted.
     */
    public @Nullable BigDecimal decimal(CsvRecord r, int column) {
        String v = r.text(column);
        if (v.isEmpty()) {
            return null;
        }
        String n = v.startsWith("$") ? v.substring(1) : v;
        if (n.indexOf(',') >= 0) {
            n = n.replace(",", "");
        }
        try {
            return new BigDecimal(n);
        } catch (NumberFormatException e) {
            throw new CodeImportException(
                    fileName, r.line(), "the '" + name(column) + "' column holds '" + v + "', not a number");
        }
    }

    /** Like {@link #decimal} but the field must not be empty. */
    public BigDecimal requireDecimal(CsvRecord r, int column) {
        BigDecimal d = decimal(r, column);
        if (d == null) {
            throw new CodeImportException(
                    fileName, r.line(), "the '" + name(column) + "' column is empty where a number is needed");
        }
        return d;
    }

    /**
     * The date in {@code column} of {@code r}, {@code null} when the field is empty: {@code 2024-06-01}, {@code
     * 6/1/2024} or {@code 06/01/2024} (US order, as X12 and CMS write them), or {@code 20240601}.
     */
    public @Nullable LocalDate date(CsvRecord r, int column) {
        String v = r.text(column);
        if (v.isEmpty()) {
            return null;
        }
        LocalDate d = parseDate(v);
        if (d == null) {
            throw new CodeImportException(
                    fileName,
                    r.line(),
                    "the '" + name(column) + "' column holds '" + v + "', not a date (YYYY-MM-DD or MM/DD/YYYY)");
        }
        return d;
    }

    /** {@code 2024-06-01}, {@code 6/1/2024} or {@code 20240601} as a date; {@code null} if it is none of these. */
    public static @Nullable LocalDate parseDate(String v) {
        try {
            if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
                return LocalDate.parse(v);
            }
            if (v.length() == 8 && v.chars().allMatch(Character::isDigit)) {
                return LocalDate.of(
                        Integer.parseInt(v.substring(0, 4)),
                        Integer.parseInt(v.substring(4, 6)),
                        Integer.parseInt(v.substring(6)));
            }
            String[] p = v.split("/", -1);
            if (p.length == 3 && p[2].length() == 4) {
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
