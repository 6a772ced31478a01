package org.openrcm.codes.remittance;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.csv.CsvHeader;
import org.openrcm.codes.csv.CsvReader;
import org.openrcm.codes.csv.CsvRecord;

/**
 * Reads the X12 remittance code lists as CSV into one release per list: claim adjustment reason codes (CARC),
 * remittance advice remark codes (RARC) and claim adjustment group codes. Two layouts:
 *
 * <ul>
 *   <li>one file for all three, with a type column: {@code adj_code, adj_type (Group, CARC, RARC),
 *       adj_description, adj_usage, adj_notes, adj_start_date, adj_last_modified, adj_end_date};
 *   <li>X12's published list, one file per list: {@code Code, Description, Start, Last Modified, Stop}; the list a
 *       code belongs to is told by its shape ({@code 45}, {@code A1}: CARC; {@code N130}, {@code MA01}: RARC; {@code
 *       CO}: group), and a description's {@code Usage:} and {@code Notes:} are split off.
 * </ul>
 *
 * A code's start date is its {@code validFrom}; its stop date is its {@code validTo}: X12 says a code may not be used
 * in an original remittance after its stop date, so the stop date is the last day it is valid. A deactivated code is
 * kept, so an old remittance is still explained, and {@link Code#validOn} is false after its stop date.
 */
public final class AdjustmentCodeFile {

    /** Detail: when to use the code, as X12 states it. */
    public static final String USAGE = "Usage";
    /** Detail: X12's notes (modification history, the code to use instead). */
    public static final String NOTES = "Notes";
    /** Detail: the date X12 last changed the code's wording, {@code YYYY-MM-DD}. */
    public static final String LAST_MODIFIED = "Last modified";

    private static final String[] CODE = {"adj_code", "Code"};
    private static final String[] TYPE = {"adj_type", "Type", "Code type"};
    private static final String[] DESCRIPTION = {"adj_description", "Description"};
    private static final String[] USAGE_COL = {"adj_usage", "Usage"};
    private static final String[] NOTES_COL = {"adj_notes", "Notes"};
    private static final String[] START = {"adj_start_date", "Start", "Start Date", "Effective Date"};
    private static final String[] MODIFIED = {"adj_last_modified", "Last Modified", "Last Modified Date"};
    private static final String[] STOP = {"adj_end_date", "Stop", "Stop Date", "End Date", "Deactivation Date"};

    private static final Set<String> GROUPS = Set.of("CO", "CR", "OA", "PI", "PR");
    private static final Pattern RARC = Pattern.compile("(?:M|MA|N)[0-9]{1,4}");
    private static final Pattern CARC = Pattern.compile("[0-9]{1,3}|[A-LO-Z][0-9]{1,2}");
    private static final Pattern USAGE_IN_TEXT = Pattern.compile("\\s+Usage:\\s*");
    private static final Pattern NOTES_IN_TEXT = Pattern.compile("\\s+Notes?:\\s*");

    private AdjustmentCodeFile() {}

    /**
     * Whether the first bytes of a file are a CARC/RARC/group list: a header with a code, a description, a start
     * date, and a stop date or a type.
     */
    public static boolean recognizes(String fileName, byte[] head) {
        return CsvReader.headHas(head, 5, AdjustmentCodeFile::isHeader);
    }

    private static boolean isHeader(CsvHeader h) {
        return h.has(CODE) && h.has(DESCRIPTION) && h.has(START) && (h.has(STOP) || h.has(TYPE));
    }

    /** The list a code belongs to by its shape: CARC, RARC or GROUP; empty if it is none of them. */
    public static Optional<CodeSystem> systemOf(String code) {
        if (GROUPS.contains(code)) {
            return Optional.of(CodeSystem.GROUP);
        }
        if (RARC.matcher(code).matches()) {
            return Optional.of(CodeSystem.RARC);
        }
        if (CARC.matcher(code).matches()) {
            return Optional.of(CodeSystem.CARC);
        }
        return Optional.empty();
    }

