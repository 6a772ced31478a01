package org.openrcm.x12.status;

import org.openrcm.x12.ig.Guide;

/**
 * Health Care Claim Status Response (277, 005010X212): the structure of the implementation guide. A payer answers a
 * 276 (or reports unsolicited) with the status of each claim. Read one {@link ClaimStatusResponse} per claim
 * (2200D/2200E), streaming, with {@link ReceiverStatus} and {@link ProviderStatus} records for statuses reported at
 * the receiver and provider levels.
 */
public final class Guide277 {

    public static final Guide GUIDE = new Guide(
            "277",
            "005010X212",
            "Health Care Claim Status Response",
            X212Structure.build(true),
            StatusChecks::new,
            records -> new StatusReader(StatusReader.Kind.RESPONSE, records));

    private Guide277() {}
}
