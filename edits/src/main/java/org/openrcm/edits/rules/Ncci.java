package org.openrcm.edits.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openrcm.edits.Edit;
import org.openrcm.edits.Finding;
import org.openrcm.edits.Reference;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.ncci.AddOnEdit;
import org.openrcm.edits.ncci.Mai;
import org.openrcm.edits.ncci.Mue;
import org.openrcm.edits.ncci.MueService;
import org.openrcm.edits.ncci.MueTable;
import org.openrcm.edits.ncci.NcciModifiers;
import org.openrcm.edits.ncci.NcciRelease;
import org.openrcm.edits.ncci.PtpEdit;
import org.openrcm.edits.ncci.PtpModifier;

/**
 * The Medicare NCCI edits of a professional claim (one provider, so every line is the same provider's):
 *
 * <ul>
 *   <li>{@code NCCI_PTP}: two procedures on the same date of service that a procedure-to-procedure edit pairs, the
 *       column 2 code denied unless the edit's modifier indicator is 1 and either line carries an NCCI-associated
 *       modifier (59, X{EPSU}, anatomic…); indicator 9 edits do not apply;
 *   <li>{@code MUE}: units of a code above its medically unlikely edit, per line for MAI 1, per date of service for
 *       MAI 2 and 3;
 *   <li>{@code ADDON_WITHOUT_PRIMARY}: an add-on code without one of its primaries on the same date (type 1 and 3
 *       edits list them; type 2, "any primary", is left to payer policy).
 * </ul>
 *
 * Without the NCCI tables (not loaded), nothing is checked here.
 */
public final class Ncci implements Edit {

