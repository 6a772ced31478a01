package org.openrcm.codes.fees;

import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.csv.CsvHeader;
import org.openrcm.codes.csv.CsvRecord;

/** The MAC and locality columns the GPCI, ANES and LOCCO files share, under the names CMS and others give them. */
final class LocalityColumns {

    private LocalityColumns() {}

    static int mac(CsvHeader h) {
        int i = h.find("MAC", "Contractor", "Carrier", "Carrier Number");
        return i >= 0 ? i : h.findWords(w -> w.contains("CONTRACTOR") || w.contains("CARRIER"));
    }

    static int locality(CsvHeader h) {
        int i = h.find("Locality Number", "locality_number", "Locality", "Locality Code", "Locality No");
        return i >= 0 ? i : h.findWords(w -> w.contains("LOCALITY") && !w.contains("NAME"));
    }

    /** Whether a row is a note under the table (no locality number), not a locality. */
    static boolean isNote(CsvRecord r, int locality) {
        return r.text(locality).isEmpty();
    }

    static Locality read(String fileName, CsvRecord r, int mac, int locality) {
        String m = r.text(mac).replace("*", "").strip();
        String l = r.text(locality).replace("*", "").strip();
        try {
            return new Locality(m, l);
        } catch (IllegalArgumentException e) {
            throw new CodeImportException(
                    fileName,
                    r.line(),
                    "'" + m + "' and '" + l + "' are not a MAC and locality number: " + e.getMessage());
        }
    }
}
