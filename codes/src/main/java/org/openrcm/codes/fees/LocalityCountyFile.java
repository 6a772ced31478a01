package org.openrcm.codes.fees;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.csv.CsvHeader;
import org.openrcm.codes.csv.CsvReader;
import org.openrcm.codes.csv.CsvRecord;

/**
 * Reads the MPFS locality/county crosswalk (LOCCO: MAC, locality number, state, fee schedule area, counties) into the
 * locality part of a fee schedule. A state left blank under the first line of its state is carried down, as CMS's
 * layout does; a line repeated word for word is kept once; notes under the table (a line with no locality number,
 * such as "* Payment locality is serviced by two carriers.") are skipped.
 */
public final class LocalityCountyFile {

    private LocalityCountyFile() {}

    public static boolean recognizes(String fileName, byte[] head) {
        return CsvReader.headHas(head, 20, LocalityCountyFile::isHeader);
    }

    private static int counties(CsvHeader h) {
        return h.findWords(w -> w.contains("COUNTIES") || w.contains("COUNTY"));
    }

    private static boolean isHeader(CsvHeader h) {
        return LocalityColumns.mac(h) >= 0 && LocalityColumns.locality(h) >= 0 && counties(h) >= 0;
    }

    public static FeeSchedule read(InputStream in, String fileName, String scheduleId, LocalDate effective) {
        List<LocalityArea> areas = new ArrayList<>();
        try (CsvReader csv = CsvReader.of(in, fileName)) {
            CsvHeader h = csv.header(20, LocalityCountyFile::isHeader, "MAC, locality and counties columns");
            int mac = LocalityColumns.mac(h);
            int locality = LocalityColumns.locality(h);
            int state = h.find("State");
            int area = h.find("Fee Schedule Area", "fee_schedule_area", "Area", "Locality Name");
            int counties = counties(h);
            String lastState = "";
            for (CsvRecord r; (r = csv.next()) != null; ) {
                if (r.isBlank() || LocalityColumns.isNote(r, locality)) {
                    continue;
                }
                h.checkWidth(r);
                Locality key = LocalityColumns.read(fileName, r, mac, locality);
                String st = state < 0 ? "" : r.text(state);
                if (st.isEmpty()) {
                    st = lastState;
                }
                lastState = st;
                LocalityArea a = new LocalityArea(
                        key, st, area < 0 ? "" : r.text(area), r.text(counties), new Source(fileName, r.line()));
                if (a.counties().isEmpty()) {
                    throw new CodeImportException(fileName, r.line(), "locality " + key + " has no counties");
                }
                boolean repeated = areas.stream()
                        .anyMatch(b -> b.locality().equals(key)
                                && Objects.equals(b.state(), a.state())
                                && b.feeScheduleArea().equals(a.feeScheduleArea())
                                && b.counties().equals(a.counties()));
                if (!repeated) {
                    areas.add(a);
                }
            }
        }
        if (areas.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file holds no localities");
        }
        return new FeeSchedule(scheduleId, effective, Map.of(), Map.of(), Map.of(), areas, List.of());
    }
}
