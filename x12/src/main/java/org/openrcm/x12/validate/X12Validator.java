package org.openrcm.x12.validate;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openrcm.x12.Limits;
import org.openrcm.x12.Segment;
import org.openrcm.x12.TransactionHandler;
import org.openrcm.x12.X12Exception;
import org.openrcm.x12.X12Lexer;
import org.openrcm.x12.ig.Guide;
import org.openrcm.x12.ig.Guides;
import org.openrcm.x12.ig.StructureWalker;

/**
 * Validates a whole file at SNIP levels 1 to 3 in one pass, in bounded memory: envelopes, counts and control numbers
 * (SNIP 1), the implementation guide of each transaction set (SNIP 2), and its balancing rules (SNIP 3). Never throws
 * for bad content: a file that cannot be read as X12 at all is one finding at the place it broke.
 */
public final class X12Validator {

    /** Findings kept per file; more are counted in {@link ValidationReport#omitted()}. */
    public static final int MAX_FINDINGS = 1_000;

    private static final Map<String, String> GROUP_OF = Map.ofEntries(
            Map.entry("837", "HC"),
            Map.entry("835", "HP"),
            Map.entry("999", "FA"),
            Map.entry("997", "FA"),
            Map.entry("277", "HN"),
            Map.entry("276", "HR"),
            Map.entry("270", "HS"),
            Map.entry("271", "HB"),
            Map.entry("834", "BE"),
            Map.entry("820", "RA"),
            Map.entry("275", "PI"),
            Map.entry("278", "HI"));

    /** Transaction sets HIPAA mandates in version 005010: an older version of these cannot be accepted. */
    private static final Set<String> HIPAA =
            Set.of("837", "835", "270", "271", "276", "277", "278", "834", "820", "999");

    private final Limits limits;

    public X12Validator(Limits limits) {
        this.limits = limits;
    }

    public X12Validator() {
        this(Limits.DEFAULT);
    }

    public ValidationReport validate(InputStream in, String source) {
        Run run = new Run(source);
        try (X12Lexer lexer = new X12Lexer(in, limits)) {
            Segment s;
            while ((s = lexer.next()) != null) {
                run.segment(s);
            }
            run.endOfFile(lexer.lastTerminated(), lexer.segmentCount());
        } catch (X12Exception e) {
            run.fatal(e);
        }
        return run.report();
    }

    /** The state of one validation: which envelope we are in and what it has counted. */
    private final class Run implements FindingSink {
        final String source;
        final List<Finding> findings = new ArrayList<>();
        long omitted;
        long segments;
        final List<ValidationReport.InterchangeResult> interchanges = new ArrayList<>();

        // interchange
        Segment isa;
        int groupsInInterchange;
        boolean interchangeErrors;
        final Set<String> groupControls = new HashSet<>();
        List<ValidationReport.GroupResult> groups = new ArrayList<>();

        // group
        Segment gs;
        int setsInGroup;
        boolean groupErrors;
        final Set<String> setControls = new HashSet<>();
        List<ValidationReport.TransactionResult> sets = new ArrayList<>();

        // transaction set
        Segment st;
        String setId = "";
        String setControl = "";
        long setSegments;
        StructureWalker walker;
        TransactionHandler check;
        boolean setErrors;
        Guide guide;
        String setVersion = "";

        Run(String source) {
            this.source = source;
        }

        void segment(Segment s) {
            segments++;
            if (st != null) {
                setSegments++;
            }
            if (s.count() > 0 && !s.has(s.count()) && !s.id().equals("ISA")) {
                report(
                        Snip.SNIP1,
                        Severity.WARNING,
                        "X12-SNIP1-TRAILING-SEPARATOR",
                        Scope.SEGMENT,
                        "8",
                        s,
                        loop(),
                        s.count(),
                        0,
                        s.id() + " ends with an empty element: X12 does not allow a separator right before the"
                                + " segment terminator; the content reads the same, so most receivers accept it.");
            }
            switch (s.id()) {
                case "ISA" -> isa(s);
                case "IEA" -> iea(s);
                case "GS" -> gs(s);
                case "GE" -> ge(s);
                case "ST" -> st(s);
                case "SE" -> se(s);
                case "TA1" -> ta1(s);
                default -> body(s);
            }
        }

