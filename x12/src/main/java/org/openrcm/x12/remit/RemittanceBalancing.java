package org.openrcm.x12.remit;

import java.math.BigDecimal;
import org.openrcm.x12.Segment;
import org.openrcm.x12.TransactionHandler;
import org.openrcm.x12.X12Writer;
import org.openrcm.x12.validate.FindingSink;

/**
 * The 835's SNIP 3 balancing, exact in {@link BigDecimal}:
 *
 * <ul>
 *   <li>each service line: SVC02 charge − SVC03 payment = the sum of that line's CAS amounts;
 *   <li>each claim: CLP03 charge − CLP04 payment = the claim-level CAS amounts + every line's CAS amounts;
 *   <li>the transaction: BPR02 = the sum of CLP04 − the sum of PLB amounts (with BPR03 = D, a debit, BPR02 may also be
 *       the opposite of that net amount).
 * </ul>
 *
 * A claim finding is placed at CLP03 and a service finding at SVC02 (the left side of their equation), the
 * transaction finding at BPR02. Reversals (CLP02 = 22) carry negative amounts and obey the same equations. A claim without service lines balances on
 * its own adjustments. An amount that is not a number is a SNIP 2 finding already; the equation it belongs to is then
 * skipped rather than reported twice.
 */
final class RemittanceBalancing implements TransactionHandler {

    private final FindingSink sink;

    private Segment bpr;
    private BigDecimal claimPayments = BigDecimal.ZERO;
    private BigDecimal providerAdjustments = BigDecimal.ZERO;
    private int claims;
    private int plbs;
    private boolean totalsKnown = true;

    private Segment clp;
    private BigDecimal claimAdjustments;
    private BigDecimal lineAdjustments;
    /** AMT*I and AMT*D8 of the claim: interest is paid in CLP04 without a CAS, a prompt-pay discount taken from it. */
    private BigDecimal interest;

    private BigDecimal discount;
    private boolean claimKnown;

    private Segment svc;
    private BigDecimal serviceAdjustments;
    private boolean serviceKnown;

    RemittanceBalancing(FindingSink sink) {
        this.sink = sink;
    }

    @Override
    public void segment(Segment s, String loop) {
        switch (s.id()) {
            case "BPR" -> bpr = s.copy();
            case "LX", "SE" -> endClaim();
            case "PLB" -> {
                endClaim();
                plbs++;
                for (int p = 4; p <= 14; p += 2) {
                    if (s.has(p)) {
                        BigDecimal v = number(s, p);
                        if (v == null) {
                            totalsKnown = false;
                        } else {
                            providerAdjustments = providerAdjustments.add(v);
                        }
                    }
                }
            }
            case "CLP" -> {
                endClaim();
                clp = s.copy();
                claims++;
                claimAdjustments = BigDecimal.ZERO;
                lineAdjustments = BigDecimal.ZERO;
                interest = BigDecimal.ZERO;
                discount = BigDecimal.ZERO;
                claimKnown = number(s, 3) != null && number(s, 4) != null;
                BigDecimal paid = number(s, 4);
                if (paid == null) {
                    totalsKnown = false;
                } else {
                    claimPayments = claimPayments.add(paid);
                }
            }
            case "SVC" -> {
                endService();
                if (clp != null) {
                    svc = s.copy();
                    serviceAdjustments = BigDecimal.ZERO;
                    serviceKnown = number(s, 2) != null && number(s, 3) != null;
                }
            }
            case "CAS" -> cas(s, loop);
            case "AMT" -> {
                if (clp != null && "2100".equals(loop) && (s.is(1, "I") || s.is(1, "D8"))) {
                    BigDecimal v = number(s, 2);
                    if (v != null && s.is(1, "I")) {
                        interest = interest.add(v);
                    } else if (v != null) {
                        discount = discount.add(v);
                    }
                }
            }
            default -> {}
        }
    }