    /**
     * The file's codes as one release per list it holds (CARC, RARC, GROUP), all under {@code releaseId}, effective
     * on {@code effective}.
     */
    public static Map<CodeSystem, Release> read(
            InputStream in, String fileName, String releaseId, LocalDate effective) {
        Map<CodeSystem, Map<String, Code>> bySystem = new EnumMap<>(CodeSystem.class);
        try (CsvReader csv = CsvReader.of(in, fileName)) {
            CsvHeader h = csv.header(5, AdjustmentCodeFile::isHeader, "code, description and start date columns");
            int code = h.require(CODE);
            int type = h.find(TYPE);
            int description = h.require(DESCRIPTION);
            int usage = h.find(USAGE_COL);
            int notes = h.find(NOTES_COL);
            int start = h.require(START);
            int modified = h.find(MODIFIED);
            int stop = h.find(STOP);
            for (CsvRecord r; (r = csv.next()) != null; ) {
                if (r.isBlank()) {
                    continue;
                }
                h.checkWidth(r);
                String value = r.text(code).toUpperCase(Locale.ROOT);
                CodeSystem system = system(value, type < 0 ? "" : r.text(type), fileName, r.line());
                String text = r.text(description);
                if (text.isEmpty()) {
                    throw new CodeImportException(fileName, r.line(), "code " + value + " has no description");
                }
                Map<String, String> details = new LinkedHashMap<>();
                String usageText = usage < 0 ? "" : r.text(usage);
                String notesText = notes < 0 ? "" : r.text(notes);
                if (usage < 0) {
                    String[] split = NOTES_IN_TEXT.split(text, 2);
                    if (split.length == 2 && notesText.isEmpty()) {
                        text = split[0];
                        notesText = split[1];
                    }
                    split = USAGE_IN_TEXT.split(text, 2);
                    if (split.length == 2) {
                        text = split[0];
                        usageText = split[1];
                    }
                }
                put(details, USAGE, usageText);
                put(details, NOTES, notesText);
                LocalDate from = h.date(r, start);
                LocalDate lastModified = modified < 0 ? null : h.date(r, modified);
                LocalDate to = stop < 0 ? null : h.date(r, stop);
                if (from != null && to != null && to.isBefore(from)) {
                    throw new CodeImportException(
                            fileName, r.line(), "code " + value + " stops on " + to + ", before it starts on " + from);
                }
                if (lastModified != null) {
                    details.put(LAST_MODIFIED, lastModified.toString());
                }
                Code c = new Code(system, value, true, text, text, from, to, details);
                if (bySystem.computeIfAbsent(system, s -> new LinkedHashMap<>()).put(value, c) != null) {
                    throw new CodeImportException(fileName, r.line(), system.label() + " " + value + " appears twice");
                }
            }
        }
        if (bySystem.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file holds no codes");
        }
        Map<CodeSystem, Release> releases = new EnumMap<>(CodeSystem.class);
        bySystem.forEach((s, codes) -> releases.put(s, new Release(s, releaseId, effective, codes)));
        return Collections.unmodifiableMap(releases);
    }

    private static CodeSystem system(String value, String type, String fileName, long line) {
        CodeSystem byShape = systemOf(value)
                .orElseThrow(() ->
                        new CodeImportException(fileName, line, "'" + value + "' is not a CARC, RARC or group code"));
        if (type.isEmpty()) {
            return byShape;
        }
        CodeSystem byType = switch (CsvHeader.key(type)) {
            case "CARC", "CLAIM ADJUSTMENT REASON CODE" -> CodeSystem.CARC;
            case "RARC", "REMITTANCE ADVICE REMARK CODE" -> CodeSystem.RARC;
            case "GROUP", "GROUP CODE", "CLAIM ADJUSTMENT GROUP CODE" -> CodeSystem.GROUP;
            default ->
                throw new CodeImportException(
                        fileName, line, "the type '" + type + "' is none of CARC, RARC and Group");
        };
        if (byType != byShape) {
            throw new CodeImportException(
                    fileName,
                    line,
                    "code " + value + " is marked " + type + " but is written as a " + byShape.label() + " code");
        }
        return byType;
    }

    private static void put(Map<String, String> details, String key, String value) {
        if (!value.isBlank()) {
            details.put(key, value.strip());
        }
    }
}
