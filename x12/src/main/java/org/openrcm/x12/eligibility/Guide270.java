package org.openrcm.x12.eligibility;

import org.openrcm.x12.ig.Guide;

/**
 * Health Care Eligibility Benefit Inquiry (005010X279A1): the structure of the implementation guide, its checks
 * beyond single elements, and its reader (one {@link EligibilityInquiry} per subscriber or dependent asked about).
 */
public final class Guide270 {

    public static final Guide GUIDE = new Guide(
            "270",
            "005010X279A1",
            "Health Care Eligibility Benefit Inquiry",
            EligibilityStructure.root(false),
            EligibilityChecks::new,
            records -> new EligibilityReader(false, records));

    private Guide270() {}
}
