package org.openrcm.x12.claim;

import static org.openrcm.x12.ig.Rules.*;

import org.openrcm.x12.ig.Guide;

/** Health Care Claim: Professional (005010X222A1): the structure of the implementation guide. */
public final class Guide837P {

    public static final Guide GUIDE = new Guide(
            "837",
            "005010X222A1",
            "Health Care Claim: Professional",
            loop(
                    "",
                    "Health Care Claim: Professional",
                    R,
                    1,
                    seg("ST", "Transaction Set Header", R, 1),
                    seg("SE", "Transaction Set Trailer", R, 1)),
            Guide.noBalancing(),
            Guide.noReader());

    private Guide837P() {}
}
