package org.openrcm.app.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.kernel.UserId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Facade of the identity module: users, their practices and the practice the user works in. */
@Service
public class Identity {
    /** Lower-case letters, digits, dot, dash, underscore; it is shown in audit trails, so keep it readable. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    public static final int MIN_PASSWORD_LENGTH = 12;

    private final UserRepository users;
    private final CurrentActor current;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Identity(UserRepository users, CurrentActor current, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.current = current;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Creates a user; refuses a taken or malformed username, a short password, or a practice of another company. */
    @Transactional
    public UserId addUser(NewUser command) {
        String username = normalizeUsername(command.username());
        if (!USERNAME.matcher(username).matches()) {
            throw Refused.invalid(
                    "USERNAME_INVALID",
                    "Username '" + command.username() + "' is not valid: use 3 to 40 lower-case letters, digits,"
                            + " dots, dashes or underscores, starting with a letter or digit.");
        }
        if (users.exists(username)) {
            throw Refused.conflict("USERNAME_TAKEN", "A user named '" + username + "' already exists.");
        }
        if (command.password().length() < MIN_PASSWORD_LENGTH) {
            throw Refused.invalid(
                    "PASSWORD_TOO_SHORT", "The password must have at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (command.displayName().isBlank()) {
            throw Refused.invalid("NAME_MISSING", "The user's full name is missing.");
        }
        if (command.displayName().strip().length() > 200) {
            throw Refused.invalid("NAME_TOO_LONG", "The user's full name is longer than 200 characters.");
        }
        if (command.role() != Role.ADMIN && command.practices().isEmpty()) {
            throw Refused.invalid(
                    "PRACTICE_MISSING",
                    "A " + command.role().title().toLowerCase(Locale.ROOT)
                            + " must be assigned to at least one practice.");
        }
        if (users.countPracticesOfCompany(command.practices(), command.companyId())
                != command.practices().size()) {
            throw Refused.invalid(
                    "PRACTICE_FOREIGN", "A user can only be assigned to practices of their own billing company.");
        }
        UserId id = UserId.random();
        try {
            users.insert(
                    new UserRepository.UserRow(
                            id,
                            command.companyId(),
                            username,
                            command.displayName().strip(),
                            command.role(),
                            true,
                            passwords.encode(command.password())),
                    command.practices(),
                    clock.instant());
        } catch (DuplicateKeyException raced) {
            throw Refused.conflict("USERNAME_TAKEN", "A user named '" + username + "' already exists.");
        }
        return id;
    }

    /** Whether a user still has the given password: for set-up checks (public demo passwords), not for sign-in. */
    @Transactional(readOnly = true)
    public boolean hasPassword(String username, String password) {
        if (!current.actor().isSystem()) {
            throw new IllegalStateException("only set-up tasks compare passwords outside sign-in");
        }
        return users.findByUsername(normalizeUsername(username))
                .map(user -> passwords.matches(password, user.passwordHash()))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean anyUser() {
        return users.anyUser();
    }

    /** The users of the acting user's billing company, for filters and assignment lists. */
    @Transactional(readOnly = true)
    public List<UserSummary> colleagues() {
        Actor actor = current.actor();
        return actor.companyId() == null ? List.of() : users.usersOfCompany(actor.companyId());
    }

    /**
     * Whether the user is an enabled coder of the acting user's company who works in {@code practice}: the people a
     * coding worklist entry may be assigned to.
     */
    @Transactional(readOnly = true)
    public boolean isCoderOf(UserId user, PracticeId practice) {
        return colleagues().stream().anyMatch(u -> u.id().equals(user) && u.enabled() && u.role() == Role.CODER)
                && users.practicesOf(user).contains(practice);
    }

    /**
     * Picks the practice the signed-in user works in (null: all of theirs). Refuses a practice outside their scope
     * with the same answer as a practice that does not exist.
     */
    public void selectPractice(@Nullable PracticeId practice) {
        if (practice != null && !current.scope().includes(practice)) {
            throw Refused.notFound("practice");
        }
        var request = CurrentActor.currentRequest();
        if (request == null) {
            throw new IllegalStateException("selecting a practice needs a web session");
        }
        request.getSession().setAttribute(CurrentActor.SELECTED_PRACTICE, practice);
    }

    static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
