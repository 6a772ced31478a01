package org.openrcm.edits.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openrcm.edits.Edit;
import org.openrcm.edits.Finding;
import org.openrcm.edits.Reference;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;

/**
 * {@code TIMELY_FILING}: a line whose date of service is further back than the payer's filing limit on the day the
 * claim is scrubbed. Medicare's limit is one calendar year after the date of service (42 CFR 424.44(a)); other payers'
 * limits come from their rule packs (not yet here), so only Medicare claims are checked for now. A line within 30 days
 * of the limit is a warning: file it now.
 */
public final class TimelyFiling implements Edit {

    static final int WARN_DAYS = 30;

    @Override
    public List<Finding> check(Claim claim, ReferenceData data) {
        if (claim.payer() == null
                || claim.payer().kind() == null
                || !claim.payer().kind().toLowerCase(Locale.ROOT).equals("medicare")) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            Claim.Line line = claim.lines().get(i);
            if (line.serviceDate() == null) {
                continue;
            }
            LocalDate last = line.serviceDate().plusYears(1);
            String code = line.procedure() == null ? "" : line.procedure();
            Reference ref = new Reference("Medicare timely filing", "42 CFR 424.44(a)", "1 calendar year");
            if (data.today().isAfter(last)) {
                findings.add(new Finding(
                        "TIMELY_FILING",
                        Severity.ERROR,
                        i + 1,
                        List.of(code),
                        "Line " + (i + 1) + " (" + code + ", " + line.serviceDate() + ") is past Medicare's filing"
                                + " limit: claims are due within one calendar year of the date of service, by " + last
                                + ". Only a documented exception (e.g. retroactive entitlement) reopens it.",
                        ref));
            } else if (!data.today().plusDays(WARN_DAYS).isBefore(last)) {
                findings.add(new Finding(
                        "TIMELY_FILING",
                        Severity.WARNING,
                        i + 1,
                        List.of(code),
                        "Line " + (i + 1) + " (" + code + ", " + line.serviceDate() + ") must reach Medicare by " + last
                                + ": submit it now.",
                        ref));
            }
        }
        return findings;
    }
}