    private void cas(Segment s, String loop) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean known = true;
        for (int p = 3; p <= 18; p += 3) {
            if (s.has(p)) {
                BigDecimal v = number(s, p);
                if (v == null) {
                    known = false;
                } else {
                    sum = sum.add(v);
                }
            }
        }
        if ("2110".equals(loop) && svc != null) {
            serviceAdjustments = serviceAdjustments.add(sum);
            lineAdjustments = lineAdjustments.add(sum);
            serviceKnown &= known;
            claimKnown &= known;
        } else if (clp != null) {
            claimAdjustments = claimAdjustments.add(sum);
            claimKnown &= known;
        }
    }

    @Override
    public void end(Segment se) {
        endClaim();
        if (bpr == null || !totalsKnown) {
            return;
        }
        BigDecimal paid = number(bpr, 2);
        if (paid == null) {
            return;
        }
        BigDecimal expected = claimPayments.subtract(providerAdjustments);
        boolean debit = bpr.is(3, "D");
        if (paid.compareTo(expected) == 0 || (debit && paid.compareTo(expected.negate()) == 0)) {
            return;
        }
        sink.unbalanced(
                "X12-SNIP3-BPR-BALANCE",
                bpr,
                "",
                2,
                "BPR02, the total payment of " + money(paid) + ", must equal the claim payments (CLP04 of " + claims
                        + " claim(s), " + money(claimPayments) + ") minus the provider adjustments (PLB of " + plbs
                        + " segment(s), " + money(providerAdjustments) + "), which is " + money(expected)
                        + "; it differs by " + money(paid.subtract(expected)) + ".");
    }

    private void endService() {
        if (svc != null && serviceKnown) {
            BigDecimal charge = number(svc, 2);
            BigDecimal paid = number(svc, 3);
            BigDecimal difference = charge.subtract(paid);
            if (difference.compareTo(serviceAdjustments) != 0) {
                sink.unbalanced(
                        "X12-SNIP3-SVC-BALANCE",
                        svc,
                        "2110",
                        2,
                        "The service line's charge " + money(charge) + " (SVC02) minus its payment " + money(paid)
                                + " (SVC03) is " + money(difference) + ", but its adjustments (CAS) add up to "
                                + money(serviceAdjustments) + "; " + money(difference.subtract(serviceAdjustments))
                                + " is unaccounted for.");
            }
        }
        svc = null;
    }

    private void endClaim() {
        endService();
        if (clp != null && claimKnown) {
            BigDecimal charge = number(clp, 3);
            BigDecimal paid = number(clp, 4);
            BigDecimal difference = charge.subtract(paid);
            BigDecimal adjustments = claimAdjustments.add(lineAdjustments);
            // Interest (AMT*I) is part of CLP04 with no adjustment to carry it; a prompt-pay discount (AMT*D8)
            // may be carried by a CAS or only by the AMT. Either way the claim balances.
            BigDecimal withInterest = adjustments.subtract(interest);
            boolean balanced = difference.compareTo(adjustments) == 0
                    || difference.compareTo(withInterest) == 0
                    || difference.compareTo(withInterest.add(discount)) == 0;
            if (!balanced) {
                sink.unbalanced(
                        "X12-SNIP3-CLP-BALANCE",
                        clp,
                        "2100",
                        3,
                        "Claim " + clp.element(1) + ": the charge " + money(charge) + " (CLP03) minus the payment "
                                + money(paid) + " (CLP04) is " + money(difference)
                                + ", but the claim adjustments (" + money(claimAdjustments)
                                + ") plus the service line adjustments (" + money(lineAdjustments) + ") add up to "
                                + money(adjustments) + "; " + money(difference.subtract(adjustments))
                                + " is unaccounted for.");
            }
        }
        clp = null;
    }

    private static String money(BigDecimal v) {
        return X12Writer.decimal(v);
    }

    private static BigDecimal number(Segment s, int i) {
        if (!s.has(i)) {
            return BigDecimal.ZERO;
        }
        try {
            return s.decimal(i);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
