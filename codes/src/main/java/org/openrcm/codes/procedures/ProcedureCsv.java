package org.openrcm.codes.procedures;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.csv.CsvHeader;
import org.openrcm.codes.csv.CsvReader;

/** What the procedure readers add to {@link CsvReader}: their header search and date message. */
final class ProcedureCsv {

    /** How many records may stand above the header (CMS puts notes above the header of some files). */
    static final int MAX_PREAMBLE = 20;

    private ProcedureCsv() {}

    /** The header row's names; {@code expected} says in the error which header was looked for. */
    static List<String> header(CsvReader csv, Predicate<List<String>> isHeader, String expected) {
        CsvHeader h = csv.findHeader(MAX_PREAMBLE, x -> isHeader.test(x.names()));
        if (h == null) {
            throw new CodeImportException(
                    csv.fileName(), 1, "no header row naming " + expected + " in the first " + MAX_PREAMBLE + " lines");
        }
        return h.names();
    }

    /** A date as CMS files write them: {@code 2024-07-01}, {@code 20240701} or {@code 7/1/2024}; null if blank. */
    static @Nullable LocalDate date(String text, String fileName, long line, String column) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        LocalDate d = CsvHeader.parseDate(t);
        if (d == null) {
            throw new CodeImportException(
                    fileName, line, "'" + t + "' in " + column + " is not a date (2024-07-01, 20240701 or 7/1/2024)");
        }
        return d;
    }
}
