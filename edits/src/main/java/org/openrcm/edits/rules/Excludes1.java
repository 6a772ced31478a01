package org.openrcm.edits.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.icd10cm.AppliedNote;
import org.openrcm.codes.icd10cm.Note;
import org.openrcm.edits.Edit;
import org.openrcm.edits.Finding;
import org.openrcm.edits.Reference;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;

/**
 * {@code EXCLUDES1}: two diagnoses of one claim that an Excludes1 note of the tabular list ("NOT CODED HERE") keeps
 * apart, the note inherited from the code's parents, section or chapter as the guidelines say (ICD-10-CM Official
 * Guidelines I.A.12.a; their one exception, conditions documented as unrelated, is for the coder to claim with an
 * override). The notes come from the tabular list of the release in force, else of the latest earlier release that has
 * one (named in the finding); with no tabular list imported, nothing is checked here.
 */
public final class Excludes1 implements Edit {

    @Override
    public List<Finding> check(Claim claim, ReferenceData data) {
        LocalDate date = claim.lines().stream()
                .map(Claim.Line::serviceDate)
                .filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
        if (date == null) {
            return List.of();
        }
        Catalog catalog = data.catalog();
        List<String> codes = new ArrayList<>();
        for (String dx : claim.diagnoses()) {
            String value = dx == null ? null : CodeSystem.ICD10CM.normalize(dx);
            if (value != null && !codes.contains(value)) {
                codes.add(value);
            }
        }
        List<Finding> findings = new ArrayList<>();
        if (codes.size() < 2) {
            return findings; // a note keeps two codes apart: one code alone has nothing to clash with
        }
        Optional<Release> inForce = catalog.releaseOn(CodeSystem.ICD10CM, date);
        if (inForce.isEmpty()) {
            return findings;
        }
        Release release = inForce.get();
        Optional<Release> notes = notesFor(catalog, release);
        if (notes.isEmpty()) {
            return findings;
        }
        String source = notes.get() == release
                ? ""
                : " (tabular list " + notes.get().id() + ", the latest imported: " + release.id() + " has none)";
        for (String a : codes) {
            if (release.code(a).isEmpty()) {
                continue; // CODE_INVALID or CODE_NOT_EFFECTIVE says so
            }
            Exclusions of = exclusions(notes.get(), a);
            if (!of.mayName(codes, a)) {
                continue;
            }
            for (Exclusion exclusion : of.list()) {
                AppliedNote note = exclusion.note();
                for (NoteCodes ref : exclusion.refs()) {
                    for (String b : codes) {
                        if (!b.equals(a) && ref.covers(b) && !alreadyPaired(findings, a, b)) {
                            String da = CodeSystem.ICD10CM.display(a);
                            String db = CodeSystem.ICD10CM.display(b);
                            findings.add(new Finding(
                                    "EXCLUDES1",
                                    Severity.ERROR,
                                    null,
                                    List.of(da, db),
                                    da + " and " + db + " are not coded together: the Excludes1 note of " + note.from()
                                            + source + " says \"" + note.text() + "\". Keep the one the record"
                                            + " supports, or override with the documentation that the conditions are"
                                            + " unrelated.",
                                    new Reference(
                                            "ICD-10-CM tabular list",
                                            notes.get().id(),
                                            note.from() + " Excludes1")));
                        }
                    }
                }
            }
        }
        return findings;
    }

    /**
     * The release whose tabular list gives the notes on a date: the release in force when it has its tabular list,
     * else the latest earlier release that has one (CMS publishes the order file and the tabular XML apart, and a
     * practice may import only the first). Notes change little between years; the finding names the list it used.
     */
    private Optional<Release> notesFor(Catalog catalog, Release inForce) {
        if (inForce.tabular().isPresent()) {
            return Optional.of(inForce);
        }
        if (withNotes.size() > 8) {
            withNotes.clear();
        }
        return withNotes.computeIfAbsent(
                inForce,
                r -> catalog.releases().stream()
                        .filter(o -> o.system() == CodeSystem.ICD10CM
                                && o.tabular().isPresent()
                                && !o.effective().isAfter(r.effective()))
                        .max(java.util.Comparator.comparing(Release::effective)));
    }

    private final Map<Release, Optional<Release>> withNotes = new ConcurrentHashMap<>();

    /** An Excludes1 note that applies to a code, and the codes it names. */
    private record Exclusion(AppliedNote note, List<NoteCodes> refs) {}

    /**
     * The Excludes1 notes of a code in a release, worked out once per release and code: claims ask for the same
     * codes again and again. A few releases are kept (claims of two fiscal years are scrubbed side by side).
     */
    private final Map<Release, Map<String, Exclusions>> cache = new ConcurrentHashMap<>();

    /**
     * The Excludes1 notes of a code, with the first letters of the codes they name (a bit per letter): most pairs of a
     * claim's diagnoses are of different chapters, and the letters tell at once that no note names the other code.
     */
    private record Exclusions(List<Exclusion> list, int letters) {
        static Exclusions of(List<Exclusion> list) {
            int letters = 0;
            for (Exclusion e : list) {
                for (NoteCodes ref : e.refs()) {
                    for (char c = ref.first().charAt(0); c <= ref.last().charAt(0); c++) {
                        letters |= bit(c);
                    }
                }
            }
            return new Exclusions(List.copyOf(list), letters);
        }

        static int bit(char c) {
            return c >= 'A' && c <= 'Z' ? 1 << (c - 'A') : 0;
        }

        /** Whether a note may name one of {@code codes} other than {@code self}. */
        boolean mayName(List<String> codes, String self) {
            for (String b : codes) {
                if (!b.equals(self) && (letters & bit(b.charAt(0))) != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private Exclusions exclusions(Release release, String code) {
        if (cache.size() > 8) {
            cache.clear();
        }
        return cache.computeIfAbsent(release, r -> new ConcurrentHashMap<>()).computeIfAbsent(code, c -> {
            List<Exclusion> found = new ArrayList<>();
            for (AppliedNote note : release.tabular().orElseThrow().notesFor(c)) {
                if (note.kind() == Note.Kind.EXCLUDES1) {
                    found.add(new Exclusion(note, NoteCodes.in(note.text())));
                }
            }
            return Exclusions.of(found);
        });
    }

    private static boolean alreadyPaired(List<Finding> findings, String a, String b) {
        String da = CodeSystem.ICD10CM.display(a);
        String db = CodeSystem.ICD10CM.display(b);
        return findings.stream()
                .anyMatch(f -> f.codes().contains(da) && f.codes().contains(db));
    }
}
