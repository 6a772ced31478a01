package org.openrcm.edits.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.CodeSystem;
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
 * override). Needs the tabular list of the release in force; without it, nothing is checked here.
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
        for (String a : codes) {
            Optional<Catalog.Lookup> lookup = catalog.icd10cm(a, date);
            if (lookup.isEmpty()) {
                continue;
            }
            for (AppliedNote note : lookup.get().notes()) {
                if (note.kind() != Note.Kind.EXCLUDES1) {
                    continue;
                }
                for (NoteCodes ref : NoteCodes.in(note.text())) {
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
                                            + " says \"" + note.text() + "\". Keep the one the record supports, or"
                                            + " override with the documentation that the conditions are unrelated.",
                                    new Reference(
                                            "ICD-10-CM tabular list",
                                            lookup.get().release().id(),
                                            note.from() + " Excludes1")));
                        }
                    }
                }
            }
        }
        return findings;
    }

    private static boolean alreadyPaired(List<Finding> findings, String a, String b) {
        String da = CodeSystem.ICD10CM.display(a);
        String db = CodeSystem.ICD10CM.display(b);
        return findings.stream()
                .anyMatch(f -> f.codes().contains(da) && f.codes().contains(db));
    }
}
