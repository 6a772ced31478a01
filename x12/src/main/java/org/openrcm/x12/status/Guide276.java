package org.openrcm.x12.status;

import static org.openrcm.x12.ig.Rules.*;

import org.openrcm.x12.ig.Guide;

/** Health Care Claim Status Request (005010X212): the structure of the implementation guide. */
public final class Guide276 {

    public static final Guide GUIDE = new Guide(
            "276",
            "005010X212",
            "Health Care Claim Status Request",
            loop(
                    "",
                    "Health Care Claim Status Request",
                    R,
                    1,
                    seg("ST", "Transaction Set Header", R, 1),
                    seg("SE", "Transaction Set Trailer", R, 1)),
            Guide.noBalancing(),
            Guide.noReader());

    private Guide276() {}
}