        private String loop() {
            if (walker == null) {
                return "";
            }
            List<String> open = walker.openLoops();
            return open.isEmpty() ? "" : open.getLast();
        }

        // ---- interchange ----

        void isa(Segment s) {
            if (isa != null) {
                interchangeError(
                        "X12-SNIP1-IEA-MISSING",
                        "023",
                        s,
                        "A new interchange starts before the previous one (ISA13 " + isa.element(13)
                                + ") was closed by an IEA.");
                closeInterchange(null);
            }
            isa = s.copy();
            groupsInInterchange = 0;
            interchangeErrors = false;
            groupControls.clear();
            groups = new ArrayList<>();
            checkIsa(isa);
        }

        void checkIsa(Segment s) {
            if (s.count() != 16) {
                interchangeError(
                        "X12-SNIP1-ISA-ELEMENTS",
                        "022",
                        s,
                        "ISA has " + s.count() + " elements; it must have exactly 16.");
                return;
            }
            int[] widths = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
            String[] notes = {
                "010", "011", "012", "013", "005", "006", "007", "008", "014", "015", "016", "017", "018", "019", "020",
                "027"
            };
            String[] names = {
                "authorization qualifier",
                "authorization information",
                "security qualifier",
                "security information",
                "sender id qualifier",
                "sender id",
                "receiver id qualifier",
                "receiver id",
                "date",
                "time",
                "repetition separator / standards id",
                "version",
                "control number",
                "acknowledgment requested",
                "usage indicator",
                "component separator"
            };
            for (int i = 1; i <= 16; i++) {
                if (s.length(i) != widths[i - 1]) {
                    elementError(
                            Snip.SNIP1,
                            "X12-SNIP1-ISA-WIDTH",
                            Scope.INTERCHANGE,
                            notes[i - 1],
                            s,
                            i,
                            String.format(
                                    "ISA%02d (%s) must be exactly %d characters wide; it is %d.",
                                    i, names[i - 1], widths[i - 1], s.length(i)));
                }
            }
            codeCheck(s, 1, "010", "00", "03");
            codeCheck(s, 3, "012", "00", "01");
            codeCheck(s, 14, "019", "0", "1");
            codeCheck(s, 15, "020", "P", "T", "I");
            digits(s, 13, "018", "control number");
            digits(s, 9, "014", "date (YYMMDD)");
            digits(s, 10, "015", "time (HHMM)");
            digits(s, 12, "017", "version");
        }

        private void codeCheck(Segment s, int e, String note, String... allowed) {
            String v = s.element(e);
            if (s.length(e) > 0 && !List.of(allowed).contains(v.trim())) {
                elementError(
                        Snip.SNIP1,
                        "X12-SNIP1-ISA-CODE",
                        Scope.INTERCHANGE,
                        note,
                        s,
                        e,
                        String.format("ISA%02d is '%s'; it must be one of %s.", e, v, List.of(allowed)));
            }
        }

        private void digits(Segment s, int e, String note, String what) {
            String v = s.element(e);
            if (!v.isEmpty() && !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
                elementError(
                        Snip.SNIP1,
                        "X12-SNIP1-ISA-NUMERIC",
                        Scope.INTERCHANGE,
                        note,
                        s,
                        e,
                        String.format("ISA%02d (%s) is '%s'; it must be digits only.", e, what, v));
            }
        }

