package org.openrcm.edits.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openrcm.edits.Edit;
import org.openrcm.edits.Finding;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.packs.RulePack;

/**
 * The custom rules of payer rule packs: a finding with the rule's own id, severity and sentence wherever every
 * condition of its {@code when} holds. A rule with a line condition (procedures, modifiers present or absent) is
 * checked on each line, its diagnoses those the line points at (all of the claim's without a valid pointer); any
 * other rule once per claim, its diagnoses any of the claim's. A condition that needs what the claim lacks (a birth
 * date for an age, a sex, a place of service) does not hold: the rule stays quiet and {@code MISSING_FIELD} speaks.
 */
public final class CustomRules implements Edit {

    @Override
    public List<Finding> check(Claim claim, ReferenceData data) {
        List<Finding> findings = new ArrayList<>();
        for (RulePack pack : data.rules().forClaim(claim)) {
            for (RulePack.CustomRule rule : pack.customRules()) {
                if (!claimHolds(rule.when(), claim)) {
                    continue;
                }
                if (!rule.perLine()) {
                    LocalDate first = claim.lines().stream()
                            .map(Claim.Line::serviceDate)
                            .filter(Objects::nonNull)
                            .min(LocalDate::compareTo)
                            .orElse(null);
                    List<String> dx = claim.diagnoses().stream()
                            .filter(d -> d != null && !d.isBlank())
                            .toList();
                    if (ageHolds(rule.when(), claim, first) && diagnosesHold(rule.when(), dx)) {
                        findings.add(new Finding(
                                rule.id(),
                                rule.severity(),
                                null,
                                codes(rule, dx),
                                rule.message(),
                                pack.reference(rule.id())));
                    }
                    continue;
                }
                for (int i = 0; i < claim.lines().size(); i++) {
                    Claim.Line line = claim.lines().get(i);
                    List<String> dx = LineFacts.diagnoses(claim, line);
                    if (lineHolds(rule.when(), line)
                            && ageHolds(rule.when(), claim, line.serviceDate())
                            && diagnosesHold(rule.when(), dx)) {
                        String code = LineFacts.procedure(line);
                        List<String> codes = new ArrayList<>();
                        codes.add(code);
                        codes.addAll(codes(rule, dx));
                        findings.add(new Finding(
                                rule.id(),
                                rule.severity(),
                                i + 1,
                                codes,
                                "Line " + (i + 1) + " (" + code + "): " + rule.message(),
                                pack.reference(rule.id())));
                    }
                }
            }
        }
        return findings;
    }

    /** The diagnoses that made the rule fire, as users write them; none when it has no diagnosis condition. */
    private static List<String> codes(RulePack.CustomRule rule, List<String> dx) {
        if (rule.when().diagnoses() == null) {
            return List.of();
        }
        return dx.stream()
                .filter(rule.when().diagnoses()::contains)
                .map(org.openrcm.codes.CodeSystem.ICD10CM::display)
                .toList();
    }

    private static boolean claimHolds(RulePack.When when, Claim claim) {
        if (when.payers() != null && !when.payers().match(claim.payer())) {
            return false;
        }
        if (!when.placesOfService().isEmpty()
                && !LineFacts.containsValue(when.placesOfService(), LineFacts.placeOfService(claim))) {
            return false;
        }
        return when.sex().isEmpty() || LineFacts.containsValue(when.sex(), sex(claim));
    }

    private static boolean lineHolds(RulePack.When when, Claim.Line line) {
        if (when.procedures() != null && !when.procedures().contains(LineFacts.procedure(line))) {
            return false;
        }
        List<String> modifiers = LineFacts.modifiers(line);
        if (!when.modifiersPresent().isEmpty()
                && when.modifiersPresent().stream().noneMatch(modifiers::contains)) {
            return false;
        }
        return when.modifiersAbsent().stream().noneMatch(modifiers::contains);
    }

    private static boolean diagnosesHold(RulePack.When when, List<String> dx) {
        return when.diagnoses() == null || dx.stream().anyMatch(when.diagnoses()::contains);
    }

    private static boolean ageHolds(RulePack.When when, Claim claim, @Nullable LocalDate on) {
        if (when.ageMin() == null && when.ageMax() == null) {
            return true;
        }
        LocalDate birth = claim.patient() == null ? null : claim.patient().birthDate();
        if (birth == null || on == null || on.isBefore(birth)) {
            return false;
        }
        int age = Period.between(birth, on).getYears();
        return (when.ageMin() == null || age >= when.ageMin()) && (when.ageMax() == null || age <= when.ageMax());
    }

    /** F, M or U from what the claim says ({@code F}, {@code female}...); {@code null} when it says nothing. */
    private static @Nullable String sex(Claim claim) {
        String s = claim.patient() == null ? null : claim.patient().sex();
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip().toUpperCase(Locale.ROOT);
        return v.startsWith("F") ? "F" : v.startsWith("M") ? "M" : "U";
    }
}
