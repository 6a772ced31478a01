package org.openrcm.app.claim;

import java.time.Instant;

/**
 * Why an ERROR finding no longer blocks its claim: someone with the role the finding is routed to (or a manager)
 * judged it wrong for this claim. {@code by} is the user's id, never a name; {@code reason} is what they wrote.
 */
public record FindingOverride(String by, Instant at, String reason) {}
