package org.openrcm.app.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.PracticeId;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Answers "who is acting, and which practices may they see" for the current thread: the signed-in user of the
 * request, or the system while {@link #runAsSystem} runs. The scope is read from the database on every call, so a
 * practice taken away from a user is gone from their next request, not from their next sign-in.
 */
@Component
public class CurrentActor {
    static final String SELECTED_PRACTICE = "openrcm.selectedPractice";

    private static final ThreadLocal<@Nullable Actor> SYSTEM = new ThreadLocal<>();

    private final UserRepository users;

    CurrentActor(UserRepository users) {
        this.users = users;
    }

    /** The acting user or system; fails when nobody is signed in, which is a bug in the caller's security rules. */
    public Actor actor() {
        Actor system = SYSTEM.get();
        if (system != null) {
            return system;
        }
        SignedInUser user = signedInUser();
        if (user == null) {
            throw new IllegalStateException("no signed-in user on this thread");
        }
        return new Actor(
                user.id(), user.getUsername(), user.displayName(), user.role(), user.companyId(), clientAddress());
    }

    /** The practices the actor may see, with the practice picked in the switcher (if any) as its focus. */
    public AccessScope scope() {
        if (SYSTEM.get() != null) {
            return new AccessScope(users.allPractices(), null);
        }
        SignedInUser user = signedInUser();
        if (user == null) {
            return new AccessScope(Set.of(), null);
        }
        return new AccessScope(users.practicesOf(user.id()), selectedPractice());
    }

    /**
     * Runs work as the system (no user), seeing every practice: demo seeding and command-line tasks. Audit events
     * written meanwhile name {@code system:purpose} as the actor.
     */
    public <T> T runAsSystem(String purpose, Supplier<T> work) {
        Actor previous = SYSTEM.get();
        SYSTEM.set(new Actor(null, "system:" + purpose, "System (" + purpose + ")", null, null, null));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SYSTEM.remove();
            } else {
                SYSTEM.set(previous);
            }
        }
    }

    private static @Nullable SignedInUser signedInUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return null;
        }
        return auth.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    static @Nullable String clientAddress() {
        HttpServletRequest request = currentRequest();
        return request == null ? null : request.getRemoteAddr();
    }

    private static @Nullable PracticeId selectedPractice() {
        HttpServletRequest request = currentRequest();
        HttpSession session = request == null ? null : request.getSession(false);
        return session != null && session.getAttribute(SELECTED_PRACTICE) instanceof PracticeId practice
                ? practice
                : null;
    }
}
