package org.openrcm.x12.claim;

import java.math.BigDecimal;
import org.openrcm.x12.Segment;
import org.openrcm.x12.TransactionHandler;
import org.openrcm.x12.X12Writer;
import org.openrcm.x12.validate.FindingSink;

/**
 * SNIP 3 for the 837: the total claim charge (CLM02) must equal the sum of the line charges (SV102 on an 837P, SV203
 * on an 837I). Values that are not numbers are left to the element checks of SNIP 2.
 */
final class ClaimBalancing implements TransactionHandler {

    static final String CODE = "X12-SNIP3-CLM-BALANCE";

    private final FindingSink sink;
    private final boolean institutional;
    private Segment clm;
    private BigDecimal lines = BigDecimal.ZERO;
    private boolean broken;

    ClaimBalancing(FindingSink sink, boolean institutional) {
        this.sink = sink;
        this.institutional = institutional;
    }

    @Override
    public void segment(Segment s, String loop) {
        switch (s.id()) {
            case "CLM" -> {
                check();
                clm = s.copy();
                lines = BigDecimal.ZERO;
                broken = false;
            }
            case "HL", "SE" -> check();
            case "SV1", "SV2" -> {
                if (clm != null && loop.equals("2400")) {
                    BigDecimal v = number(s, institutional ? 3 : 2);
                    if (v == null) {
                        broken = true;
                    } else {
                        lines = lines.add(v);
                    }
                }
            }
            default -> {}
        }
    }

    @Override
    public void end(Segment se) {
        check();
    }

    private void check() {
        if (clm == null) {
            return;
        }
        Segment c = clm;
        clm = null;
        BigDecimal total = number(c, 2);
        if (broken || total == null) {
            return;
        }
        if (total.compareTo(lines) != 0) {
            String field = institutional ? "SV203" : "SV102";
            sink.unbalanced(
                    CODE,
                    c,
                    "2300",
                    2,
                    "Claim " + c.element(1) + ": the total charge (CLM02) is " + X12Writer.decimal(total)
                            + " but its service lines (" + field + ") add up to " + X12Writer.decimal(lines)
                            + "; they must be equal.");
        }
    }

    private static BigDecimal number(Segment s, int i) {
        if (!s.has(i)) {
            return null;
        }
        try {
            return s.decimal(i);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
