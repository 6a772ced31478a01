package org.openrcm.edits;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.Catalog;
import org.openrcm.edits.history.SubmittedClaims;
import org.openrcm.edits.ncci.NcciRelease;

/**
 * What edits judge a claim against: the code sets (releases by date), the NCCI tables when loaded, and the day the
 * claim is scrubbed (timely filing counts from it), and the claims already submitted (for duplicates). Payer rule packs join it as their edits arrive.
 */
public record ReferenceData(Catalog catalog, @Nullable NcciRelease ncci, SubmittedClaims submitted, LocalDate today) {

    public ReferenceData(Catalog catalog, @Nullable NcciRelease ncci, LocalDate today) {
        this(catalog, ncci, SubmittedClaims.NONE, today);
    }

    public ReferenceData(Catalog catalog, LocalDate today) {
        this(catalog, null, today);
    }

    /** The same reference data, judging duplicates against these submitted claims. */
    public ReferenceData withSubmitted(SubmittedClaims claims) {
        return new ReferenceData(catalog, ncci, claims, today);
    }
}
