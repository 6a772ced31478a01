package org.openrcm.edits;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.Catalog;
import org.openrcm.edits.ncci.NcciRelease;

/**
 * What edits judge a claim against: the code sets (releases by date), the NCCI tables when loaded, and the day the
 * claim is scrubbed (timely filing counts from it). Payer rule packs join it as their edits arrive.
 */
public record ReferenceData(Catalog catalog, @Nullable NcciRelease ncci, LocalDate today) {

    public ReferenceData(Catalog catalog, LocalDate today) {
        this(catalog, null, today);
    }
}
