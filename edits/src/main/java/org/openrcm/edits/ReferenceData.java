package org.openrcm.edits;

import java.time.LocalDate;
import org.openrcm.codes.Catalog;
import org.openrcm.edits.history.SubmittedClaims;
import org.openrcm.edits.ncci.NcciTables;
import org.openrcm.edits.packs.RulePacks;

/**
 * What edits judge a claim against: the code sets (releases by date), the NCCI tables by quarter (none when not
 * imported), the day the claim is scrubbed (timely filing counts from it), the payer rule packs (none by default), and
 * the claims already submitted (for duplicates; none by default).
 */
public record ReferenceData(
        Catalog catalog, NcciTables ncci, LocalDate today, RulePacks rules, SubmittedClaims submitted) {

    public ReferenceData {
        ncci = ncci == null ? NcciTables.none() : ncci;
        rules = rules == null ? RulePacks.EMPTY : rules;
        submitted = submitted == null ? SubmittedClaims.NONE : submitted;
    }

    public ReferenceData(Catalog catalog, NcciTables ncci, LocalDate today) {
        this(catalog, ncci, today, RulePacks.EMPTY, SubmittedClaims.NONE);
    }

    public ReferenceData(Catalog catalog, LocalDate today) {
        this(catalog, NcciTables.none(), today);
    }

    /** The same reference data with these rule packs. */
    public ReferenceData withRules(RulePacks packs) {
        return new ReferenceData(catalog, ncci, today, packs, submitted);
    }

    /** The same reference data, judging duplicates against these submitted claims. */
    public ReferenceData withSubmitted(SubmittedClaims claims) {
        return new ReferenceData(catalog, ncci, today, rules, claims);
    }
}
