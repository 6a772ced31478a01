package org.openrcm.app.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.UserId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in the session after sign-in. Holds no personal data of patients. */
final class SignedInUser implements UserDetails, CredentialsContainer {
    @Serial
    private static final long serialVersionUID = 1L;

    private final UserId id;
    private final CompanyId companyId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final boolean locked;
    private @Nullable String passwordHash;

    SignedInUser(
            UserId id,
            CompanyId companyId,
            String username,
            String displayName,
            Role role,
            boolean enabled,
            boolean locked,
            String passwordHash) {
        this.id = id;
        this.companyId = companyId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.locked = locked;
        this.passwordHash = passwordHash;
    }

    UserId id() {
        return id;
    }

    CompanyId companyId() {
        return companyId;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
