package org.openrcm.codes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.openrcm.codes.fees.FeeSchedule;
import org.openrcm.codes.icd10cm.AppliedNote;
import org.openrcm.codes.icd10cm.SeventhCharacters;

/**
 * The releases loaded, by code system and effective date, and lookups on them: which release applies on a date of
 * service, and what a code was on that date, even if a later release deleted it.
 */
public final class Catalog {

    private final Map<CodeSystem, NavigableMap<LocalDate, Release>> releases = new EnumMap<>(CodeSystem.class);
    private final Map<CodeSystem, NavigableMap<LocalDate, Release>> resolved = new EnumMap<>(CodeSystem.class);
    private final NavigableMap<LocalDate, FeeSchedule> feeSchedules = new TreeMap<>();

    /** Adds a fee schedule, or a part of one (a GPCI file): merged with the schedule of the same id and date. */
    public synchronized void add(FeeSchedule part) {
        FeeSchedule existing = feeSchedules.get(part.effective());
        feeSchedules.put(
                part.effective(), existing != null && existing.id().equals(part.id()) ? existing.merge(part) : part);
    }

    /** The Medicare physician fee schedule in force on {@code date}. */
    public synchronized Optional<FeeSchedule> feeScheduleOn(LocalDate date) {
        Map.Entry<LocalDate, FeeSchedule> e = feeSchedules.floorEntry(date);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /** Every fee schedule loaded, oldest first. */
    public synchronized List<FeeSchedule> feeSchedules() {
        return List.copyOf(feeSchedules.values());
    }

    /**
     * Adds a release, or a part of one: it is merged ({@link Release#merge}) with the release of its system that takes
     * effect on the same date, whatever the files call it (a PPRRVU file and a CPT descriptor file of July 2024 are
     * one CPT release), under the id of the first.
     */
    public synchronized void add(Release release) {
        NavigableMap<LocalDate, Release> bySystem = releases.computeIfAbsent(release.system(), s -> new TreeMap<>());
        Release existing = bySystem.get(release.effective());
        bySystem.put(release.effective(), existing == null ? release : existing.merge(release.withId(existing.id())));
        resolved.remove(release.system());
    }

    /** The releases of a system as they apply: each with what it does not bring carried from the one before. */
    private NavigableMap<LocalDate, Release> resolved(CodeSystem system) {
        return resolved.computeIfAbsent(system, s -> {
            NavigableMap<LocalDate, Release> out = new TreeMap<>();
            Release previous = null;
            for (Release r : releases.getOrDefault(s, new TreeMap<>()).values()) {
                Release view = previous == null ? r : r.carryForward(previous);
                out.put(r.effective(), view);
                previous = view;
            }
            return out;
        });
    }

    private synchronized List<Release> resolvedList(CodeSystem system) {
        return List.copyOf(resolved(system).values());
    }

    /** The release in force on {@code date}: the latest one effective on or before it. */
    public synchronized Optional<Release> releaseOn(CodeSystem system, LocalDate date) {
        Map.Entry<LocalDate, Release> e = resolved(system).floorEntry(date);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /** A release by its id ({@code FY2026}). */
    public synchronized Optional<Release> release(CodeSystem system, String id) {
        return resolved(system).values().stream()
                .filter(r -> r.id().equalsIgnoreCase(id))
                .findFirst();
    }

    /** Every release loaded, by system, oldest first. */
    public synchronized List<Release> releases() {
        List<Release> all = new ArrayList<>();
        for (CodeSystem s : releases.keySet()) {
            all.addAll(resolved(s).values());
        }
        return all;
    }

    /** The release before {@code release} in its system, if any. */
    public synchronized Optional<Release> previous(Release release) {
        Map.Entry<LocalDate, Release> e = resolved(release.system()).lowerEntry(release.effective());
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /**
     * A code looked up on a date: the code, the release that says so, its parents from the category down, the notes
     * that apply to it (its own and inherited), the 7th characters it takes, and whether the code itself is valid on
     * the date (a HCPCS code may be terminated within a release).
     */
    public record Lookup(
            Code code,
            Release release,
            List<Code> parents,
            List<AppliedNote> notes,
            Optional<SeventhCharacters> seventhCharacters,
            boolean validOnDate) {
        public Lookup {
            parents = List.copyOf(parents);
            notes = List.copyOf(notes);
        }

        /** Whether the code may be billed as it is, and if not, why. */
        public enum Status {
            BILLABLE("billable"),
            NEEDS_SEVENTH_CHARACTER("not billable without a 7th character"),
            HEADER("header, not billable: code to a code under it"),
            NOT_BILLABLE("not billable");

            private final String sentence;

            Status(String sentence) {
                this.sentence = sentence;
            }

            public String sentence() {
                return sentence;
            }
        }

        public Status status() {
            Code c = code;
            if (c.billable()) {
                return Status.BILLABLE;
            }
            if (release.hasSubcodes(c.value())) {
                return Status.HEADER;
            }
            if (c.value().length() < 7 && (seventhCharacters.isPresent() || release.hasExtensions(c.value()))) {
                return Status.NEEDS_SEVENTH_CHARACTER;
            }
            return Status.NOT_BILLABLE;
        }
    }

    /** A code of {@code system}, written as users write it, as the release in force on {@code date} has it. */
    public Optional<Lookup> lookup(CodeSystem system, String input, LocalDate date) {
        String value = system.normalize(input);
        if (value == null) {
            return Optional.empty();
        }
        Optional<Lookup> inForce =
                releaseOn(system, date).flatMap(r -> r.code(value).map(c -> lookup(r, c, date)));
        if (inForce.isPresent()) {
            return inForce;
        }
        // Codes that carry their own dates (CARC, RARC: start and stop) are explained on any date they were valid,
        // even before the list that holds them was published.
        List<Release> bySystem = new ArrayList<>(resolvedList(system));
        java.util.Collections.reverse(bySystem);
        for (Release r : bySystem) {
            Optional<Code> c = r.code(value);
            if (c.isPresent() && c.get().validFrom() != null && c.get().validOn(date)) {
                return Optional.of(lookup(r, c.get(), date));
            }
        }
        return Optional.empty();
    }

    /** An ICD-10-CM code, dotted or not, as the release in force on {@code date} has it. */
    public Optional<Lookup> icd10cm(String input, LocalDate date) {
        return lookup(CodeSystem.ICD10CM, input, date);
    }

    private static Lookup lookup(Release r, Code c, LocalDate date) {
        List<Code> parents = new ArrayList<>();
        if (r.system() == CodeSystem.ICD10CM) {
            for (int len = 3; len < c.value().length(); len++) {
                r.code(c.value().substring(0, len)).ifPresent(parents::add);
            }
        }
        List<AppliedNote> notes = r.tabular().map(t -> t.notesFor(c.value())).orElse(List.of());
        Optional<SeventhCharacters> seventh = r.tabular().flatMap(t -> t.seventhCharactersFor(c.value()));
        return new Lookup(c, r, parents, notes, seventh, c.validOn(date));
    }
}
