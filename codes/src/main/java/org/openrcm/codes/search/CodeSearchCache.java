package org.openrcm.codes.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.Release;

/**
 * The searches of a catalog by date of service: a date is searched in the releases in force on it ({@link
 * CodeSearch#releasesOn}), and the search built for a set of releases is kept, the last few sets, so that every date
 * within the same releases shares one search. A release added to the catalog makes new sets (and new searches); the
 * old ones age out.
 */
public final class CodeSearchCache {

    private final Catalog catalog;
    private final Map<List<Release>, CodeSearch> built;

    /** Keeps the searches of the {@code keep} sets of releases used last. */
    public CodeSearchCache(Catalog catalog, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("a cache keeps at least one search");
        }
        this.catalog = catalog;
        this.built = new LinkedHashMap<>(8, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Release>, CodeSearch> eldest) {
                return size() > keep;
            }
        };
    }

    /** The search of the releases in force on {@code date}, built the first time (a second or two for ICD-10-CM). */
    /** The catalog whose releases this cache searches. */
    public Catalog catalog() {
        return catalog;
    }

    public synchronized CodeSearch on(LocalDate date) {
        // releases compare by identity: a catalog hands out the same release objects until it changes
        return built.computeIfAbsent(CodeSearch.releasesOn(catalog, date), CodeSearch::of);
    }
}