        void iea(Segment s) {
            if (isa == null) {
                interchangeError("X12-SNIP1-UNEXPECTED-IEA", "022", s, "IEA without an ISA before it.");
                return;
            }
            if (gs != null) {
                groupTrailerMissing(s);
            }
            if (!s.element(2).equals(isa.element(13))) {
                elementError(
                        Snip.SNIP1,
                        "X12-SNIP1-IEA-CONTROL",
                        Scope.INTERCHANGE,
                        "001",
                        s,
                        2,
                        "IEA02 '" + s.element(2) + "' does not match the interchange control number ISA13 '"
                                + isa.element(13) + "'.");
            }
            if (!s.element(1).equals(String.valueOf(groupsInInterchange))) {
                elementError(
                        Snip.SNIP1,
                        "X12-SNIP1-IEA-COUNT",
                        Scope.INTERCHANGE,
                        "021",
                        s,
                        1,
                        "IEA01 says " + s.element(1) + " functional group(s), but the interchange has "
                                + groupsInInterchange + ".");
            }
            closeInterchange(s);
        }

        void closeInterchange(Segment iea) {
            interchanges.add(new ValidationReport.InterchangeResult(
                    isa.element(13),
                    isa.element(5).trim(),
                    isa.element(6).trim(),
                    isa.element(7).trim(),
                    isa.element(8).trim(),
                    isa.element(9),
                    isa.element(10),
                    isa.element(12),
                    interchangeErrors,
                    groups));
            isa = null;
        }

        void ta1(Segment s) {
            if (isa == null || gs != null) {
                interchangeError(
                        "X12-SNIP1-UNEXPECTED-TA1",
                        "024",
                        s,
                        "TA1 must sit inside an interchange, before its functional groups.");
                return;
            }
            if (s.count() < 5
                    || s.length(1) != 9
                    || s.length(2) != 6
                    || s.length(3) != 4
                    || !List.of("A", "E", "R").contains(s.element(4))
                    || s.length(5) != 3) {
                interchangeError(
                        "X12-SNIP1-BAD-TA1",
                        "024",
                        s,
                        "TA1 must hold a 9-digit control number, a 6-digit date, a 4-digit time, an acknowledgment"
                                + " code (A, E or R) and a 3-digit note code.");
            }
        }

        // ---- functional group ----

        void gs(Segment s) {
            if (isa == null) {
                interchangeError("X12-SNIP1-GS-OUTSIDE", "024", s, "GS outside an interchange (no ISA before it).");
            }
            if (gs != null) {
                groupTrailerMissing(s);
            }
            gs = s.copy();
            groupsInInterchange++;
            setsInGroup = 0;
            groupErrors = false;
            setControls.clear();
            sets = new ArrayList<>();
            if (s.count() != 8) {
                groupError("X12-SNIP1-GS-ELEMENTS", "6", s, 0, "GS has " + s.count() + " elements; it must have 8.");
            }
            String control = s.element(6);
            if (control.isEmpty() || control.length() > 9 || !control.chars().allMatch(Character::isDigit)) {
                groupError(
                        "X12-SNIP1-GS-CONTROL",
                        "6",
                        s,
                        6,
                        "GS06 (group control number) is '" + control + "'; it must be 1 to 9 digits.");
            } else if (!groupControls.add(control)) {
                groupError(
                        "X12-SNIP1-GS-DUPLICATE",
                        "19",
                        s,
                        6,
                        "GS06 " + control + " is used by another functional group of this interchange.");
            }
            if (!s.element(4).isEmpty()
                    && (s.length(4) != 8 || !s.element(4).chars().allMatch(Character::isDigit))) {
                groupError("X12-SNIP1-GS-DATE", "6", s, 4, "GS04 '" + s.element(4) + "' is not a date CCYYMMDD.");
            }
            if (!s.is(7, "X")) {
                groupError("X12-SNIP1-GS-AGENCY", "6", s, 7, "GS07 must be 'X' (ASC X12).");
            }
        }

