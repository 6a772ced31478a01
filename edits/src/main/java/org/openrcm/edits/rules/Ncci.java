package org.openrcm.edits.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
import org.openrcm.edits.ncci.NcciFiles;
import org.openrcm.edits.ncci.NcciModifiers;
import org.openrcm.edits.ncci.NcciRelease;
import org.openrcm.edits.ncci.NcciTables;
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
 * Each line is judged by the NCCI quarter in force on its date of service (a line without one, by today's). When
 * some quarter is imported but none is in force on a line's date (a date before the earliest imported), or the quarter
 * in force lacks a table, those edits are not checked and a {@code REFERENCE_MISSING} warning says so, as for the code
 * sets. Without any NCCI tables (none imported), nothing is checked here and nothing is said: the command line notes
 * it once, not on every claim.
 */
public final class Ncci implements Edit {

    /** The modifiers that tell Medicare the patient was told, or that the service is not covered: GA, GX, GY, GZ. */
    private static final java.util.Set<String> LIABILITY = java.util.Set.of("GA", "GX", "GY", "GZ");

    private static final String PTP = "PTP practitioner";
    private static final String MUE = "MUE practitioner";
    private static final String ADD_ON = "add-on code edits";

    @Override
    public List<Finding> check(Claim claim, ReferenceData data) {
        NcciTables tables = data.ncci();
        if (tables.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        ptp(claim, tables, findings);
        mue(claim, tables, data.today(), findings);
        addOns(claim, tables, data.today(), findings);
        findings.addAll(gaps(claim, tables, data.today()));
        return findings;
    }

    /** The release in force for a line: on its date of service, or today's when it has none. */
    private static Optional<NcciRelease> releaseOf(Claim.Line line, NcciTables tables, LocalDate today) {
        return tables.on(line.serviceDate() != null ? line.serviceDate() : today);
    }

    /**
     * Warnings for the lines left unchecked: dates before every imported quarter, and quarters imported without one of
     * the tables a line needed.
     */
    private static List<Finding> gaps(Claim claim, NcciTables tables, LocalDate today) {
        Map<String, List<Integer>> uncovered = new TreeMap<>();
        Map<String, Set<String>> missing = new TreeMap<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            Claim.Line line = claim.lines().get(i);
            if (code(line).isEmpty()) {
                continue;
            }
            LocalDate date = line.serviceDate() != null ? line.serviceDate() : today;
            Optional<NcciRelease> r = tables.on(date);
            if (r.isEmpty()) {
                uncovered
                        .computeIfAbsent(NcciFiles.quarter(date), k -> new ArrayList<>())
                        .add(i + 1);
                continue;
            }
            Set<String> lacks = missing.computeIfAbsent(r.get().quarter(), k -> new LinkedHashSet<>());
            if (r.get().ptp() == null) {
                lacks.add(PTP);
            }
            if (r.get().mue(MueService.PRACTITIONER).isEmpty()) {
                lacks.add(MUE);
            }
            if (r.get().addOns() == null) {
                lacks.add(ADD_ON);
            }
        }
        List<Finding> out = new ArrayList<>();
        if (!uncovered.isEmpty()) {
            NcciRelease first = tables.earliest().orElseThrow();
            List<Integer> lines =
                    uncovered.values().stream().flatMap(List::stream).sorted().toList();
            out.add(new Finding(
                    "REFERENCE_MISSING",
                    Severity.WARNING,
                    lines.size() == 1 ? lines.getFirst() : null,
                    List.of(),
                    "No NCCI tables are imported for " + String.join(", ", uncovered.keySet()) + " (the earliest"
                            + " imported is " + first.quarter() + ", effective " + first.effective() + "): procedure"
                            + " pairs, units and add-on codes of line" + (lines.size() == 1 ? " " : "s ")
                            + lines.stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + " were not checked; import the NCCI files of that quarter to check them.",
                    new Reference("NCCI", "", String.join(", ", uncovered.keySet()))));
        }
        missing.forEach((quarter, lacks) -> {
            if (!lacks.isEmpty()) {
                out.add(new Finding(
                        "REFERENCE_MISSING",
                        Severity.WARNING,
                        null,
                        List.of(),
                        "NCCI " + quarter + " is imported without its " + String.join(", ", lacks) + " table"
                                + (lacks.size() == 1 ? "" : "s") + ": those edits were not checked for the lines dated"
                                + " in " + quarter + "; import the missing files of that quarter to check them.",
                        new Reference("NCCI", quarter, String.join(", ", lacks))));
            }
        });
        return out;
    }

    private static String code(Claim.Line line) {
        return line.procedure() == null ? "" : line.procedure().strip().toUpperCase(Locale.ROOT);
    }

    private static Reference ref(NcciRelease ncci, String table, String row) {
        return new Reference("NCCI " + table, ncci.quarter(), row);
    }

    private static void ptp(Claim claim, NcciTables tables, List<Finding> findings) {
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
                NcciRelease ncci = tables.on(date).orElse(null);
                if (ncci == null || ncci.ptp() == null) {
                    continue; // said once by gaps()
                }
                Optional<PtpEdit> edit = ncci.ptp().edit(codes[i], codes[j], date);
                if (edit.isEmpty() || edit.get().modifierIndicator() == PtpModifier.NOT_APPLICABLE) {
                    continue;
                }
                boolean bypassed = edit.get().modifierIndicator() == PtpModifier.ALLOWED && bypasses(a, b);
                if (bypassed) {
                    continue;
                }
                int em = ModifierFit.isEvaluationAndManagement(codes[j])
                        ? j
                        : ModifierFit.isEvaluationAndManagement(codes[i]) ? i : -1;
                String why = edit.get().modifierIndicator() == PtpModifier.NOT_ALLOWED
                        ? "no modifier allows them together (modifier indicator 0)"
                        : em >= 0
                                ? "bill the visit too only when it is significant and separately identifiable, with"
                                        + " 25 on line " + (em + 1) + " (57 when it is the decision for surgery;"
                                        + " modifier indicator 1)"
                                : "bill them together only when a distinct service is documented, with an"
                                        + " NCCI-associated modifier (59, XE, XS, XP, XU or an anatomic one) on line "
                                        + (j + 1) + " (modifier indicator 1)";
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
                        ref(ncci, PTP, edit.get().row())));
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

    private static void mue(Claim claim, NcciTables tables, LocalDate today, List<Finding> findings) {
        List<Claim.Line> lines = claim.lines();
        for (int i = 0; i < lines.size(); i++) {
            Claim.Line line = lines.get(i);
            String code = code(line);
            NcciRelease ncci = releaseOf(line, tables, today).orElse(null);
            Optional<MueTable> table = ncci == null ? Optional.empty() : ncci.mue(MueService.PRACTITIONER);
            if (table.isEmpty()) {
                continue; // said once by gaps()
            }
            Optional<Mue> mue = table.get().mue(code);
            if (mue.isEmpty() || line.units() == null) {
                continue;
            }
            if (mue.get().units() == 0) {
                // An MUE of 0 is not a count: it says Medicare does not pay the code when a practitioner bills it
                // (preventive visits, services paid another way). Other payers decide coverage for themselves.
                boolean liabilitySaid = line.modifiers().stream()
                        .anyMatch(m -> m != null && LIABILITY.contains(m.strip().toUpperCase(Locale.ROOT)));
                if (TimelyFiling.isMedicare(claim) && !liabilitySaid) {
                    findings.add(notPaidByMedicare(ncci, mue.get(), i + 1));
                }
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

    private static Finding notPaidByMedicare(NcciRelease ncci, Mue mue, int line) {
        return new Finding(
                "MUE",
                Severity.WARNING,
                line,
                List.of(mue.code()),
                "Line " + line + " (" + mue.code() + "): Medicare does not pay this code billed by a practitioner (its"
                        + " MUE is 0"
                        + (mue.rationale() == null ? "" : ", " + mue.rationale())
                        + "). If the patient signed an ABN, add GA; if the service is excluded by statute, add GY;"
                        + " either way the patient pays.",
                ref(
                        ncci,
                        "MUE practitioner",
                        mue.code() + " = 0, MAI " + mue.mai().code()));
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
                        MUE,
                        mue.code() + " = " + mue.units() + ", MAI " + mue.mai().code()));
    }

    private static void addOns(Claim claim, NcciTables tables, LocalDate today, List<Finding> findings) {
        for (int i = 0; i < claim.lines().size(); i++) {
            Claim.Line line = claim.lines().get(i);
            NcciRelease ncci = releaseOf(line, tables, today).orElse(null);
            if (ncci == null || ncci.addOns() == null) {
                continue; // said once by gaps()
            }
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
                        ref(ncci, ADD_ON, code(line) + " type " + addOn.get().type())));
            }
        }
    }
}
