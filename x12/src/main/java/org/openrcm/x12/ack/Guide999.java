package org.openrcm.x12.ack;

import static org.openrcm.x12.ig.Rules.*;

import org.openrcm.x12.ig.Guide;

/** Implementation Acknowledgment (005010X231A1): the structure of the implementation guide. */
public final class Guide999 {

    public static final Guide GUIDE = new Guide(
            "999",
            "005010X231A1",
            "Implementation Acknowledgment",
            loop(
                    "",
                    "Implementation Acknowledgment",
                    R,
                    1,
                    seg("ST", "Transaction Set Header", R, 1),
                    seg("SE", "Transaction Set Trailer", R, 1)),
            Guide.noBalancing(),
            Guide.noReader());

    private Guide999() {}
}