        void ge(Segment s) {
            if (gs == null) {
                interchangeError("X12-SNIP1-UNEXPECTED-GE", "024", s, "GE without a GS before it.");
                return;
            }
            if (st != null) {
                setTrailerMissing(s);
            }
            if (!s.element(2).equals(gs.element(6))) {
                groupError(
                        "X12-SNIP1-GE-CONTROL",
                        "4",
                        s,
                        2,
                        "GE02 '" + s.element(2) + "' does not match the group control number GS06 '" + gs.element(6)
                                + "'.");
            }
            if (!s.element(1).equals(String.valueOf(setsInGroup))) {
                groupError(
                        "X12-SNIP1-GE-COUNT",
                        "5",
                        s,
                        1,
                        "GE01 says " + s.element(1) + " transaction set(s), but the group has " + setsInGroup + ".");
            }
            closeGroup(false);
        }

        void groupTrailerMissing(Segment at) {
            if (st != null) {
                setTrailerMissing(at);
            }
            groupError(
                    "X12-SNIP1-GE-MISSING",
                    "3",
                    at,
                    0,
                    "The functional group GS06 " + gs.element(6) + " is not closed by a GE before " + at.id() + ".");
            closeGroup(true);
        }

        void closeGroup(boolean trailerMissing) {
            groups.add(new ValidationReport.GroupResult(
                    gs.element(1), gs.element(6), gs.element(8), setsInGroup, trailerMissing, groupErrors, sets));
            gs = null;
        }

        // ---- transaction set ----

        void st(Segment s) {
            if (gs == null) {
                interchangeError("X12-SNIP1-ST-OUTSIDE", "024", s, "ST outside a functional group (no GS before it).");
            }
            if (st != null) {
                setTrailerMissing(s);
            }
            st = s.copy();
            setsInGroup++;
            setSegments = 1;
            setErrors = false;
            setId = s.element(1);
            setControl = s.element(2);
            walker = null;
            check = TransactionHandler.NONE;
            guide = null;
            if (setControl.length() < 4 || setControl.length() > 9) {
                setError(
                        "X12-SNIP1-ST-CONTROL",
                        "7",
                        s,
                        2,
                        "ST02 (transaction set control number) is '" + setControl + "'; it must be 4 to 9 characters.");
            } else if (!setControls.add(setControl)) {
                setError(
                        "X12-SNIP1-ST-DUPLICATE",
                        "23",
                        s,
                        2,
                        "ST02 " + setControl + " is used by another transaction set of this group.");
            }
            String groupVersion = gs == null ? "" : gs.element(8);
            String version = s.has(3) ? s.element(3) : groupVersion;
            setVersion = version;
            String expectedGroup = GROUP_OF.get(setId);
            if (gs != null && expectedGroup != null && !gs.is(1, expectedGroup)) {
                setError(
                        "X12-SNIP1-GS-FUNCTIONAL-ID",
                        "6",
                        s,
                        1,
                        "Transaction set " + setId + " belongs in a functional group GS01 = " + expectedGroup
                                + ", but this group is '" + gs.element(1) + "'.");
            }
            if (s.has(3)
                    && groupVersion.length() >= 6
                    && version.length() >= 6
                    && !groupVersion.substring(0, 6).equals(version.substring(0, 6))) {
                setError(
                        "X12-SNIP1-VERSION-MISMATCH",
                        "6",
                        s,
                        3,
                        "ST03 names version " + version + " but the group (GS08) is version " + groupVersion
                                + "; a transaction set must be written in its group's version.");
            }
            Optional<Guide> found = Guides.find(setId, version);
            if (found.isPresent()) {
                guide = found.get();
                walker = new StructureWalker(guide, this, true);
                check = guide.balancing().apply(this);
                walker.segment(s);
            } else if (HIPAA.contains(setId) && !version.startsWith("00501")) {
                setError(
                        "X12-SNIP2-VERSION-NOT-SUPPORTED",
                        "I6",
                        s,
                        s.has(3) ? 3 : 0,
                        "Transaction set " + setId + " is written in version " + version
                                + "; HIPAA has required version 005010 since 2012, and this file cannot be accepted.");
            } else if (Guides.supports(setId) && version.startsWith("00501")) {
                setError(
                        "X12-SNIP2-GUIDE-UNKNOWN",
                        "I6",
                        s,
                        s.has(3) ? 3 : 0,
                        "Transaction set " + setId + " names the implementation guide '" + version
                                + "', which is not a 5010 guide for " + setId + ".");
            } else {
                report(
                        Snip.SNIP2,
                        Severity.NOTICE,
                        "X12-SNIP2-NO-GUIDE",
                        Scope.TRANSACTION,
                        "",
                        s,
                        "",
                        0,
                        0,
                        "Transaction set " + setId + " (" + version + ") has no implementation guide here: only its"
                                + " syntax and envelopes (SNIP 1) were checked.");
            }
        }

