package org.openrcm.x12.eligibility;

import org.openrcm.x12.ig.Guide;

/**
 * Health Care Eligibility Benefit Response (005010X279A1): the structure of the implementation guide, its checks
 * beyond single elements, and its reader (one {@link EligibilityResponse} per subscriber or dependent answered, or
 * one per rejection at the payer or provider level).
 */
public final class Guide271 {

    public static final Guide GUIDE = new Guide(
            "271",
            "005010X279A1",
            "Health Care Eligibility Benefit Response",
            EligibilityStructure.root(true),
            EligibilityChecks::new,
            records -> new EligibilityReader(true, records));

    private Guide271() {}
}
