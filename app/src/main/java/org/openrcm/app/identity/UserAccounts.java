package org.openrcm.app.identity;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for sign-in and keeps the lockout: after {@code maxFailures} refused passwords for a username within
 * {@code window}, the account refuses even the right password until the oldest failure leaves the window. Failures
 * are counted per username whether or not the user exists, so the answer does not reveal which usernames exist.
 */
@Component
class UserAccounts implements UserDetailsService {
    private final UserRepository users;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int maxFailures;
    private final Duration window;

    UserAccounts(
            UserRepository users,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${openrcm.security.max-failed-sign-ins:10}") int maxFailures,
            @Value("${openrcm.security.failed-sign-in-window:15m}") Duration window) {
        this.users = users;
        this.clock = clock;
        this.events = events;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = Identity.normalizeUsername(username);
        var user = users.findByUsername(name).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        boolean locked = users.failuresSince(name, clock.instant().minus(window)) >= maxFailures;
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

    @EventListener
    @Transactional
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = Identity.normalizeUsername(event.getAuthentication().getName());
        String reason = switch (event) {
            case AuthenticationFailureLockedEvent locked -> "LOCKED";
            case AuthenticationFailureDisabledEvent disabled -> "DISABLED";
            case AuthenticationFailureBadCredentialsEvent bad -> {
                users.recordFailure(name, clock.instant());
                yield "BAD_CREDENTIALS";
            }
            default -> "REFUSED";
        };
        var company = users.findByUsername(name)
                .map(UserRepository.UserRow::companyId)
                .orElse(null);
        events.publishEvent(new SignInEvent.SignInRefused(company, name, reason, CurrentActor.clientAddress()));
    }

    @EventListener
    @Transactional
    void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            users.clearFailures(user.getUsername());
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
}
