package org.openrcm.edits.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openrcm.edits.Edit;
import org.openrcm.edits.Finding;
import org.openrcm.edits.Reference;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.history.SubmittedClaims;
import org.openrcm.edits.history.SubmittedClaims.Service;

/**
 * {@code DUPLICATE_CLAIM}: a claim for the same patient, provider, date of service and procedures as a claim already
 * submitted — an error, since the payer denies it as an exact duplicate (CARC 18) and the first one is still being
 * worked. A line that repeats one service of a submitted claim, when the rest of the claim is new, is a warning on
 * that line. A service is the same when its procedure and modifiers are; modifiers that say a service was repeated
 * on purpose (76, 77, 91) make it another service. Corrected (frequency 7) and void (8) claims are not duplicates of
 * the claim they replace, and a claim is never a duplicate of itself (same id).
 */
public final class DuplicateClaim implements Edit {

    private static final Set<String> REPEAT = Set.of("76", "77", "91");

    @Override
    public List<Finding> check(Claim claim, ReferenceData data) {
        SubmittedClaims history = data.submitted();
        if (history == SubmittedClaims.NONE || "7".equals(claim.frequency()) || "8".equals(claim.frequency())) {
            return List.of();
        }
        Map<Integer, Service> twins = new LinkedHashMap<>();
        int lines = 0;
        for (int i = 0; i < claim.lines().size(); i++) {
            Claim.Line line = claim.lines().get(i);
            SubmittedClaims.Visit visit = SubmittedClaims.visit(claim, line);
            if (visit == null || line.procedure() == null || line.procedure().isBlank()) {
                continue;
            }
            lines++;
            List<String> modifiers = SubmittedClaims.normal(line.modifiers());
            if (modifiers.stream().anyMatch(REPEAT::contains)) {
                continue;
            }
            String procedure = line.procedure().strip().toUpperCase(java.util.Locale.ROOT);
            for (Service s : history.on(visit)) {
                if (!s.claimId().equals(claim.id())
                        && s.procedure().equals(procedure)
                        && s.modifiers().equals(modifiers)) {
                    twins.put(i + 1, s);
                    break;
                }
            }
        }
        if (twins.isEmpty()) {
            return List.of();
        }
        String same = twins.values().iterator().next().claimId();
        boolean whole = twins.size() == lines
                && twins.values().stream().allMatch(s -> s.claimId().equals(same));
        if (whole) {
            Service first = twins.values().iterator().next();
            List<String> codes =
                    twins.values().stream().map(Service::procedure).distinct().toList();
            return List.of(new Finding(
                    "DUPLICATE_CLAIM",
                    Severity.ERROR,
                    null,
                    codes,
                    "This claim repeats claim " + same + (first.sent() != null ? ", submitted " + first.sent() : "")
                            + ": same patient, provider, date of service and procedures (" + String.join(", ", codes)
                            + "). The payer would deny it as a duplicate (CARC 18); follow up on " + same
                            + ", or send a corrected claim (frequency 7) if it needs changing.",
                    new Reference(
                            "Claims submitted",
                            first.sent() == null ? "" : first.sent().toString(),
                            same)));
        }
        List<Finding> findings = new ArrayList<>();
        twins.forEach((line, s) -> findings.add(new Finding(
                "DUPLICATE_CLAIM",
                Severity.WARNING,
                line,
                List.of(s.procedure()),
                "Line " + line + " (" + s.procedure() + ") was already billed on claim " + s.claimId() + " line "
                        + s.line() + " for this patient, provider and date: the payer would deny it as a duplicate"
                        + " (CARC 18) unless it is a separate service — then add the modifier that says so (76, 77, 91,"
                        + " 59/X{EPSU}, or the side).",
                new Reference(
                        "Claims submitted",
                        s.sent() == null ? "" : s.sent().toString(),
                        s.claimId() + " line " + s.line()))));
        return findings;
    }
}
