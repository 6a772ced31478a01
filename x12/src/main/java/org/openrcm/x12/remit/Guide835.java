package org.openrcm.x12.remit;

import static org.openrcm.x12.ig.Rules.*;

import org.openrcm.x12.ig.Guide;

/** Health Care Claim Payment/Advice (005010X221A1): the structure of the implementation guide. */
public final class Guide835 {

    public static final Guide GUIDE = new Guide(
            "835",
            "005010X221A1",
            "Health Care Claim Payment/Advice",
            loop(
                    "",
                    "Health Care Claim Payment/Advice",
                    R,
                    1,
                    seg("ST", "Transaction Set Header", R, 1),
                    seg("SE", "Transaction Set Trailer", R, 1)),
            Guide.noBalancing(),
            Guide.noReader());

    private Guide835() {}
}
