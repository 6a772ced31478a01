package org.openrcm.edits.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.fees.FeeSchedule;
import org.openrcm.codes.fees.Rvu;
import org.openrcm.edits.Edit;
import org.openrcm.edits.Finding;
import org.openrcm.edits.Reference;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.ncci.NcciModifiers;

/**
 * {@code MODIFIER_INVALID} for a known modifier that does not fit its code. Two sources, both CMS's:
 *
 * <ul>
 *   <li>the payment policy indicators of the Medicare physician fee schedule (PPRRVU record layout; Medicare Claims
 *       Processing Manual, chapter 12): 26 and TC only on a code whose PC/TC indicator is 1 or that has its own
 *       component line in the file (TC never on indicator 6 or 8); 50 not on a code whose bilateral surgery indicator
 *       is 2 (already bilateral) or 9 (concept does not apply), a warning on 0 (paid as one side); 62, 66, and the
 *       assistant-at-surgery modifiers 80, 81, 82 and AS refused where the co-surgeon, team or assistant indicator
 *       says they are not paid (0 or 9; 1 for assistants), a warning where documentation is required;
 *   <li>what the modifiers mean (CPT appendix A, NCCI Policy Manual chapter I): 24, 25 and 57 belong to an evaluation
 *       and management service (99202-99499, and the eye exams 92002-92014 CMS lets carry them); an anatomic
 *       modifier on an E/M service is a warning, since an E/M visit has no side, finger or toe.
 * </ul>
 *
 * A code the fee schedule in force does not list is only checked against the second source: nothing is claimed about
 * what is not known.
 */
public final class ModifierFit implements Edit {

    private static final Set<String> COMPONENTS = Set.of("26", "TC");
    private static final Set<String> EM_ONLY = Set.of("24", "25", "57");
    private static final Set<String> ASSISTANT = Set.of("80", "81", "82", "AS");

