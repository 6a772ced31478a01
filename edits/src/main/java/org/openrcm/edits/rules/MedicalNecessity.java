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
 * {@code MEDICAL_NECESSITY}: a line whose procedure a coverage policy of a payer rule pack lists (an LCD-style list of
 * procedures and the diagnoses that support them) while none of the line's diagnoses is covered — those its pointers
 * point at, or all of the claim's when it has no valid pointer. The payer would deny it as not medically necessary.
 * A line with no diagnosis at all is {@code MISSING_FIELD}'s to report, not this edit's. An error; cites the pack, its
 * version and the policy id.
 */
public final class MedicalNecessity implements Edit {

    @Override
    public List<Finding> check(Claim claim, ReferenceData data) {
        List<RulePack> packs = data.rules().forClaim(claim);
        if (packs.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            Claim.Line line = claim.lines().get(i);
            String code = LineFacts.procedure(line);
            List<String> dx = LineFacts.diagnoses(claim, line);
            if (code.isEmpty() || dx.isEmpty()) {
                continue;
            }
            for (RulePack pack : packs) {
                for (RulePack.CoveragePolicy policy : pack.coveragePolicies()) {
                    if (!policy.procedures().contains(code)
                            || dx.stream().anyMatch(policy.coveredDiagnoses()::contains)) {
                        continue;
                    }
                    List<String> codes = new ArrayList<>();
                    codes.add(code);
                    dx.stream()
                            .map(org.openrcm.codes.CodeSystem.ICD10CM::display)
                            .forEach(codes::add);
                    findings.add(new Finding(
                            "MEDICAL_NECESSITY",
                            Severity.ERROR,
                            i + 1,
                            codes,
                            "Line " + (i + 1) + " (" + code + ") is billed for " + LineFacts.shown(dx) + ", none of"
                                    + " which " + pack.title() + " policy " + policy.id() + " (" + policy.title() + ")"
                                    + " covers for " + code + ": point the line at a covered diagnosis the record"
                                    + " supports" + (policy.message() == null ? "." : " (" + policy.message() + ")."),
                            pack.reference(policy.id())));
                }
            }
        }
        return findings;
    }
}
