package org.openrcm.x12.status;

import org.openrcm.x12.ig.Guide;

/**
 * Health Care Claim Status Request (276, 005010X212): the structure of the implementation guide. A provider asks a
 * payer where its claims stand. Read one {@link ClaimStatusRequest} per claim (2200D/2200E), streaming.
 */
public final class Guide276 {

    public static final Guide GUIDE = new Guide(
            "276",
            "005010X212",
            "Health Care Claim Status Request",
            X212Structure.build(false),
            StatusChecks::new,
            records -> new StatusReader(StatusReader.Kind.REQUEST, records));

    private Guide276() {}
}