    @Override
    public List<Finding> check(Claim claim, ReferenceData data) {
        NcciRelease ncci = data.ncci();
        if (ncci == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        ptp(claim, ncci, findings);
        mue(claim, ncci, findings);
        addOns(claim, ncci, findings);
        return findings;
    }

    private static String code(Claim.Line line) {
        return line.procedure() == null ? "" : line.procedure().strip().toUpperCase(Locale.ROOT);
    }

    private static Reference ref(NcciRelease ncci, String table, String row) {
        return new Reference("NCCI " + table, ncci.quarter(), row);
    }

    private static void ptp(Claim claim, NcciRelease ncci, List<Finding> findings) {
        List<Claim.Line> lines = claim.lines();
        String[] codes = new String[lines.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = code(lines.get(i));
        }
        for (int i = 0; i < lines.size(); i++) {
            for (int j = 0; j < lines.size(); j++) {
                Claim.Line a = lines.get(i);
                Claim.Line b = lines.get(j);
                LocalDate date = a.serviceDate();
                if (i == j
                        || date == null
                        || !date.equals(b.serviceDate())
                        || codes[i].isEmpty()
                        || codes[j].isEmpty()) {
                    continue;
                }
                Optional<PtpEdit> edit = ncci.ptp().edit(codes[i], codes[j], date);
                if (edit.isEmpty() || edit.get().modifierIndicator() == PtpModifier.NOT_APPLICABLE) {
                    continue;
                }
                boolean bypassed = edit.get().modifierIndicator() == PtpModifier.ALLOWED && bypasses(a, b);
                if (bypassed) {
                    continue;
                }
                String why = edit.get().modifierIndicator() == PtpModifier.NOT_ALLOWED
                        ? "no modifier allows them together (modifier indicator 0)"
                        : "bill them together only when a distinct service is documented, with an NCCI-associated"
                                + " modifier (59, XE, XS, XP, XU or an anatomic one) on line " + (j + 1)
                                + " (modifier indicator 1)";
                findings.add(new Finding(
                        "NCCI_PTP",
                        Severity.ERROR,
                        j + 1,
                        List.of(code(a), code(b)),
                        code(b) + " (line " + (j + 1) + ") is bundled into " + code(a) + " (line " + (i + 1) + ") on "
                                + date + ": " + why + "."
                                + (edit.get().rationale() == null
                                        ? ""
                                        : " CMS: " + edit.get().rationale() + "."),
                        ref(ncci, "PTP practitioner", edit.get().row())));
            }
        }
    }

    /**
     * Whether the modifiers of two lines let an indicator-1 pair be paid, as the NCCI Policy Manual (chapter I,
     * "Modifiers and Modifier Indicators") uses them: a distinct-service modifier (59, X{EPSU}, 91) or a global surgery
     * one (58, 78, 79, 27) on either line; 24, 25 or 57 only on the line that is the E/M service; anatomic modifiers
     * only when both lines carry them and they name different sites (RT and LT, F1 and F2) — the same side, or a side
     * on one line only, shows no separate site.
     */
    static boolean bypasses(Claim.Line a, Claim.Line b) {
        return bypassesAlone(a) || bypassesAlone(b) || differentSites(a, b);
    }

    private static boolean bypassesAlone(Claim.Line line) {
        boolean em = ModifierFit.isEvaluationAndManagement(code(line));
        for (String m : line.modifiers()) {
            String mod = m == null ? "" : m.strip().toUpperCase(Locale.ROOT);
            if (!NcciModifiers.bypassesPtp(mod) || NcciModifiers.isAnatomic(mod)) {
                continue;
            }
            if (!NcciModifiers.isEvaluationAndManagementOnly(mod) || em) {
                return true;
            }
        }
        return false;
    }

    private static boolean differentSites(Claim.Line a, Claim.Line b) {
        java.util.Set<String> sitesA = sites(a);
        java.util.Set<String> sitesB = sites(b);
        return !sitesA.isEmpty() && !sitesB.isEmpty() && java.util.Collections.disjoint(sitesA, sitesB);
    }

    private static java.util.Set<String> sites(Claim.Line line) {
        java.util.Set<String> sites = new java.util.HashSet<>();
        for (String m : line.modifiers()) {
            if (m != null && NcciModifiers.isAnatomic(m)) {
                sites.add(m.strip().toUpperCase(Locale.ROOT));
            }
        }
        return sites;
    }

    private static void mue(Claim claim, NcciRelease ncci, List<Finding> findings) {
        Optional<MueTable> table = ncci.mue(MueService.PRACTITIONER);
        if (table.isEmpty()) {
            return;
        }
        List<Claim.Line> lines = claim.lines();
        for (int i = 0; i < lines.size(); i++) {
            Claim.Line line = lines.get(i);
            String code = code(line);
            Optional<Mue> mue = table.get().mue(code);
            if (mue.isEmpty() || line.units() == null) {
                continue;
            }
            if (mue.get().mai() == Mai.LINE) {
                if (line.units().compareTo(BigDecimal.valueOf(mue.get().units())) > 0) {
                    findings.add(mueFinding(ncci, mue.get(), i + 1, line.units(), "on one line"));
                }
                continue;
            }
            // per date of service: counted once, from the first line of the code on that date
            if (sameCodeAndDateBefore(lines, i, code)) {
                continue;
            }
            BigDecimal units = line.units();
            for (int k = i + 1; k < lines.size(); k++) {
                Claim.Line other = lines.get(k);
                if (other.units() != null
                        && code.equals(code(other))
                        && java.util.Objects.equals(line.serviceDate(), other.serviceDate())) {
                    units = units.add(other.units());
                }
            }
            if (units.compareTo(BigDecimal.valueOf(mue.get().units())) > 0) {
                findings.add(mueFinding(ncci, mue.get(), i + 1, units, "on " + line.serviceDate()));
            }
        }
    }

    private static boolean sameCodeAndDateBefore(List<Claim.Line> lines, int i, String code) {
        for (int k = 0; k < i; k++) {
            Claim.Line other = lines.get(k);
            if (other.units() != null
                    && code.equals(code(other))
                    && java.util.Objects.equals(lines.get(i).serviceDate(), other.serviceDate())) {
                return true;
            }
        }
        return false;
    }

    private static Finding mueFinding(NcciRelease ncci, Mue mue, int line, BigDecimal units, String where) {
        return new Finding(
                "MUE",
                Severity.ERROR,
                line,
                List.of(mue.code()),
                mue.code() + ": " + units.stripTrailingZeros().toPlainString() + " units " + where + ", above the"
                        + " medically unlikely edit of " + mue.units() + " ("
                        + mue.mai().description() + ")."
                        + (mue.rationale() == null ? "" : " CMS: " + mue.rationale() + "."),
                ref(
                        ncci,
                        "MUE practitioner",
                        mue.code() + " = " + mue.units() + ", MAI " + mue.mai().code()));
    }

    private static void addOns(Claim claim, NcciRelease ncci, List<Finding> findings) {
        for (int i = 0; i < claim.lines().size(); i++) {
            Claim.Line line = claim.lines().get(i);
            Optional<AddOnEdit> addOn = ncci.addOns().addOn(code(line));
            if (addOn.isEmpty()
                    || addOn.get().anyPrimary()
                    || addOn.get().primaries().isEmpty()) {
                continue;
            }
            boolean primary = claim.lines().stream()
                    .anyMatch(o -> o != line
                            && java.util.Objects.equals(o.serviceDate(), line.serviceDate())
                            && addOn.get().primaries().contains(code(o)));
            if (!primary) {
                List<String> some =
                        addOn.get().primaries().stream().sorted().limit(6).toList();
                findings.add(new Finding(
                        "ADDON_WITHOUT_PRIMARY",
                        Severity.ERROR,
                        i + 1,
                        List.of(code(line)),
                        code(line) + " is an add-on code: it is billed with one of its primary procedures on the same"
                                + " date (" + String.join(", ", some)
                                + (addOn.get().primaries().size() > some.size() ? "…" : "") + "), and none is on the"
                                + " claim.",
                        ref(
                                ncci,
                                "add-on code edits",
                                code(line) + " type " + addOn.get().type())));
            }
        }
    }
}
