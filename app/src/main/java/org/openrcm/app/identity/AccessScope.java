package org.openrcm.app.identity;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.PracticeId;

/**
 * The practices (tenants) the current actor may see. Only {@link CurrentActor} makes one, so a repository that
 * takes an {@code AccessScope} can only be called with the caller's real scope. Immutable and thread-safe.
 *
 * <p>{@link #focus()} narrows it to the practice picked in the practice switcher, for lists and counts; lookups by
 * id use the whole scope, so a link to a record of another assigned practice still opens.
 */
public final class AccessScope {
    private final Set<PracticeId> practices;
    private final @Nullable PracticeId selected;

    AccessScope(Set<PracticeId> practices, @Nullable PracticeId selected) {
        this.practices = Collections.unmodifiableSet(new LinkedHashSet<>(practices));
        this.selected = selected != null && practices.contains(selected) ? selected : null;
    }

    public Set<PracticeId> practices() {
        return practices;
    }

    public Optional<PracticeId> selected() {
        return Optional.ofNullable(selected);
    }

    public boolean includes(PracticeId practice) {
        return practices.contains(practice);
    }

    public boolean isEmpty() {
        return practices.isEmpty();
    }

    /** The same actor's scope narrowed to the practice picked in the switcher, or unchanged when none is picked. */
    public AccessScope focus() {
        return selected == null ? this : new AccessScope(Set.of(selected), selected);
    }

    /**
     * The practice ids as values for a SQL {@code IN (:practices)} list. An empty scope gives one null, so the
     * statement stays valid and matches nothing.
     */
    public List<UUID> sqlValues() {
        if (practices.isEmpty()) {
            return Collections.singletonList(null);
        }
        return practices.stream().map(PracticeId::value).toList();
    }

    @Override
    public String toString() {
        return "AccessScope" + practices;
    }
}
