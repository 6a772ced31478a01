package org.openrcm.codes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.icd10cm.IndexEntry;
import org.openrcm.codes.icd10cm.Tabular;

/**
 * One official release of a code system, effective from a date (ICD-10-CM FY2026: October 1, 2025): every code it
 * holds, billable or not, and for ICD-10-CM the tabular list (notes, 7th characters) and the index entries when their
 * files were imported. A release is built from the files of one release; {@link #merge} adds another file's part.
 * Immutable.
 */
public final class Release {

    private final CodeSystem system;
    private final String id;
    private final LocalDate effective;
    private final NavigableMap<String, Code> codes;
    /** The same codes hashed: the scrubber looks codes up by the million, and a hash is several times a tree's speed. */
    private final Map<String, Code> byValue;

    private final @Nullable Tabular tabular;
    private final List<IndexEntry> index;

    public Release(CodeSystem system, String id, LocalDate effective, Map<String, Code> codes) {
        this(system, id, effective, codes, null, List.of());
    }

    public Release(
            CodeSystem system,
            String id,
            LocalDate effective,
            Map<String, Code> codes,
            @Nullable Tabular tabular,
            List<IndexEntry> index) {
        this.system = system;
        this.id = id;
        this.effective = effective;
        this.codes = Collections.unmodifiableNavigableMap(new TreeMap<>(codes));
        this.byValue = Map.copyOf(codes);
        this.tabular = tabular;
        this.index = List.copyOf(index);
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
        Code c = value == null ? null : byValue.get(value);
        if (c == null && codes.isEmpty() && tabular != null) {
            c = tabular.codes().get(value);
        }
        return Optional.ofNullable(c);
    }

    /**
     * Whether codes other than its 7th-character extensions are listed under {@code value}: {@code S72.0} has {@code
     * S72.00}, a header; {@code S72.001} has only {@code S72.001A}, {@code S72.001B}…, a code that needs its 7th
     * character.
     */
    public boolean hasSubcodes(String value) {
        java.util.Collection<String> keys = codes.isEmpty() && tabular != null
                ? tabular.codes().keySet()
                : codes.subMap(value, false, value + Character.MAX_VALUE, false).keySet();
        for (String k : keys) {
            if (k.length() > value.length() && k.startsWith(value) && !isExtension(value, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code value} has 7th-character extensions listed under it ({@code S93.401A} under {@code S93.401}). */
    public boolean hasExtensions(String value) {
        java.util.Collection<String> keys = codes.isEmpty() && tabular != null
                ? tabular.codes().keySet()
                : codes.subMap(value, false, value + Character.MAX_VALUE, false).keySet();
        for (String k : keys) {
            if (k.startsWith(value) && isExtension(value, k)) {
                return true;
            }
        }
        return false;
    }

    /** {@code S72001A} extends {@code S72001}; {@code T07XXXA} extends {@code T07}: placeholders and a 7th character. */
    private static boolean isExtension(String value, String child) {
        if (child.length() != 7) {
            return false;
        }
        for (int i = value.length(); i < 6; i++) {
            if (child.charAt(i) != 'X') {
                return false;
            }
        }
        return true;
    }

    /** This release under another id: a part of a release that another file names differently, on the same date. */
    public Release withId(String newId) {
        return new Release(system, newId, effective, codes, tabular, index);
    }

    /** The release's codes; from the tabular list when no code file (order file) was imported. */
    public Collection<Code> codes() {
        if (codes.isEmpty() && tabular != null) {
            return tabular.codes().values();
        }
        return codes.values();
    }

    public long billableCount() {
        return codes().stream().filter(Code::billable).count();
    }

    public Optional<Tabular> tabular() {
        return Optional.ofNullable(tabular);
    }

    public List<IndexEntry> index() {
        return index;
    }

    /**
     * This release with another part of the same release added: the part's codes are added, replacing those of the
     * same value (a code of a descriptor file, which has only titles, gives its titles to the code and keeps its
     * details), its tabular list replaces this one, and its index entries replace those of the same index (a re-imported Drug table
     * replaces the Drug table, not the alphabetic index).
     */
    public Release merge(Release part) {
        if (part.system != system || !part.id.equals(id)) {
            throw new IllegalArgumentException(part + " is not a part of " + this);
        }
        Set<IndexEntry.Source> replaced = EnumSet.noneOf(IndexEntry.Source.class);
        part.index.forEach(e -> replaced.add(e.source()));
        List<IndexEntry> merged = new ArrayList<>();
        for (IndexEntry e : index) {
            if (!replaced.contains(e.source())) {
                merged.add(e);
            }
        }
        merged.addAll(part.index);
        Map<String, Code> mergedCodes = new TreeMap<>(codes);
        for (Code c : part.codes.values()) {
            Code existing = mergedCodes.get(c.value());
            Code code;
            if (existing == null) {
                code = c;
            } else if (c.details().isEmpty() && !existing.details().isEmpty()) {
                code = existing.titledAs(c); // a descriptor over a number: its titles, the number's details
            } else {
                code = c.withMissingTitlesFrom(existing); // a number after its descriptor keeps the titles
            }
            mergedCodes.put(c.value(), code);
        }
        return new Release(system, id, effective, mergedCodes, part.tabular != null ? part.tabular : tabular, merged);
    }

    /**
     * This release with what it lacks taken from the release before it, when it is an update of it ({@code FY2026-APR}
     * after {@code FY2026}): an April update that brings only the index tables keeps October's codes and tabular
     * notes. A new release (a new fiscal year) never shows the last one's codes or notes as its own. Modifier releases
     * keep the CPT modifiers of the release before, which HCPCS files do not list.
     */
    public Release carryForward(Release previous) {
        boolean update = id.startsWith(previous.id + "-");
        Map<String, Code> ownCodes = codes;
        if (system == CodeSystem.MODIFIER && !codes.isEmpty()) {
            // HCPCS files list the Level II modifiers only: the CPT modifiers of the release before stay.
            ownCodes = new TreeMap<>(codes);
            for (Code c : previous.codes()) {
                if (c.details().getOrDefault("type", "").contains("CPT")) {
                    ownCodes.putIfAbsent(c.value(), c);
                }
            }
        }
        if (update && codes.isEmpty() && tabular == null) {
            ownCodes = new TreeMap<>();
            for (Code c : previous.codes()) {
                ownCodes.put(c.value(), c);
            }
        }
        if (!update) {
            return ownCodes == codes ? this : new Release(system, id, effective, ownCodes, tabular, index);
        }
        Set<IndexEntry.Source> present = EnumSet.noneOf(IndexEntry.Source.class);
        index.forEach(e -> present.add(e.source()));
        List<IndexEntry> entries = new ArrayList<>(index);
        for (IndexEntry e : previous.index) {
            if (!present.contains(e.source())) {
                entries.add(e);
            }
        }
        return new Release(system, id, effective, ownCodes, tabular != null ? tabular : previous.tabular, entries);
    }

    @Override
    public String toString() {
        return system.label() + " " + id + " (effective " + effective + ", " + codes().size() + " codes)";
    }
}
