package org.openrcm.x12.status;

import static org.openrcm.x12.ig.Rules.*;

import org.openrcm.x12.ig.Guide;

/** Health Care Claim Acknowledgment (005010X214): the structure of the implementation guide. */
public final class Guide277CA {

    public static final Guide GUIDE = new Guide(
            "277",
            "005010X214",
            "Health Care Claim Acknowledgment",
            loop(
                    "",
                    "Health Care Claim Acknowledgment",
                    R,
                    1,
                    seg("ST", "Transaction Set Header", R, 1),
                    seg("SE", "Transaction Set Trailer", R, 1)),
            Guide.noBalancing(),
            Guide.noReader());

    private Guide277CA() {}
}
