package org.openrcm.x12.ig;

import org.openrcm.x12.Segment;

/** Checks one element of one segment against its rule: presence, length, type and code values. */
final class ElementChecks {

    interface Reporter {
        void report(Segment s, String loop, ElementRule e, String ackCode, String code, String message);
    }

    private ElementChecks() {}

    static void check(ElementRule e, Segment s, String loop, SegmentRule rule, Reporter out) {
        String componentValue = e.component() == 0 ? null : s.component(e.position(), e.component());
        boolean present = e.component() == 0 ? s.has(e.position()) : !componentValue.isEmpty();
        if (!present) {
            boolean compositePresent = e.component() > 0 && s.has(e.position());
            if (e.usage() == Usage.REQUIRED && (e.component() == 0 || compositePresent || compositeRequired(rule, e))) {
                out.report(
                        s,
                        loop,
                        e,
                        "1",
                        "X12-SNIP2-REQUIRED-ELEMENT-MISSING",
                        e.reference(s.id()) + " is required in " + s.id() + " (" + rule.name() + ") but is empty.");
            }
            return;
        }
        if (e.usage() == Usage.NOT_USED) {
            out.report(
                    s,
                    loop,
                    e,
                    "I10",
                    "X12-SNIP2-ELEMENT-NOT-USED",
                    e.reference(s.id()) + " must not be sent in " + s.id() + " (" + rule.name() + ").");
            return;
        }
        if (e.type() == DataType.B) {
            return;
        }
        String v = e.component() == 0 ? s.element(e.position()) : componentValue;
        if (e.component() == 0 && e.type() != DataType.AN && s.repetitions(e.position()) > 1) {
            out.report(
                    s,
                    loop,
                    e,
                    "12",
                    "X12-SNIP2-TOO-MANY-REPETITIONS",
                    e.reference(s.id()) + " repeats, but it may not.");
            return;
        }
        int len = significantLength(v, e.type());
        if (len < e.min()) {
            out.report(
                    s,
                    loop,
                    e,
                    "4",
                    "X12-SNIP2-ELEMENT-TOO-SHORT",
                    e.reference(s.id()) + " is '" + v + "', shorter than its minimum of " + e.min() + ".");
            return;
        }
        if (len > e.max()) {
            out.report(
                    s,
                    loop,
                    e,
                    "5",
                    "X12-SNIP2-ELEMENT-TOO-LONG",
                    e.reference(s.id()) + " is '" + v + "', longer than its maximum of " + e.max() + ".");
            return;
        }
        switch (e.type()) {
            case ID -> {
                if (!e.codes().isEmpty() && !e.codes().contains(v)) {
                    out.report(
                            s,
                            loop,
                            e,
                            "7",
                            "X12-SNIP2-INVALID-CODE",
                            e.reference(s.id()) + " is '" + v + "', which is not a valid code here" + expected(e)
                                    + ".");
                }
            }
            case AN -> {
                if (!printable(v)) {
                    out.report(
                            s,
                            loop,
                            e,
                            "6",
                            "X12-SNIP2-INVALID-CHARACTER",
                            e.reference(s.id()) + " holds a character that X12 does not allow.");
                } else if (!e.codes().isEmpty() && !e.codes().contains(v)) {
                    out.report(
                            s,
                            loop,
                            e,
                            "7",
                            "X12-SNIP2-INVALID-CODE",
                            e.reference(s.id()) + " is '" + v + "', which is not a valid value here" + expected(e)
                                    + ".");
                }
            }
            case N0, N2 -> {
                if (!integer(v)) {
                    out.report(
                            s,
                            loop,
                            e,
                            "6",
                            "X12-SNIP2-NOT-A-NUMBER",
                            e.reference(s.id()) + " is '" + v + "', not a whole number.");
                }
            }
            case R -> {
                if (!decimal(v)) {
                    out.report(
                            s,
                            loop,
                            e,
                            "6",
                            "X12-SNIP2-NOT-A-NUMBER",
                            e.reference(s.id()) + " is '" + v + "', not a number.");
                }
            }
            case DT -> {
                if (!date(v)) {
                    out.report(
                            s,
                            loop,
                            e,
                            "8",
                            "X12-SNIP2-INVALID-DATE",
                            e.reference(s.id()) + " is '" + v + "', not a valid date (CCYYMMDD).");
                }
            }
            case TM -> {
                if (!time(v)) {
                    out.report(
                            s,
                            loop,
                            e,
                            "9",
                            "X12-SNIP2-INVALID-TIME",
                            e.reference(s.id()) + " is '" + v + "', not a valid time (HHMM).");
                }
            }
            case B -> {}
        }
    }

    private static boolean compositeRequired(SegmentRule rule, ElementRule e) {
        return rule.requiresElement(e.position());
    }

    private static String expected(ElementRule e) {
        if (e.codes().size() > 12) {
            return "";
        }
        return " (expected " + String.join(", ", new java.util.TreeSet<>(e.codes())) + ")";
    }

    static int significantLength(String v, DataType type) {
        if (type == DataType.R || type == DataType.N0 || type == DataType.N2) {
            int n = 0;
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c != '-' && c != '.') {
                    n++;
                }
            }
            return n;
        }
        return v.length();
    }

    static boolean printable(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    static boolean integer(String v) {
        int i = v.startsWith("-") ? 1 : 0;
        if (i == v.length()) {
            return false;
        }
        for (; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean decimal(String v) {
        int i = v.startsWith("-") ? 1 : 0;
        boolean digit = false;
        boolean point = false;
        for (; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.' && !point) {
                point = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    static boolean date(String v) {
        if (!(v.length() == 8 || v.length() == 6) || !integer(v) || v.startsWith("-")) {
            return false;
        }
        int off = v.length() - 6;
        int month = Integer.parseInt(v.substring(off + 2, off + 4));
        int day = Integer.parseInt(v.substring(off + 4, off + 6));
        int year = v.length() == 8 ? Integer.parseInt(v.substring(0, 4)) : 2000 + Integer.parseInt(v.substring(0, 2));
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    static boolean time(String v) {
        if (v.length() < 4 || v.length() > 8 || !integer(v) || v.startsWith("-")) {
            return false;
        }
        int h = Integer.parseInt(v.substring(0, 2));
        int m = Integer.parseInt(v.substring(2, 4));
        int sec = v.length() >= 6 ? Integer.parseInt(v.substring(4, 6)) : 0;
        return h <= 23 && m <= 59 && sec <= 59;
    }
}
