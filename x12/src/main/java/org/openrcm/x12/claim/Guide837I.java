package org.openrcm.x12.claim;

import static org.openrcm.x12.ig.Rules.*;

import org.openrcm.x12.ig.Guide;

/** Health Care Claim: Institutional (005010X223A2): the structure of the implementation guide. */
public final class Guide837I {

    public static final Guide GUIDE = new Guide(
            "837",
            "005010X223A2",
            "Health Care Claim: Institutional",
            loop(
                    "",
                    "Health Care Claim: Institutional",
                    R,
                    1,
                    seg("ST", "Transaction Set Header", R, 1),
                    seg("SE", "Transaction Set Trailer", R, 1)),
            Guide.noBalancing(),
            Guide.noReader());

    private Guide837I() {}
}
