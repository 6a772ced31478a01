package org.openrcm.edits.rules;

import java.util.List;
import org.openrcm.edits.Finding;
import org.openrcm.edits.claim.Claim;

/** One edit of the scrubber: the findings of its rule on a claim, in the claim's order; none when the claim passes. */
public interface ClaimEdit {

    /** The stable rule id of its findings, e.g. {@code MISSING_FIELD}. */
    String rule();

    List<Finding> check(Claim claim);
}
