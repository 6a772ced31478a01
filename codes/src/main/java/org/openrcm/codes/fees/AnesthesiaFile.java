package org.openrcm.codes.fees;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.csv.CsvHeader;
import org.openrcm.codes.csv.CsvReader;
import org.openrcm.codes.csv.CsvRecord;

/**
 * Reads the MPFS anesthesia conversion factor file (one line per MAC and locality) into the anesthesia part of a fee
 * schedule: {@code contractor, locality, locality_name, anesthesia_conv_factor} or CMS's headings with a column
 * naming the anesthesia conversion factor. Notes and blank lines under the table are skipped.
 */
public final class AnesthesiaFile {

    private AnesthesiaFile() {}

    public static boolean recognizes(String fileName, byte[] head) {
        return CsvReader.headHas(head, 20, AnesthesiaFile::isHeader);
    }

    private static int factor(CsvHeader h) {
        return h.findWords(w -> w.stream().anyMatch(x -> x.startsWith("ANES"))
                && (w.contains("CF") || w.contains("FACTOR") || w.contains("FACT")));
    }

    private static boolean isHeader(CsvHeader h) {
        return LocalityColumns.mac(h) >= 0 && LocalityColumns.locality(h) >= 0 && factor(h) >= 0;
    }

    public static FeeSchedule read(InputStream in, String fileName, String scheduleId, LocalDate effective) {
        Map<Locality, AnesthesiaFactor> factors = new LinkedHashMap<>();
        try (CsvReader csv = CsvReader.of(in, fileName)) {
            CsvHeader h =
                    csv.header(20, AnesthesiaFile::isHeader, "MAC, locality and anesthesia conversion factor columns");
            int mac = LocalityColumns.mac(h);
            int locality = LocalityColumns.locality(h);
            int name = h.find("Locality Name", "locality_name", "Name");
            int factor = factor(h);
            for (CsvRecord r; (r = csv.next()) != null; ) {
                if (r.isBlank() || LocalityColumns.isNote(r, locality)) {
                    continue;
                }
                h.checkWidth(r);
                Locality key = LocalityColumns.read(fileName, r, mac, locality);
                AnesthesiaFactor a = new AnesthesiaFactor(
                        key, name < 0 ? "" : r.text(name), h.requireDecimal(r, factor), new Source(fileName, r.line()));
                if (factors.put(key, a) != null) {
                    throw new CodeImportException(fileName, r.line(), "locality " + key + " appears twice");
                }
            }
        }
        if (factors.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file holds no localities");
        }
        return new FeeSchedule(scheduleId, effective, Map.of(), Map.of(), factors, List.of(), List.of());
    }
}