        void body(Segment s) {
            if (st == null) {
                interchangeError(
                        "X12-SNIP1-OUTSIDE-SET",
                        "024",
                        s,
                        s.id() + " appears outside a transaction set (between ST and SE only).");
                return;
            }
            if (s.id().equals("BIN") && s.has(1) && !s.element(1).equals(String.valueOf(s.length(2)))) {
                report(
                        Snip.SNIP1,
                        Severity.ERROR,
                        "X12-SNIP1-BIN-LENGTH",
                        Scope.ELEMENT,
                        "8",
                        s,
                        loop(),
                        1,
                        0,
                        "BIN01 says the binary data is " + s.element(1) + " bytes long, but BIN02 holds " + s.length(2)
                                + " bytes.");
            }
            if (walker != null) {
                String loop = walker.segment(s);
                if (loop != null) {
                    check.segment(s, loop);
                }
            }
        }

        void se(Segment s) {
            if (st == null) {
                interchangeError("X12-SNIP1-UNEXPECTED-SE", "024", s, "SE without an ST before it.");
                return;
            }
            if (walker != null) {
                walker.segment(s);
                walker.end();
            }
            check.end(s);
            if (!s.element(2).equals(setControl)) {
                setError(
                        "X12-SNIP1-SE-CONTROL",
                        "3",
                        s,
                        2,
                        "SE02 '" + s.element(2) + "' does not match the transaction set control number ST02 '"
                                + setControl + "'.");
            }
            if (!s.element(1).equals(String.valueOf(setSegments))) {
                setError(
                        "X12-SNIP1-SE-COUNT",
                        "4",
                        s,
                        1,
                        "SE01 says " + s.element(1) + " segments, but the transaction set has " + setSegments
                                + " (from ST to SE).");
            }
            closeSet(false);
        }

        void setTrailerMissing(Segment at) {
            if (walker != null) {
                walker.end();
            }
            check.end(null);
            setError(
                    "X12-SNIP1-SE-MISSING",
                    "2",
                    at,
                    0,
                    "Transaction set " + setId + " (ST02 " + setControl + ") is not closed by an SE before " + at.id()
                            + ".");
            closeSet(true);
        }

        void closeSet(boolean trailerMissing) {
            sets.add(new ValidationReport.TransactionResult(
                    setId, setControl, guide == null ? "" : guide.version(), setErrors, trailerMissing, setVersion));
            st = null;
            walker = null;
            check = TransactionHandler.NONE;
        }

        void endOfFile(boolean terminated, long count) {
            if (count == 0) {
                interchangeError("X12-SNIP1-EMPTY", "023", null, "The file holds no segments.");
                return;
            }
            Segment lastSeen = null;
            if (st != null) {
                lastSeen = st;
                setTrailerMissing(st);
            }
            if (gs != null) {
                groupTrailerMissing(gs);
            }
            if (isa != null) {
                interchangeError(
                        "X12-SNIP1-IEA-MISSING",
                        "023",
                        isa,
                        "The file ends before the interchange (ISA13 " + isa.element(13) + ") is closed by an IEA.");
                closeInterchange(null);
            }
            if (!terminated) {
                report(
                        Snip.SNIP1,
                        Severity.WARNING,
                        "X12-SNIP1-NO-FINAL-TERMINATOR",
                        Scope.INTERCHANGE,
                        "",
                        lastSeen,
                        "",
                        0,
                        0,
                        "The last segment has no segment terminator.");
            }
        }

