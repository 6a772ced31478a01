package org.openrcm.edits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openrcm.edits.claim.Claim;

/** Runs every edit on a claim and returns the findings, errors first, then by line. */
public final class Scrubber {

    private final List<Edit> edits;

    public Scrubber(List<Edit> edits) {
        this.edits = List.copyOf(edits);
    }

    public List<Finding> scrub(Claim claim, ReferenceData data) {
        List<Finding> findings = new ArrayList<>();
        for (Edit e : edits) {
            findings.addAll(e.check(claim, data));
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(f -> f.line() == null ? 0 : f.line()));
        return findings;
    }

    /** Whether a claim with these findings may be submitted: no error among them. */
    public static boolean clean(List<Finding> findings) {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
