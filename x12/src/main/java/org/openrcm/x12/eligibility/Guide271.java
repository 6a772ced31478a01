package org.openrcm.x12.eligibility;

import static org.openrcm.x12.ig.Rules.*;

import org.openrcm.x12.ig.Guide;

/** Health Care Eligibility Benefit Response (005010X279A1): the structure of the implementation guide. */
public final class Guide271 {

    public static final Guide GUIDE = new Guide(
            "271",
            "005010X279A1",
            "Health Care Eligibility Benefit Response",
            loop(
                    "",
                    "Health Care Eligibility Benefit Response",
                    R,
                    1,
                    seg("ST", "Transaction Set Header", R, 1),
                    seg("SE", "Transaction Set Trailer", R, 1)),
            Guide.noBalancing(),
            Guide.noReader());

    private Guide271() {}
}
