package org.openrcm.codes.fees;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.csv.CsvHeader;
import org.openrcm.codes.csv.CsvReader;
import org.openrcm.codes.csv.CsvRecord;

/**
 * Reads the MPFS GPCI file (one line per MAC and locality: work, practice expense and malpractice indices) into the
 * GPCI part of a fee schedule. Columns are found by name: {@code mac, state, locality_number, locality_name,
 * gpci_work, gpci_pe, gpci_mp}, or CMS's {@code Medicare Administrative Contractor (MAC), State, Locality Number,
 * Locality Name, 2024 PW GPCI (with 1.0 Floor), 2024 PE GPCI, 2024 MP GPCI} below its title lines. When the file gives
 * the work GPCI with and without the 1.0 floor, payment uses the one with it. Notes under the table are skipped.
 */
public final class GpciFile {

    private static final Predicate<Set<String>> WORK =
            w -> w.contains("GPCI") && (w.contains("PW") || w.contains("WORK"));
    private static final Predicate<Set<String>> PE = w -> w.contains("GPCI") && w.contains("PE");
    private static final Predicate<Set<String>> MP =
            w -> w.contains("GPCI") && (w.contains("MP") || w.contains("MALPRACTICE") || w.contains("PLI"));

    private GpciFile() {}

    public static boolean recognizes(String fileName, byte[] head) {
        return CsvReader.headHas(head, 20, GpciFile::isHeader);
    }

    private static boolean isHeader(CsvHeader h) {
        return LocalityColumns.mac(h) >= 0
                && LocalityColumns.locality(h) >= 0
                && h.findWords(WORK) >= 0
                && h.findWords(PE) >= 0;
    }

    public static FeeSchedule read(InputStream in, String fileName, String scheduleId, LocalDate effective) {
        Map<Locality, Gpci> gpcis = new LinkedHashMap<>();
        try (CsvReader csv = CsvReader.of(in, fileName)) {
            CsvHeader h = csv.header(20, GpciFile::isHeader, "MAC, locality and GPCI columns");
            int mac = LocalityColumns.mac(h);
            int locality = LocalityColumns.locality(h);
            int state = h.find("State");
            int name = h.find("Locality Name", "locality_name", "Name");
            int withFloor = h.findWords(WORK.and(w -> w.contains("FLOOR") && !w.contains("WITHOUT")));
            int withoutFloor = h.findWords(WORK.and(w -> w.contains("WITHOUT")));
            int work = withFloor >= 0 ? withFloor : h.findWords(WORK);
            int pe = h.findWords(PE);
            int mp = h.findWords(MP);
            if (mp < 0) {
                throw new CodeImportException(
                        fileName, h.line(), "the header row has no MP GPCI column; it has " + h.names());
            }
            for (CsvRecord r; (r = csv.next()) != null; ) {
                if (r.isBlank() || LocalityColumns.isNote(r, locality)) {
                    continue;
                }
                h.checkWidth(r);
                Locality key = LocalityColumns.read(fileName, r, mac, locality);
                BigDecimal without = withoutFloor >= 0 && withoutFloor != work ? h.decimal(r, withoutFloor) : null;
                Gpci g = new Gpci(
                        key,
                        state < 0 ? "" : r.text(state),
                        name < 0 ? "" : r.text(name),
                        h.requireDecimal(r, work),
                        h.requireDecimal(r, pe),
                        h.requireDecimal(r, mp),
                        without,
                        new Source(fileName, r.line()));
                if (gpcis.put(key, g) != null) {
                    throw new CodeImportException(fileName, r.line(), "locality " + key + " appears twice");
                }
            }
        }
        if (gpcis.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file holds no localities");
        }
        return new FeeSchedule(scheduleId, effective, Map.of(), gpcis, Map.of(), List.of(), List.of());
    }
}
