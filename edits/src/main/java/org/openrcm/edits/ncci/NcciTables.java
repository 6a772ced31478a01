package org.openrcm.edits.ncci;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The NCCI releases imported, by quarter: a date of service is judged by the release in force on it, the latest one
 * taking effect on or before it (CMS replaces the tables every quarter; a quarter not imported leaves the one before in
 * force). A date before the earliest release has none: its lines are not checked, and the scrubber says so. Immutable
 * and safe to share between threads.
 */
public final class NcciTables {

    private static final NcciTables NONE = new NcciTables(new TreeMap<>());

    private final NavigableMap<LocalDate, NcciRelease> byEffective;

    private NcciTables(NavigableMap<LocalDate, NcciRelease> byEffective) {
        this.byEffective = byEffective;
    }

    /** No NCCI tables: nothing imported. */
    public static NcciTables none() {
        return NONE;
    }

    /** The releases given; two taking effect on the same day are refused. */
    public static NcciTables of(Collection<NcciRelease> releases) {
        NavigableMap<LocalDate, NcciRelease> map = new TreeMap<>();
        for (NcciRelease r : releases) {
            NcciRelease before = map.put(r.effective(), r);
            if (before != null) {
                throw new IllegalArgumentException("two NCCI releases take effect on " + r.effective() + ": "
                        + before.quarter() + " and " + r.quarter());
            }
        }
        return map.isEmpty() ? NONE : new NcciTables(map);
    }

    /** One release, as a folder of NCCI files holds. */
    public static NcciTables of(NcciRelease release) {
        return of(List.of(release));
    }

    public boolean isEmpty() {
        return byEffective.isEmpty();
    }

    /** The release in force on a date of service: the latest taking effect on or before it; empty before the first. */
    public Optional<NcciRelease> on(LocalDate dateOfService) {
        Map.Entry<LocalDate, NcciRelease> e = byEffective.floorEntry(dateOfService);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /** The earliest release, if any. */
    public Optional<NcciRelease> earliest() {
        return isEmpty()
                ? Optional.empty()
                : Optional.of(byEffective.firstEntry().getValue());
    }

    /** Every release, oldest first. */
    public List<NcciRelease> releases() {
        return List.copyOf(byEffective.values());
    }

    @Override
    public String toString() {
        return "NcciTables"
                + byEffective.values().stream().map(NcciRelease::quarter).toList();
    }
}