    @Override
    public List<Finding> check(Claim claim, ReferenceData data) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            Claim.Line line = claim.lines().get(i);
            if (line.procedure() == null || line.procedure().isBlank()) {
                continue;
            }
            String code = line.procedure().strip().toUpperCase(Locale.ROOT);
            LocalDate date = line.serviceDate();
            Optional<FeeSchedule> schedule =
                    date == null ? Optional.empty() : data.catalog().feeScheduleOn(date);
            Optional<Rvu> rvu = schedule.flatMap(s -> s.rvu(code, null));
            for (String m : line.modifiers()) {
                if (m == null || m.isBlank()) {
                    continue; // ModifierValidity reports an empty modifier
                }
                String mod = m.strip().toUpperCase(Locale.ROOT);
                Misfit misfit = meaning(code, mod);
                if (misfit == null && rvu.isPresent()) {
                    misfit = policy(schedule.get(), rvu.get(), mod);
                }
                if (misfit != null) {
                    findings.add(new Finding(
                            "MODIFIER_INVALID",
                            misfit.severity,
                            i + 1,
                            List.of(code, mod),
                            "Line " + (i + 1) + " (" + code + "-" + mod + "): " + misfit.sentence,
                            misfit.reference));
                }
            }
        }
        return findings;
    }

    private record Misfit(Severity severity, String sentence, Reference reference) {}

    /** What the modifier means, whatever the fee schedule says. */
    private static @Nullable Misfit meaning(String code, String mod) {
        boolean em = isEvaluationAndManagement(code);
        if (EM_ONLY.contains(mod) && !em) {
            return new Misfit(
                    Severity.ERROR,
                    "modifier " + mod + " is for an evaluation and management service (99202-99499); " + code
                            + " is not one. Remove it, or use the modifier that describes this procedure (59, X{EPSU},"
                            + " 76-79…).",
                    new Reference("CPT modifiers (appendix A); NCCI Policy Manual ch. I", "", mod));
        }
        if (em && NcciModifiers.isAnatomic(mod)) {
            return new Misfit(
                    Severity.WARNING,
                    "anatomic modifier " + mod + " on an evaluation and management service, which has no side or"
                            + " digit: payers ignore or reject it.",
                    new Reference("NCCI Policy Manual ch. I, modifiers and modifier indicators", "", mod));
        }
        return null;
    }

    /** What the fee schedule's payment policy indicators allow for the code. */
    private static @Nullable Misfit policy(FeeSchedule schedule, Rvu rvu, String mod) {
        Rvu.Policy p = rvu.policy();
        String release = schedule.id();
        if (COMPONENTS.contains(mod)) {
            if (schedule.rvu(rvu.hcpcs(), mod).isPresent()) {
                return null; // the schedule prices the component itself
            }
            String ind = p.pcTc();
            boolean allowed = ind.equals("1") || (mod.equals("26") && (ind.equals("6") || ind.equals("8")));
            if (allowed || ind.isEmpty()) {
                return null;
            }
            return new Misfit(
                    Severity.ERROR,
                    "modifier " + mod + " splits a service into its professional and technical components, and "
                            + rvu.hcpcs() + " has none to split (PC/TC indicator " + ind + ": "
                            + pcTcMeaning(ind) + "). Bill the code without " + mod + ".",
                    new Reference("MPFS PPRRVU, PC/TC indicator", release, rvu.hcpcs() + " PCTC IND " + ind));
        }
        if (mod.equals("50")) {
            return switch (p.bilateralSurgery()) {
                case "2" ->
                    indicatorMisfit(
                            Severity.ERROR,
                            "its descriptor is already bilateral (bilateral surgery indicator 2): bill it once without"
                                    + " 50.",
                            "bilateral surgery",
                            rvu,
                            "2",
                            release);
                case "9" ->
                    indicatorMisfit(
                            Severity.ERROR,
                            "the bilateral concept does not apply to " + rvu.hcpcs() + " (bilateral surgery indicator"
                                    + " 9): remove 50.",
                            "bilateral surgery",
                            rvu,
                            "9",
                            release);
                case "0" ->
                    indicatorMisfit(
                            Severity.WARNING,
                            "the 150% bilateral adjustment does not apply to " + rvu.hcpcs() + " (bilateral surgery"
                                    + " indicator 0): both sides are paid as one. Check that 50 is meant.",
                            "bilateral surgery",
                            rvu,
                            "0",
                            release);
                default -> null;
            };
        }
        if (mod.equals("62")) {
            return surgeons(p.coSurgeons(), "co-surgeons", rvu, release);
        }
        if (mod.equals("66")) {
            return surgeons(p.teamSurgery(), "a surgical team", rvu, release);
        }
        if (ASSISTANT.contains(mod)) {
            return switch (p.assistantAtSurgery()) {
                case "1" ->
                    indicatorMisfit(
                            Severity.ERROR,
                            "Medicare does not pay an assistant at surgery for " + rvu.hcpcs()
                                    + " (assistant at surgery" + " indicator 1, a statutory restriction).",
                            "assistant at surgery",
                            rvu,
                            "1",
                            release);
                case "9" ->
                    indicatorMisfit(
                            Severity.ERROR,
                            "the assistant-at-surgery concept does not apply to " + rvu.hcpcs() + " (indicator 9).",
                            "assistant at surgery",
                            rvu,
                            "9",
                            release);
                case "0" ->
                    indicatorMisfit(
                            Severity.WARNING,
                            "an assistant at surgery for " + rvu.hcpcs() + " is paid only with documentation of medical"
                                    + " necessity (assistant at surgery indicator 0): attach it.",
                            "assistant at surgery",
                            rvu,
                            "0",
                            release);
                default -> null;
            };
        }
        return null;
    }

    private static @Nullable Misfit surgeons(String indicator, String who, Rvu rvu, String release) {
        String table = who.equals("co-surgeons") ? "co-surgeons" : "team surgery";
        return switch (indicator) {
            case "0", "9" ->
                indicatorMisfit(
                        Severity.ERROR,
                        rvu.hcpcs() + " may not be billed by " + who + " (" + table + " indicator " + indicator + ").",
                        table,
                        rvu,
                        indicator,
                        release);
            case "1" ->
                indicatorMisfit(
                        Severity.WARNING,
                        who + " are paid for " + rvu.hcpcs() + " only with documentation of medical necessity (" + table
                                + " indicator 1): attach it.",
                        table,
                        rvu,
                        "1",
                        release);
            default -> null;
        };
    }

    private static Misfit indicatorMisfit(
            Severity severity, String sentence, String indicator, Rvu rvu, String value, String release) {
        return new Misfit(
                severity,
                sentence,
                new Reference("MPFS PPRRVU, " + indicator + " indicator", release, rvu.hcpcs() + " = " + value));
    }

    private static String pcTcMeaning(String indicator) {
        return switch (indicator) {
            case "0" -> "a physician service";
            case "2" -> "a professional-component-only code";
            case "3" -> "a technical-component-only code";
            case "4" -> "a global-test-only code whose components have codes of their own";
            case "5" -> "an incident-to service";
            case "6" -> "a laboratory physician interpretation code";
            case "7" -> "a private practice therapist's service";
            case "8" -> "a physician interpretation code";
            case "9" -> "the concept does not apply";
            default -> "not split into components";
        };
    }

    /** Evaluation and management: 99202-99499, and the ophthalmological exams 92002-92014 CMS treats like them. */
    static boolean isEvaluationAndManagement(String code) {
        if (code.length() != 5 || !code.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int n = Integer.parseInt(code);
        return (n >= 99202 && n <= 99499) || (n >= 92002 && n <= 92014);
    }
}
