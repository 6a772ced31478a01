package org.openrcm.edits.rules;

import java.util.List;
import org.openrcm.edits.Edit;
import org.openrcm.edits.Finding;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.claim.Claim;

/**
 * An edit that needs the claim alone (its fields, its pointers), no reference data: the findings of its rule, in the
 * claim's order; none when the claim passes.
 */
public interface ClaimEdit extends Edit {

    /** The stable rule id of its findings, e.g. {@code MISSING_FIELD}. */
    String rule();

    List<Finding> check(Claim claim);

    @Override
    default List<Finding> check(Claim claim, ReferenceData data) {
        return check(claim);
    }
}
