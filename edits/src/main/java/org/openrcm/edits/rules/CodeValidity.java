package org.openrcm.edits.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
 * Whether each code of a claim exists and may be billed on its date of service, in the release in force then:
 * {@code CODE_INVALID} (no release has it), {@code CODE_NOT_EFFECTIVE} (a release has it, not the one in force: deleted
 * or not yet valid, as S30.1XXA after FY2026), {@code CODE_NOT_BILLABLE} (an ICD-10-CM header, or a code missing its
 * 7th character), {@code PCS_ON_PROFESSIONAL} (an ICD-10-PCS procedure on a professional claim line), and
 * {@code REFERENCE_MISSING} (a warning: no release of the code set is imported for that date, so nothing was checked).
 */
public final class CodeValidity implements Edit {

    @Override
    public List<Finding> check(Claim claim, ReferenceData data) {
        List<Finding> findings = new ArrayList<>();
        Set<CodeSystem> unchecked = EnumSet.noneOf(CodeSystem.class);
        LocalDate claimDate = firstServiceDate(claim);
        if (claimDate != null) {
            for (String dx : claim.diagnoses()) {
                if (dx != null && !dx.isBlank()) {
                    check(CodeSystem.ICD10CM, dx, claimDate, null, data.catalog(), findings, unchecked);
                }
            }
        }
        for (int i = 0; i < claim.lines().size(); i++) {
            Claim.Line line = claim.lines().get(i);
            String p = line.procedure();
            LocalDate date = line.serviceDate() != null ? line.serviceDate() : claimDate;
            if (p == null || p.isBlank() || date == null) {
                continue; // MISSING_FIELD says so
            }
            String code = p.strip().toUpperCase(java.util.Locale.ROOT);
            CodeSystem system =
                    CodeShapes.isCpt(code) ? CodeSystem.CPT : CodeShapes.isHcpcs(code) ? CodeSystem.HCPCS : null;
            if (system == null) {
                if (CodeShapes.isPcs(code) && isProfessional(claim)) {
                    findings.add(new Finding(
                            "PCS_ON_PROFESSIONAL",
                            Severity.ERROR,
                            i + 1,
                            List.of(code),
                            code + " is an ICD-10-PCS procedure code, used on inpatient facility claims only; a"
                                    + " professional claim reports the service with a CPT or HCPCS code.",
                            new Reference("ICD-10-PCS", "", code)));
                } else {
                    findings.add(invalid(i + 1, code, "CPT/HCPCS", "is not a CPT or HCPCS code"));
                }
                continue;
            }
            check(system, code, date, i + 1, data.catalog(), findings, unchecked);
        }
        for (CodeSystem s : unchecked) {
            findings.add(new Finding(
                    "REFERENCE_MISSING",
                    Severity.WARNING,
                    null,
                    List.of(),
                    "No " + s.label() + " release is imported for the dates of service: its codes were not checked.",
                    new Reference(s.label(), "", "")));
        }
        return findings;
    }

    private static void check(
            CodeSystem system,
            String code,
            LocalDate date,
            @Nullable Integer line,
            Catalog catalog,
            List<Finding> findings,
            Set<CodeSystem> unchecked) {
        Optional<Release> inForce = catalog.releaseOn(system, date);
        if (inForce.isEmpty()) {
            unchecked.add(system);
            return;
        }
        String normal = system.normalize(code);
        if (normal != null) {
            // the usual case, answered by the release alone: a billable code valid on the date
            Optional<org.openrcm.codes.Code> c = inForce.get().code(normal);
            if (c.isPresent() && c.get().billable() && c.get().validOn(date)) {
                return;
            }
        }
        String display = normal == null ? code : system.display(normal);
        Optional<Catalog.Lookup> found = catalog.lookup(system, code, date);
        if (found.isPresent() && found.get().validOnDate()) {
            Catalog.Lookup l = found.get();
            if (l.status() != Catalog.Lookup.Status.BILLABLE && system == CodeSystem.ICD10CM) {
                String why = l.status() == Catalog.Lookup.Status.NEEDS_SEVENTH_CHARACTER
                        ? " needs its 7th character (" + sevenths(l) + ")"
                        : " is a category or subcategory, not a billable code: code to the most specific code under"
                                + " it";
                findings.add(new Finding(
                        "CODE_NOT_BILLABLE",
                        Severity.ERROR,
                        line,
                        List.of(display),
                        display + " (" + l.code().longTitle() + ")" + why + ".",
                        new Reference(system.label(), l.release().id(), display)));
            }
            return;
        }
        String value = system.normalize(code);
        Optional<Release> holder = value == null
                ? Optional.empty()
                : catalog.releases().stream()
                        .filter(r -> r.system() == system && r.code(value).isPresent())
                        .reduce((a, b) -> b);
        if (holder.isPresent() || found.isPresent()) {
            String where = found.isPresent()
                    ? "the code is valid "
                            + (found.get().code().validFrom() == null
                                    ? ""
                                    : "from " + found.get().code().validFrom() + " ")
                            + "to " + found.get().code().validTo()
                    : "it is a code of " + holder.get().id() + " (effective "
                            + holder.get().effective() + ")";
            findings.add(new Finding(
                    "CODE_NOT_EFFECTIVE",
                    Severity.ERROR,
                    line,
                    List.of(display),
                    display + " is not valid on " + date + " under " + system.label() + " "
                            + inForce.get().id() + ": " + where + ".",
                    new Reference(system.label(), inForce.get().id(), display)));
            return;
        }
        if (system == CodeSystem.CPT) {
            // OpenRCM holds the CPT code numbers the user imported (often the MPFS file's, which leaves out what
            // Medicare does not price, the PLA codes and codes newer than the file), never the AMA's full list: a code
            // missing from it may still be a CPT code.
            findings.add(new Finding(
                    "CODE_INVALID",
                    Severity.WARNING,
                    line,
                    List.of(display),
                    display + " is not among the CPT codes imported (CPT "
                            + inForce.get().id() + ", effective "
                            + inForce.get().effective() + "): check it against the CPT book of " + date.getYear()
                            + ", or import that year's CPT file.",
                    new Reference(system.label(), inForce.get().id(), display)));
            return;
        }
        String label = system.label();
        String article = "AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ";
        findings.add(invalid(line, display, label + " " + inForce.get().id(), "is not " + article + label + " code"));
    }

    private static Finding invalid(@Nullable Integer line, String code, String table, String what) {
        return new Finding(
                "CODE_INVALID",
                Severity.ERROR,
                line,
                List.of(code),
                code + " " + what + (table.contains(" ") ? " (" + table + ")" : "") + ".",
                new Reference(table, "", code));
    }

    private static String sevenths(Catalog.Lookup l) {
        return l.seventhCharacters()
                .map(s -> s.characters().stream()
                        .limit(3)
                        .map(c -> c.value() + " " + c.meaning())
                        .reduce((a, b) -> a + ", " + b)
                        .orElse(""))
                .orElse("see the tabular list");
    }

    private static boolean isProfessional(Claim claim) {
        return claim.kind() == null || !claim.kind().equalsIgnoreCase("institutional");
    }

    private static @Nullable LocalDate firstServiceDate(Claim claim) {
        return claim.lines().stream()
                .map(Claim.Line::serviceDate)
                .filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
    }
}
