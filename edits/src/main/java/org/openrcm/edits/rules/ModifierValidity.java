package org.openrcm.edits.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.edits.Edit;
import org.openrcm.edits.Finding;
import org.openrcm.edits.Reference;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;

/**
 * {@code MODIFIER_INVALID}: a modifier no modifier list in force on the date of service knows, or more than four on a
 * line (an 837P line holds four). Whether a known modifier fits its code is for later edits. Without an imported
 * modifier list, only the count is checked.
 */
public final class ModifierValidity implements Edit {

    /** Whether the list in force has the modifier on the date (at once when it does, the usual case). */
    private static boolean known(Catalog catalog, Release list, String modifier, LocalDate date) {
        String normal = CodeSystem.MODIFIER.normalize(modifier);
        Optional<org.openrcm.codes.Code> c = normal == null ? Optional.empty() : list.code(normal);
        if (c.isPresent() && c.get().validOn(date)) {
            return true;
        }
        return catalog.lookup(CodeSystem.MODIFIER, modifier, date).isPresent();
    }

    @Override
    public List<Finding> check(Claim claim, ReferenceData data) {
        Catalog catalog = data.catalog();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            Claim.Line line = claim.lines().get(i);
            String code = line.procedure() == null ? "" : line.procedure();
            if (line.modifiers().size() > 4) {
                findings.add(new Finding(
                        "MODIFIER_INVALID",
                        Severity.ERROR,
                        i + 1,
                        List.of(code),
                        "Line " + (i + 1) + " (" + code + ") has "
                                + line.modifiers().size() + " modifiers; a claim line holds four.",
                        new Reference("ASC X12 837P", "005010X222A1", "2400 SV101-3 to SV101-6")));
            }
            LocalDate date = line.serviceDate();
            Optional<Release> list = date == null ? Optional.empty() : catalog.releaseOn(CodeSystem.MODIFIER, date);
            if (list.isEmpty()) {
                continue;
            }
            for (String m : line.modifiers()) {
                if (m == null || m.isBlank() || !known(catalog, list.get(), m, date)) {
                    String shown = m == null ? "(empty)" : m.strip();
                    findings.add(new Finding(
                            "MODIFIER_INVALID",
                            Severity.ERROR,
                            i + 1,
                            List.of(code, shown),
                            "Line " + (i + 1) + " (" + code + "): " + shown + " is not a modifier of the list in force"
                                    + " on " + date + ".",
                            new Reference("Modifiers", list.get().id(), shown)));
                }
            }
        }
        return findings;
    }
}
