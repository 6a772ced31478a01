package org.openrcm.edits;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.Catalog;
import org.openrcm.edits.ncci.NcciRelease;
import org.openrcm.edits.packs.RulePacks;

/**
 * What edits judge a claim against: the code sets (releases by date), the NCCI tables when loaded, the day the claim
 * is scrubbed (timely filing counts from it), and the payer rule packs (none by default).
 */
public record ReferenceData(Catalog catalog, @Nullable NcciRelease ncci, LocalDate today, RulePacks rules) {

    public ReferenceData {
        rules = rules == null ? RulePacks.EMPTY : rules;
    }

    public ReferenceData(Catalog catalog, @Nullable NcciRelease ncci, LocalDate today) {
        this(catalog, ncci, today, RulePacks.EMPTY);
    }

    public ReferenceData(Catalog catalog, LocalDate today) {
        this(catalog, null, today);
    }

    /** The same reference data with these rule packs. */
    public ReferenceData withRules(RulePacks packs) {
        return new ReferenceData(catalog, ncci, today, packs);
    }
}
