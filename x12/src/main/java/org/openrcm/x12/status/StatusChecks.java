package org.openrcm.x12.status;

import java.time.LocalDate;
import org.openrcm.x12.Segment;
import org.openrcm.x12.TransactionHandler;
import org.openrcm.x12.validate.FindingSink;
import org.openrcm.x12.validate.Scope;
import org.openrcm.x12.validate.Severity;
import org.openrcm.x12.validate.Snip;

/**
 * Checks the claim status guides add to the element rules: a date (DTP03, DMG02) must be written as its format
 * qualifier says, D8 a real CCYYMMDD date and RD8 a range CCYYMMDD-CCYYMMDD that does not end before it starts.
 */
final class StatusChecks implements TransactionHandler {

    private final FindingSink sink;

    StatusChecks(FindingSink sink) {
        this.sink = sink;
    }

    @Override
    public void segment(Segment s, String loop) {
        if (s.id().equals("DTP") && s.has(3)) {
            check(s, loop, s.element(2), s.element(3));
        }
    }

    private void check(Segment s, String loop, String format, String value) {
        String problem = null;
        if (format.equals("D8")) {
            if (StatusValues.parseDate(value) == null) {
                problem = "DTP03 is '" + value + "', not a date CCYYMMDD as DTP02 = D8 says.";
            }
        } else if (format.equals("RD8")) {
            LocalDate[] range = StatusValues.parseRange(value);
            if (range == null) {
                problem = "DTP03 is '" + value + "', not a date range CCYYMMDD-CCYYMMDD as DTP02 = RD8 says.";
            } else if (range[1].isBefore(range[0])) {
                problem = "DTP03 is '" + value + "': the period ends before it starts.";
            }
        }
        if (problem != null) {
            sink.report(
                    Snip.SNIP2, Severity.ERROR, "X12-SNIP2-INVALID-DATE", Scope.ELEMENT, "8", s, loop, 3, 0, problem);
        }
    }
}
