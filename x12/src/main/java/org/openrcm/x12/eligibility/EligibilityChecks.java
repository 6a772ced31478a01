package org.openrcm.x12.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.openrcm.x12.Segment;
import org.openrcm.x12.TransactionHandler;
import org.openrcm.x12.validate.FindingSink;
import org.openrcm.x12.validate.Scope;
import org.openrcm.x12.validate.Severity;
import org.openrcm.x12.validate.Snip;

/**
 * Checks of the 270 and 271 that single element rules cannot express: every repetition of a service type list
 * (EQ01, EB03) is a code, a date (DTP03) has the form its qualifier DTP02 announces, and an inquiry names a service
 * type or a procedure.
 */
final class EligibilityChecks implements TransactionHandler {

    private static final DateTimeFormatter CCYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private final FindingSink sink;

    EligibilityChecks(FindingSink sink) {
        this.sink = sink;
    }

    @Override
    public void segment(Segment s, String loop) {
        switch (s.id()) {
            case "EQ" -> {
                if (!s.has(1) && !s.has(2)) {
                    error(
                            "X12-SNIP2-REQUIRED-ELEMENT-MISSING",
                            "2",
                            s,
                            loop,
                            1,
                            "EQ (eligibility inquiry) names neither a service type (EQ01) nor a procedure (EQ02):"
                                    + " one of them is required.");
                }
                serviceTypes(s, loop, 1);
            }
            case "EB" -> serviceTypes(s, loop, 3);
            case "DTP" -> date(s, loop);
            default -> {}
        }
    }

    private void serviceTypes(Segment s, String loop, int position) {
        int n = s.repetitions(position);
        String ref = s.id() + "0" + position;
        if (n > 99) {
            error(
                    "X12-SNIP2-TOO-MANY-REPETITIONS",
                    "12",
                    s,
                    loop,
                    position,
                    ref + " lists more than 99 service types.");
            return;
        }
        for (int r = 1; r <= n; r++) {
            String code = s.component(position, r, 1);
            if (!serviceTypeForm(code)) {
                error(
                        "X12-SNIP2-INVALID-CODE",
                        "7",
                        s,
                        loop,
                        position,
                        ref + " holds '" + code + "', which is not a service type code (one or two letters or"
                                + " digits).");
            }
        }
    }

    static boolean serviceTypeForm(String code) {
        if (code.isEmpty() || code.length() > 2) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private void date(Segment s, String loop) {
        String format = s.element(2);
        String value = s.element(3);
        if (value.isEmpty()) {
            return;
        }
        boolean ok;
        if (format.equals("D8")) {
            ok = parse(value) != null;
        } else if (format.equals("RD8")) {
            int dash = value.indexOf('-');
            LocalDate from = dash == 8 ? parse(value.substring(0, 8)) : null;
            LocalDate to = dash == 8 ? parse(value.substring(9)) : null;
            ok = from != null && to != null && !to.isBefore(from);
        } else {
            return;
        }
        if (!ok) {
            error(
                    "X12-SNIP2-INVALID-DATE",
                    "8",
                    s,
                    loop,
                    3,
                    "DTP03 is '" + value + "', not a valid "
                            + (format.equals("D8") ? "date (CCYYMMDD)" : "date range (CCYYMMDD-CCYYMMDD, in order)")
                            + " as DTP02 = " + format + " announces.");
        }
    }

    static LocalDate parse(String ccyymmdd) {
        if (ccyymmdd.length() != 8) {
            return null;
        }
        try {
            return LocalDate.parse(ccyymmdd, CCYYMMDD);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void error(String code, String ack, Segment s, String loop, int element, String message) {
        sink.report(Snip.SNIP2, Severity.ERROR, code, Scope.ELEMENT, ack, s, loop, element, 0, message);
    }
}
