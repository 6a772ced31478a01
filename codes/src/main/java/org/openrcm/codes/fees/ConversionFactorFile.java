package org.openrcm.codes.fees;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.csv.CsvHeader;
import org.openrcm.codes.csv.CsvReader;
import org.openrcm.codes.csv.CsvRecord;

/**
 * Reads a history of MPFS conversion factors ({@code date_start, date_end, conversion_factor}: one line per period,
 * oldest first, e.g. 32.7442 from 2024-01-01 through 2024-03-08, then 33.2875) into the conversion factor part of a
 * fee schedule. Periods must follow one another without overlapping.
 */
public final class ConversionFactorFile {

    private static final String[] START = {"date_start", "Start", "Start Date", "From", "Effective", "Effective Date"};
    private static final String[] END = {"date_end", "End", "End Date", "To", "Through", "Stop"};
    private static final String[] FACTOR = {"conversion_factor", "Conversion Factor", "CF", "conv_factor"};

    private ConversionFactorFile() {}

    public static boolean recognizes(String fileName, byte[] head) {
        return CsvReader.headHas(head, 5, ConversionFactorFile::isHeader);
    }

    private static boolean isHeader(CsvHeader h) {
        return h.has(START) && h.has(FACTOR);
    }

    public static FeeSchedule read(InputStream in, String fileName, String scheduleId, LocalDate effective) {
        List<ConversionFactor> periods = new ArrayList<>();
        try (CsvReader csv = CsvReader.of(in, fileName)) {
            CsvHeader h = csv.header(5, ConversionFactorFile::isHeader, "start date and conversion factor columns");
            int start = h.require(START);
            int end = h.find(END);
            int factor = h.require(FACTOR);
            for (CsvRecord r; (r = csv.next()) != null; ) {
                if (r.isBlank()) {
                    continue;
                }
                h.checkWidth(r);
                LocalDate from = h.date(r, start);
                if (from == null) {
                    throw new CodeImportException(fileName, r.line(), "the period has no start date");
                }
                LocalDate to = end < 0 ? null : h.date(r, end);
                if (to != null && to.isBefore(from)) {
                    throw new CodeImportException(
                            fileName, r.line(), "the period ends on " + to + ", before it starts on " + from);
                }
                BigDecimal value = h.requireDecimal(r, factor);
                if (value.signum() <= 0) {
                    throw new CodeImportException(
                            fileName, r.line(), "the conversion factor " + value + " is not positive");
                }
                if (!periods.isEmpty()) {
                    ConversionFactor previous = periods.getLast();
                    if (previous.to() == null || !from.isAfter(previous.to())) {
                        throw new CodeImportException(
                                fileName,
                                r.line(),
                                "the period starting " + from + " overlaps the one before (from " + previous.from()
                                        + (previous.to() == null ? ", open-ended" : " through " + previous.to())
                                        + "); periods must follow one another, oldest first");
                    }
                }
                periods.add(new ConversionFactor(from, to, value, new Source(fileName, r.line())));
            }
        }
        if (periods.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file holds no conversion factors");
        }
        return new FeeSchedule(scheduleId, effective, Map.of(), Map.of(), Map.of(), List.of(), periods);
    }
}
