package org.openrcm.app.identity;

import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.CompanyId;
import org.openrcm.app.kernel.UserId;

/** Something happened at the door; the audit module writes each to the audit trail. */
public sealed interface SignInEvent {
    String username();

    @Nullable
    String clientAddress();

    record SignedIn(
            UserId userId,
            CompanyId companyId,
            String username,
            @Nullable String clientAddress) implements SignInEvent {}

    /**
     * A refused sign-in; {@code reason} is BAD_CREDENTIALS, LOCKED or DISABLED. The company is known when the
     * username is one of its users, so its managers see attempts on their staff's accounts.
     */
    record SignInRefused(
            @Nullable CompanyId companyId,
            String username,
            String reason,
            @Nullable String clientAddress) implements SignInEvent {}

    record SignedOut(
            UserId userId,
            CompanyId companyId,
            String username,
            @Nullable String clientAddress) implements SignInEvent {}
}
