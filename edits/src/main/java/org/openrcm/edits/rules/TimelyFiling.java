package org.openrcm.edits.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openrcm.edits.Edit;
import org.openrcm.edits.Finding;
import org.openrcm.edits.Reference;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.packs.RulePack;

/**
 * {@code TIMELY_FILING}: a line whose date of service is further back than the payer's filing limit on the day the
 * claim is scrubbed; a line within the limit's warning window (30 days unless the pack says otherwise) is a warning:
 * file it now. The limit comes from the rule packs that apply to the claim's payer (the shortest when several give
 * one). A Medicare claim no pack gives a limit for has Medicare's own: one calendar year after the date of service (42
 * CFR 424.44(a)). Any other payer without a pack limit is not checked.
 */
public final class TimelyFiling implements Edit {

    static final int WARN_DAYS = 30;

    private static final RulePack.FilingLimit MEDICARE = new RulePack.FilingLimit(null, 1, WARN_DAYS, null);

    /** A limit and who sets it, for the sentence and the reference. */
    private record Limit(RulePack.FilingLimit limit, String payer, Reference reference) {}

    @Override
    public List<Finding> check(Claim claim, ReferenceData data) {
        List<Limit> limits = new ArrayList<>();
        for (RulePack pack : data.rules().forClaim(claim)) {
            RulePack.FilingLimit l = pack.filingLimit();
            if (l != null) {
                limits.add(new Limit(
                        l,
                        pack.title(),
                        pack.reference("filingLimit " + l.words() + (l.source() == null ? "" : ", " + l.source()))));
            }
        }
        if (limits.isEmpty() && isMedicare(claim)) {
            limits.add(new Limit(
                    MEDICARE,
                    "Medicare",
                    new Reference("Medicare timely filing", "42 CFR 424.44(a)", "1 calendar year")));
        }
        if (limits.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < claim.lines().size(); i++) {
            Claim.Line line = claim.lines().get(i);
            LocalDate dos = line.serviceDate();
            if (dos == null) {
                continue;
            }
            Limit limit = limits.getFirst();
            for (Limit l : limits) {
                if (l.limit().lastDay(dos).isBefore(limit.limit().lastDay(dos))) {
                    limit = l;
                }
            }
            Finding f = finding(i + 1, line, dos, limit, data.today());
            if (f != null) {
                findings.add(f);
            }
        }
        return findings;
    }

    private static @Nullable Finding finding(int n, Claim.Line line, LocalDate dos, Limit limit, LocalDate today) {
        LocalDate last = limit.limit().lastDay(dos);
        String code = line.procedure() == null ? "" : line.procedure();
        String words = limit.limit().words();
        if (today.isAfter(last)) {
            return new Finding(
                    "TIMELY_FILING",
                    Severity.ERROR,
                    n,
                    List.of(code),
                    "Line " + n + " (" + code + ", " + dos + ") is past " + limit.payer() + "'s filing limit: claims"
                            + " are due within " + (words.startsWith("1 ") ? "one" + words.substring(1) : words)
                            + " of the date of service, by " + last + ". Only a documented exception (e.g."
                            + " retroactive eligibility) reopens it.",
                    limit.reference());
        }
        if (limit.limit().warnDays() > 0
                && !today.plusDays(limit.limit().warnDays()).isBefore(last)) {
            return new Finding(
                    "TIMELY_FILING",
                    Severity.WARNING,
                    n,
                    List.of(code),
                    "Line " + n + " (" + code + ", " + dos + ") must reach " + limit.payer() + " by " + last
                            + ": submit it now.",
                    limit.reference());
        }
        return null;
    }

    /** Whether the claim goes to Medicare (payer kind "medicare"). */
    static boolean isMedicare(Claim claim) {
        return claim.payer() != null
                && claim.payer().kind() != null
                && claim.payer().kind().toLowerCase(Locale.ROOT).equals("medicare");
    }
}
