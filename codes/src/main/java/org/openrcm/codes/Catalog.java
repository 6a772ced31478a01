package org.openrcm.codes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.openrcm.codes.icd10cm.Icd10cm;

/**
 * The releases loaded, by code system and effective date, and lookups on them: which release applies on a date of
 * service, and what a code was on that date, even if a later release deleted it.
 */
public final class Catalog {

    private final Map<CodeSystem, NavigableMap<LocalDate, Release>> releases = new EnumMap<>(CodeSystem.class);

    /** Adds a release; a release of the same system and effective date is replaced. */
    public synchronized void add(Release release) {
        releases.computeIfAbsent(release.system(), s -> new TreeMap<>()).put(release.effective(), release);
    }

    /** The release in force on {@code date}: the latest one effective on or before it. */
    public synchronized Optional<Release> releaseOn(CodeSystem system, LocalDate date) {
        NavigableMap<LocalDate, Release> bySystem = releases.get(system);
        if (bySystem == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, Release> e = bySystem.floorEntry(date);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /** A code looked up on a date: the code, the release that says so, and its parents from the category down. */
    public record Lookup(Code code, Release release, List<Code> parents) {
        public Lookup {
            parents = List.copyOf(parents);
        }
    }

    /** An ICD-10-CM code, dotted or not, as the release in force on {@code date} has it. */
    public Optional<Lookup> icd10cm(String input, LocalDate date) {
        String value = Icd10cm.normalize(input);
        if (value == null) {
            return Optional.empty();
        }
        return releaseOn(CodeSystem.ICD10CM, date)
                .flatMap(r -> r.code(value).map(c -> {
                    List<Code> parents = new ArrayList<>();
                    for (int len = 3; len < value.length(); len++) {
                        r.code(value.substring(0, len)).ifPresent(parents::add);
                    }
                    return new Lookup(c, r, parents);
                }));
    }
}
