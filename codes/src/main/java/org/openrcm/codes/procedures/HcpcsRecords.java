package org.openrcm.codes.procedures;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;

/**
 * The records of a CMS HCPCS file, fixed width or CSV, made into codes: a first record (record id 3 for a procedure, 7
 * for a modifier) with the titles and Medicare data, then continuation records (4, 8) carrying the rest of the long
 * description, each with a higher sequence number.
 */
final class HcpcsRecords {

    private final String fileName;
    private final Map<String, Code> procedures = new LinkedHashMap<>();
    private final Map<String, Code> modifiers = new LinkedHashMap<>();
    private final Map<String, Long> lines = new HashMap<>();

    private @Nullable String code;
    private boolean modifier;
    private int lastSequence;
    private final StringBuilder longTitle = new StringBuilder();
    private String shortTitle = "";
    private @Nullable LocalDate validFrom;
    private @Nullable LocalDate validTo;
    private Map<String, String> details = Map.of();

    HcpcsRecords(String fileName) {
        this.fileName = fileName;
    }

    /** Checks a code as a first record gives it; the sentence saying what is wrong, or null. */
    static @Nullable String problem(String code, boolean modifier) {
        if (modifier) {
            return code.length() == 2 && alphanumeric(code, 0, 2)
                    ? null
                    : "'" + code + "' is not a HCPCS modifier (two letters or digits)";
        }
        return code.length() == 5 && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z' && digits(code, 1, 5)
                ? null
                : "'" + code + "' is not a HCPCS Level II code (a letter and four digits)";
    }

    void first(
            long line,
            boolean isModifier,
            String value,
            int sequence,
            String longPart,
            String shortPart,
            @Nullable LocalDate added,
            @Nullable LocalDate actionEffective,
            @Nullable LocalDate terminated,
            Map<String, String> fields) {
        flush();
        String problem = problem(value, isModifier);
        if (problem != null) {
            throw new CodeImportException(fileName, line, problem);
        }
        Long before = lines.putIfAbsent((isModifier ? "M" : "P") + value, line);
        if (before != null) {
            throw new CodeImportException(
                    fileName,
                    line,
                    (isModifier ? "modifier " : "code ") + value + " appears again (first on line " + before + ")");
        }
        code = value;
        modifier = isModifier;
        lastSequence = sequence;
        longTitle.setLength(0);
        longTitle.append(longPart.strip());
        shortTitle = shortPart.strip();
        // The add date, not the action date: a code discontinued this quarter has its action dated after its
        // termination.
        validFrom = added != null ? added : actionEffective;
        validTo = terminated;
        details = fields;
    }

    void more(long line, boolean isModifier, String value, int sequence, String longPart) {
        String kind = isModifier ? "modifier" : "code";
        if (code == null) {
            throw new CodeImportException(
                    fileName,
                    line,
                    "this continuation of the long description of " + kind + " " + value
                            + " comes before any first record of it");
        }
        if (!code.equals(value) || modifier != isModifier) {
            throw new CodeImportException(
                    fileName,
                    line,
                    "this continuation of the long description of " + kind + " " + value + " follows "
                            + (modifier ? "modifier " : "code ") + code + "; the records are out of order");
        }
        if (sequence >= 0 && lastSequence >= 0 && sequence <= lastSequence) {
            throw new CodeImportException(
                    fileName,
                    line,
                    "sequence number " + sequence + " of " + kind + " " + value + " does not follow " + lastSequence
                            + "; the records are out of order");
        }
        lastSequence = sequence;
        String part = longPart.strip();
        if (!part.isEmpty()) {
            if (!longTitle.isEmpty()) {
                longTitle.append(' ');
            }
            longTitle.append(part);
        }
    }

    private void flush() {
        if (code == null) {
            return;
        }
        Code c = new Code(
                modifier ? CodeSystem.MODIFIER : CodeSystem.HCPCS,
                code,
                true,
                shortTitle,
                longTitle.toString(),
                validFrom,
                validTo,
                details);
        (modifier ? modifiers : procedures).put(code, c);
        code = null;
    }

    HcpcsRelease release(String releaseId, LocalDate effective) {
        flush();
        if (procedures.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file holds no HCPCS codes");
        }
        return new HcpcsRelease(
                new Release(CodeSystem.HCPCS, releaseId, effective, billableOn(procedures, effective)),
                modifiers.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Release(
                                CodeSystem.MODIFIER, releaseId, effective, billableOn(modifiers, effective))));
    }

    /**
     * The codes with billable set to whether each is valid on the release's effective date: CMS keeps a terminated
     * code in the file (with its termination date) for claims of earlier dates of service, but it may not be reported
     * on this release's dates.
     */
    private static Map<String, Code> billableOn(Map<String, Code> codes, LocalDate effective) {
        Map<String, Code> out = new LinkedHashMap<>();
        for (Code c : codes.values()) {
            boolean valid = c.validOn(effective);
            out.put(
                    c.value(),
                    valid == c.billable()
                            ? c
                            : new Code(
                                    c.system(),
                                    c.value(),
                                    valid,
                                    c.shortTitle(),
                                    c.longTitle(),
                                    c.validFrom(),
                                    c.validTo(),
                                    c.details()));
        }
        return out;
    }

    /** Puts a field's value when it has one. */
    static void put(Map<String, String> details, String key, String value) {
        String v = value.strip();
        if (!v.isEmpty()) {
            details.put(key, v);
        }
    }

    static void put(Map<String, String> details, String key, @Nullable LocalDate date) {
        if (date != null) {
            details.put(key, date.toString());
        }
    }

    static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean alphanumeric(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
