package org.openrcm.app.identity;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.UserId;

/**
 * Who is acting: a signed-in user, or the system itself (demo seeding, batch commands) with {@code userId} null.
 * {@code clientAddress} is the remote address of the request, null outside a request.
 */
public record Actor(
        @Nullable UserId userId,
        String username,
        String displayName,
        @Nullable Role role,
        @Nullable CompanyId companyId,
        @Nullable String clientAddress) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
    }

    public boolean isSystem() {
        return userId == null;
    }

    public boolean hasRole(Role wanted) {
        return role == wanted;
    }
}
