package org.openrcm.edits.rules;

import java.util.ArrayList;
import java.util.List;
import org.openrcm.edits.Edit;
import org.openrcm.edits.Finding;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.packs.RulePack;

/**
 * The modifier rules of payer rule packs, on each line whose procedure (and, when the rule names some, the claim's
 * place of service) the rule covers:
 *
 * <ul>
 *   <li>{@code MODIFIER_REQUIRED}: the line carries none of the modifiers the rule requires (e.g. 95 or GT on a
 *       telehealth visit, place of service 02 or 10);
 *   <li>{@code MODIFIER_NOT_ALLOWED}: the line carries a modifier the rule forbids, one finding per modifier.
 * </ul>
 *
 * Errors: the payer rejects the line as billed. Whether a modifier exists at all is {@code MODIFIER_INVALID}'s.
 */
public final class PayerModifiers implements Edit {

    @Override
    public List<Finding> check(Claim claim, ReferenceData data) {
        List<RulePack> packs = data.rules().forClaim(claim);
        if (packs.isEmpty()) {
            return List.of();
        }
        String pos = LineFacts.placeOfService(claim);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            Claim.Line line = claim.lines().get(i);
            String code = LineFacts.procedure(line);
            List<String> modifiers = LineFacts.modifiers(line);
            int n = i + 1;
            for (RulePack pack : packs) {
                for (RulePack.ModifierRule rule : pack.modifierRules()) {
                    if (!rule.procedures().contains(code)
                            || (!rule.placesOfService().isEmpty()
                                    && !LineFacts.containsValue(rule.placesOfService(), pos))) {
                        continue;
                    }
                    String why = rule.message() == null ? "" : " (" + rule.message() + ")";
                    String where = rule.placesOfService().isEmpty() ? "" : " at place of service " + pos;
                    if (!rule.required().isEmpty() && rule.required().stream().noneMatch(modifiers::contains)) {
                        findings.add(new Finding(
                                "MODIFIER_REQUIRED",
                                Severity.ERROR,
                                n,
                                List.of(code),
                                "Line " + n + " (" + code + ")" + where + " needs modifier "
                                        + String.join(" or ", rule.required()) + " for " + pack.title() + why
                                        + ": add the one that applies.",
                                pack.reference(rule.id())));
                    }
                    for (String m : modifiers) {
                        if (rule.forbidden().contains(m)) {
                            findings.add(new Finding(
                                    "MODIFIER_NOT_ALLOWED",
                                    Severity.ERROR,
                                    n,
                                    List.of(code, m),
                                    "Line " + n + " (" + code + ")" + where + " carries modifier " + m + ", which "
                                            + pack.title() + " does not accept on " + code + why + ": remove it.",
                                    pack.reference(rule.id())));
                        }
                    }
                }
            }
        }
        return findings;
    }
}