        void fatal(X12Exception e) {
            String note = switch (e.code()) {
                case "X12-NO-ISA", "X12-BAD-ISA" -> "022";
                default -> "024";
            };
            add(new Finding(
                    Snip.SNIP1,
                    Severity.ERROR,
                    e.code(),
                    Scope.INTERCHANGE,
                    note,
                    e.segmentNumber(),
                    e.line(),
                    e.code().equals("X12-NO-ISA") || e.code().equals("X12-BAD-ISA") ? "ISA" : "",
                    0,
                    "",
                    0,
                    0,
                    isa == null ? "" : isa.element(13),
                    gs == null ? "" : gs.element(6),
                    setControl,
                    setId,
                    e.getMessage(),
                    ""));
            interchangeErrors = true;
        }

        // ---- reporting ----

        private void interchangeError(String code, String note, Segment s, String message) {
            report(Snip.SNIP1, Severity.ERROR, code, Scope.INTERCHANGE, note, s, "", 0, 0, message);
        }

        private void elementError(Snip snip, String code, Scope scope, String ack, Segment s, int e, String message) {
            report(snip, Severity.ERROR, code, scope, ack, s, "", e, 0, message);
        }

        private void groupError(String code, String ak9, Segment s, int e, String message) {
            report(Snip.SNIP1, Severity.ERROR, code, Scope.GROUP, ak9, s, "", e, 0, message);
        }

        private void setError(String code, String ik5, Segment s, int e, String message) {
            report(
                    code.startsWith("X12-SNIP1-") ? Snip.SNIP1 : Snip.SNIP2,
                    Severity.ERROR,
                    code,
                    Scope.TRANSACTION,
                    ik5,
                    s,
                    "",
                    e,
                    0,
                    message);
        }

        @Override
        public void record(
                Snip snip,
                Severity severity,
                String code,
                Scope scope,
                String ackCode,
                Segment at,
                String segmentId,
                String loop,
                int element,
                int component,
                String message) {
            long number = at == null ? 0 : at.number();
            int position = st == null || at == null ? 0 : (int) (at.number() - st.number() + 1);
            String id = segmentId != null ? segmentId : at == null ? "" : at.id();
            add(new Finding(
                    snip,
                    severity,
                    code,
                    scope,
                    ackCode,
                    number,
                    at == null ? 0 : at.line(),
                    id,
                    position,
                    loop == null ? "" : loop,
                    element,
                    component,
                    isa == null ? "" : isa.element(13),
                    gs == null ? "" : gs.element(6),
                    st == null ? "" : setControl,
                    st == null ? "" : setId,
                    message,
                    valueOf(at, segmentId, element, component)));
            if (severity == Severity.ERROR) {
                switch (scope) {
                    case INTERCHANGE -> interchangeErrors = true;
                    case GROUP -> groupErrors = true;
                    default -> {
                        if (st != null) {
                            setErrors = true;
                        }
                        groupErrors = gs != null || groupErrors;
                    }
                }
            }
        }

        /** The value a finding is about, when it is about an element of the segment it is placed at. */
        private static String valueOf(Segment at, String segmentId, int element, int component) {
            if (at == null || element <= 0 || (segmentId != null && !segmentId.equals(at.id()))) {
                return "";
            }
            String v = component > 0 ? at.component(element, component) : at.element(element);
            return v.length() > 99 ? v.substring(0, 99) : v;
        }

        private void add(Finding f) {
            if (findings.size() < MAX_FINDINGS) {
                findings.add(f);
            } else {
                omitted++;
            }
        }

        ValidationReport report() {
            return new ValidationReport(source, findings, omitted, segments, interchanges);
        }
    }
}
