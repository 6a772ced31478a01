package org.openrcm.app.identity;

import org.openrcm.app.kernel.UserId;

/** A user as colleagues and managers see them: no password, no practices. */
public record UserSummary(UserId id, String username, String displayName, Role role, boolean enabled) {}
