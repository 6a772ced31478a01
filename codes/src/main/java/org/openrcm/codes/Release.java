package org.openrcm.codes;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One official release of a code system, effective from a date (ICD-10-CM FY2026: October 1, 2025), with every code
 * it holds, billable or not. Immutable.
 */
public final class Release {

    private final CodeSystem system;
    private final String id;
    private final LocalDate effective;
    private final NavigableMap<String, Code> codes;

    public Release(CodeSystem system, String id, LocalDate effective, Map<String, Code> codes) {
        this.system = system;
        this.id = id;
        this.effective = effective;
        this.codes = Collections.unmodifiableNavigableMap(new TreeMap<>(codes));
    }

    public CodeSystem system() {
        return system;
    }

    /** The release's name, e.g. {@code FY2026}. */
    public String id() {
        return id;
    }

    public LocalDate effective() {
        return effective;
    }

    /** A code by its stored value (no dot). */
    public Optional<Code> code(String value) {
        return Optional.ofNullable(codes.get(value));
    }

    public Collection<Code> codes() {
        return codes.values();
    }

    public long billableCount() {
        return codes.values().stream().filter(Code::billable).count();
    }

    @Override
    public String toString() {
        return system + " " + id + " (effective " + effective + ", " + codes.size() + " codes)";
    }
}
