package org.openrcm.app.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.UserId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads users for sign-in and keeps the lockout: once a username has {@code maxFailures} failed attempts within
 * {@code window}, every further attempt is refused as locked, the right password too, until the oldest failure
 * leaves the window.
 *
 * <p>Each attempt is written, in its own committed transaction, before its password is checked, and removed when
 * it succeeds. Parallel guesses therefore see each other: whatever their timing, no more than {@code maxFailures}
 * of them reach the password check. Refused attempts are removed again, so hammering a locked account does not
 * keep it locked for ever. Unknown usernames are counted and locked alike, so the answers do not reveal which
 * usernames exist.
 */
@Component
class UserAccounts implements UserDetailsService {
    /** The longest username a user can have (see {@link Identity}); longer input names nobody. */
    private static final int MAX_USERNAME = 40;
    /** What is kept of a typed username in attempts and audit events. */
    private static final int MAX_KEPT = 100;

    private final UserRepository users;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final int maxFailures;
    private final Duration window;

    UserAccounts(
            UserRepository users,
            Clock clock,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            @Value("${openrcm.security.max-failed-sign-ins:10}") int maxFailures,
            @Value("${openrcm.security.failed-sign-in-window:15m}") Duration window) {
        this.users = users;
        this.clock = clock;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = kept(username);
        Instant now = clock.instant();
        Long attempt = ownTransaction.execute(status -> users.recordAttempt(name, now));
        int earlier = users.attemptsSince(name, now.minus(window)) - 1;
        var user = name.length() <= MAX_USERNAME
                ? users.findByUsername(name)
                : java.util.Optional.<UserRepository.UserRow>empty();
        if (earlier >= maxFailures) {
            ownTransaction.executeWithoutResult(status -> users.forgetAttempt(attempt));
            return user.map(u -> signedIn(u, true)).orElseGet(() -> lockedStranger(name));
        }
        return signedIn(user.orElseThrow(() -> new UsernameNotFoundException("unknown user")), false);
    }

    private static SignedInUser signedIn(UserRepository.UserRow user, boolean locked) {
        return new SignedInUser(
                user.id(),
                user.companyId(),
                user.username(),
                user.displayName(),
                user.role(),
                user.enabled(),
                locked,
                user.passwordHash());
    }

    /** Stands for an unknown username that is locked: refused as locked before any password is compared. */
    private static SignedInUser lockedStranger(String name) {
        return new SignedInUser(UserId.random(), CompanyId.random(), name, name, Role.CODER, true, true, "");
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = kept(event.getAuthentication().getName());
        String reason = switch (event) {
            case AuthenticationFailureLockedEvent locked -> "LOCKED";
            case AuthenticationFailureDisabledEvent disabled -> "DISABLED";
            default -> "BAD_CREDENTIALS";
        };
        CompanyId company = name.length() <= MAX_USERNAME
                ? users.findByUsername(name)
                        .map(UserRepository.UserRow::companyId)
                        .orElse(null)
                : null;
        events.publishEvent(new SignInEvent.SignInRefused(company, name, reason, CurrentActor.clientAddress()));
    }

    /** Any success (a form sign-in, or an API call with its credentials) clears the username's attempts. */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            ownTransaction.executeWithoutResult(status -> users.clearAttempts(user.getUsername()));
        }
    }

    @EventListener
    void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            events.publishEvent(new SignInEvent.SignedIn(
                    user.id(), user.companyId(), user.getUsername(), CurrentActor.clientAddress()));
        }
    }

    @EventListener
    void onSignOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            events.publishEvent(new SignInEvent.SignedOut(
                    user.id(), user.companyId(), user.getUsername(), CurrentActor.clientAddress()));
        }
    }

    private static String kept(String typed) {
        String name = Identity.normalizeUsername(typed);
        return name.length() > MAX_KEPT ? name.substring(0, MAX_KEPT) : name;
    }
}
