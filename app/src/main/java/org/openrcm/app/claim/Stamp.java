package org.openrcm.app.claim;

import java.time.Instant;
import java.util.Objects;

/** Who acts on a claim (a user id, or "system:purpose") and when, by the application clock. */
record Stamp(String by, Instant at) {
    Stamp {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
