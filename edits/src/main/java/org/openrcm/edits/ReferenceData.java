package org.openrcm.edits;

import java.time.LocalDate;
import org.openrcm.codes.Catalog;
import org.openrcm.edits.ncci.NcciTables;

/**
 * What edits judge a claim against: the code sets (releases by date), the NCCI tables by quarter (none when not
 * imported), and the day the claim is scrubbed (timely filing counts from it). Payer rule packs join it as their edits
 * arrive.
 */
public record ReferenceData(Catalog catalog, NcciTables ncci, LocalDate today) {

    public ReferenceData {
        if (ncci == null) {
            ncci = NcciTables.none();
        }
    }

    public ReferenceData(Catalog catalog, LocalDate today) {
        this(catalog, NcciTables.none(), today);
    }
}
