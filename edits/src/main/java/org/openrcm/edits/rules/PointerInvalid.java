package org.openrcm.edits.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openrcm.codes.CodeSystem;
import org.openrcm.edits.Finding;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;

/**
 * {@code POINTER_INVALID} (error): diagnosis pointers an 837P cannot carry. Each service line points (1-based) to one
 * to four of the claim's diagnoses (SV107-1 to -4), each at most once; a claim carries at most 12 diagnoses (HI).
 */
public final class PointerInvalid implements ClaimEdit {

    public static final String RULE = "POINTER_INVALID";

    /** Diagnoses on one 837P claim (HI01 to HI12) and pointers on one line (SV107-1 to SV107-4). */
    static final int MAX_DIAGNOSES = 12;

    static final int MAX_POINTERS = 4;

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Finding> check(Claim claim) {
        List<Finding> out = new ArrayList<>();
        List<String> diagnoses = claim.diagnoses();
        if (diagnoses.size() > MAX_DIAGNOSES) {
            out.add(new Finding(
                    RULE,
                    Severity.ERROR,
                    null,
                    diagnoses.subList(MAX_DIAGNOSES, diagnoses.size()),
                    "The claim lists " + diagnoses.size() + " diagnoses; an 837P claim carries at most " + MAX_DIAGNOSES
                            + ": split the claim or keep the 12 the services point to.",
                    X12.at("2300 HI")));
        }
        int pointable = Math.min(diagnoses.size(), MAX_DIAGNOSES);
        for (int i = 0; i < claim.lines().size(); i++) {
            Claim.Line line = claim.lines().get(i);
            int n = i + 1;
            String label = "Line " + n + (line.procedure() == null ? "" : " (" + line.procedure() + ")");
            List<String> codes = line.procedure() == null ? List.of() : List.of(line.procedure());
            List<Integer> pointers = line.pointers();
            if (pointers.isEmpty()) {
                add(out, n, codes, label + " points to no diagnosis: each service line needs at least one pointer.");
            }
            if (pointers.size() > MAX_POINTERS) {
                add(
                        out,
                        n,
                        codes,
                        label + " has " + pointers.size() + " diagnosis pointers; an 837P line carries at most "
                                + MAX_POINTERS + ".");
            }
            Set<Integer> seen = new HashSet<>();
            for (int p : pointers) {
                if (!seen.add(p)) {
                    String dx = p >= 1 && p <= diagnoses.size()
                            ? " (" + CodeSystem.ICD10CM.display(diagnoses.get(p - 1)) + ")"
                            : "";
                    add(out, n, codes, label + " points to diagnosis " + p + dx + " more than once.");
                } else if (p < 1) {
                    add(out, n, codes, label + " points to diagnosis " + p + "; pointers count from 1.");
                } else if (p > pointable) {
                    String why = p > diagnoses.size()
                            ? "the claim lists " + diagnoses.size()
                            : "an 837P claim carries at most " + MAX_DIAGNOSES;
                    add(out, n, codes, label + " points to diagnosis " + p + ", but " + why + ".");
                }
            }
        }
        return out;
    }

    private static void add(List<Finding> out, int line, List<String> codes, String message) {
        out.add(new Finding(RULE, Severity.ERROR, line, codes, message, X12.at("2400 SV107")));
    }
}
