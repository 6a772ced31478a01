package org.openrcm.app.identity;

import java.util.Objects;
import java.util.Set;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.PracticeId;

/** Command: create a user of a billing company, assigned to some of its practices. */
public record NewUser(
        CompanyId companyId,
        String username,
        String displayName,
        Role role,
        Set<PracticeId> practices,
        String password) {

    public NewUser {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(password, "password");
        practices = Set.copyOf(practices);
    }

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role + ", " + practices.size() + " practices]";
    }
}
