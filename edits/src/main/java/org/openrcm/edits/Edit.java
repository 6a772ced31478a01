package org.openrcm.edits;

import java.util.List;
import org.openrcm.edits.claim.Claim;

/** One family of edits: from a claim and the reference data, the findings it explains. A pure function. */
@FunctionalInterface
public interface Edit {
    List<Finding> check(Claim claim, ReferenceData data);
}
