package org.openrcm.codes.procedures;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CmsOrderFile;
import org.openrcm.codes.CodeImportException;

/**
 * Reads the CMS alpha-numeric HCPCS file in its fixed-width form ({@code HCPC2020_ANWEB_w_disclaimer.txt}, later
 * {@code HCPC2024_JUL_ANWEB_v2.txt}): a disclaimer of free text at the top, then one record per line, 320 columns:
 *
 * <pre>
 *   1-5    code (a modifier right-aligned: "   RT")   171-180 statute
 *   6-10   sequence number (00100, 00200 …)          181-204 lab certification codes (8 × 3)
 *   11     record id: 3 procedure, 4 its long         205-229 cross reference codes (5 × 5)
 *          description continued; 7 modifier, 8 its  230     coverage code
 *          long description continued                231-232 ASC payment group
 *   12-91  long description (part)                   233-240 ASC payment group effective date
 *   92-119 short description                         253-256 processing note number
 *   120-127 pricing indicators (4 × 2)               257-259 BETOS code
 *   128    multiple pricing indicator                261-265 types of service (5 × 1)
 *   129-146 Coverage Issues Manual sections (3 × 6)  266-268 anesthesia base units
 *   147-170 Carriers Manual sections (3 × 8)         269-276 code added date, 277-284 action effective date,
 *                                                    285-292 termination date (yyyymmdd), 293 action code
 * </pre>
 *
 * <p>A continuation record (4, 8) carries only columns 1-91; its text continues the long description after a space.
 * A code is valid from its added date to its termination date (the last day it may be used); the other fields become
 * its {@link Details}. Every record of the published file has exactly its length (320 or 91 columns, trailing blanks
 * kept) and the file ends with a line end: a record of another length or a file ending inside a line is refused as
 * damaged or cut short. The modifiers (record ids 7, 8) form a separate release of {@link
 * org.openrcm.codes.CodeSystem#MODIFIER}. The whole file is read and checked before anything is returned.
 *
 * <p>The README shipped with the 2020 file does not give this layout: the columns were established on the file itself
 * (blank columns 241-252 once held OPPS fields) and agree, field for field, with CMS's CSV form of the same codes.
 */
public final class HcpcsAnwebFile {

    /** Free text above the first record longer than this is not a disclaimer: the file is something else. */
    private static final int MAX_DISCLAIMER_LINES = 200;

    /** A first record (3, 7) has 320 columns, trailing blanks included, in every line of the published file. */
    private static final int RECORD = 320;
    /** A continuation record (4, 8) has 91 columns: code, sequence, record id and its part of the long description. */
    private static final int CONTINUATION = 91;

    private HcpcsAnwebFile() {}

    public static HcpcsRelease read(InputStream in, String fileName, String releaseId, LocalDate effective) {
        HcpcsRecords records = new HcpcsRecords(fileName);
        byte[] bytes = CmsOrderFile.readAll(in, fileName);
        int end = CmsOrderFile.endOfLines(bytes, fileName, "the alpha-numeric HCPCS file ends with a line end");
        long lineNumber = 0;
        boolean started = false;
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new ByteArrayInputStream(bytes, 0, end), Charset.forName("windows-1252")),
                1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNumber++;
                if (!started) {
                    if (!isRecord(line)) {
                        if (lineNumber >= MAX_DISCLAIMER_LINES) {
                            throw new CodeImportException(
                                    fileName,
                                    0,
                                    "no HCPCS record in the first " + MAX_DISCLAIMER_LINES
                                            + " lines; this is not a CMS alpha-numeric HCPCS file (ANWEB)");
                        }
                        continue;
                    }
                    started = true;
                }
                if (line.isBlank()) {
                    continue;
                }
                record(records, line, fileName, lineNumber);
            }
        } catch (IOException e) {
            throw new CodeImportException(fileName, lineNumber, "the file could not be read: " + e.getMessage());
        }
        if (!started) {
            throw new CodeImportException(
                    fileName, 0, "the file holds no HCPCS records; it is not a CMS alpha-numeric HCPCS file (ANWEB)");
        }
        return records.release(releaseId, effective);
    }

    /**
     * Whether a file is the fixed-width alpha-numeric HCPCS file: a first record of the 320-column layout (after any
     * disclaimer) in the head, or, when the head holds only disclaimer, {@code ANWEB} in the name.
     */
    public static boolean recognizes(String fileName, byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int end = text.lastIndexOf('\n');
        String[] lines = (end < 0 ? "" : text.substring(0, end)).split("\r?\n");
        for (String line : lines) {
            if (isRecord(line)) {
                char id = line.charAt(10);
                return (id == '3' || id == '7') && line.length() == RECORD;
            }
        }
        return fileName.toUpperCase(Locale.ROOT).contains("ANWEB");
    }

    /** The shape of a record: a code in 1-5, a 5-digit sequence number, a record id and a code fit for it. */
    private static boolean isRecord(String line) {
        if (line.length() < 12 || !HcpcsRecords.digits(line, 5, 10)) {
            return false;
        }
        char id = line.charAt(10);
        if (id != '3' && id != '4' && id != '7' && id != '8') {
            return false;
        }
        return HcpcsRecords.problem(line.substring(0, 5).strip(), id == '7' || id == '8') == null;
    }

    private static void record(HcpcsRecords records, String line, String fileName, long lineNumber) {
        if (line.length() > RECORD) {
            throw new CodeImportException(
                    fileName,
                    lineNumber,
                    "the record is " + line.length() + " characters long; records of this file have " + RECORD
                            + ": two records may have been joined");
        }
        if (line.length() < 12) {
            throw new CodeImportException(
                    fileName,
                    lineNumber,
                    "the line is too short for a HCPCS record (code, sequence number, record id, description);"
                            + " the file may be truncated");
        }
        String value = line.substring(0, 5).strip().toUpperCase(Locale.ROOT);
        String seq = line.substring(5, 10);
        if (!HcpcsRecords.digits(seq, 0, 5)) {
            throw new CodeImportException(
                    fileName, lineNumber, "columns 6-10 hold '" + seq + "', not a sequence number");
        }
        int sequence = Integer.parseInt(seq);
        char id = line.charAt(10);
        if (id != '3' && id != '4' && id != '7' && id != '8') {
            throw new CodeImportException(
                    fileName,
                    lineNumber,
                    "column 11 holds '" + id + "'; the record id is 3 or 4 for a procedure code, 7 or 8 for a"
                            + " modifier");
        }
        boolean modifier = id == '7' || id == '8';
        String longPart = line.substring(11, Math.min(line.length(), 91));
        if (id == '4' || id == '8') {
            if (line.length() != CONTINUATION) {
                throw new CodeImportException(
                        fileName,
                        lineNumber,
                        "the continuation record of " + (modifier ? "modifier " : "code ") + value + " has "
                                + line.length() + " columns; continuation records of this file have " + CONTINUATION
                                + (line.length() < CONTINUATION ? ": the line is cut short" : ""));
            }
            records.more(lineNumber, modifier, value, sequence, longPart);
            return;
        }
        if (line.length() != RECORD) {
            throw new CodeImportException(
                    fileName,
                    lineNumber,
                    "the record of " + (modifier ? "modifier " : "code ") + value + " ends at column "
                            + line.length() + "; a first record of this file has " + RECORD
                            + " columns: the line is cut short");
        }
        String f = line;
        Map<String, String> details = new LinkedHashMap<>();
        if (modifier) {
            details.put(Details.TYPE, "HCPCS");
        }
        HcpcsRecords.put(details, Details.PRICING, list(f, 119, 4, 2));
        HcpcsRecords.put(details, Details.MULTIPLE_PRICING, f.substring(127, 128));
        HcpcsRecords.put(details, Details.COVERAGE_ISSUES_MANUAL, list(f, 128, 3, 6));
        HcpcsRecords.put(details, Details.CARRIERS_MANUAL, list(f, 146, 3, 8));
        HcpcsRecords.put(details, Details.STATUTE, f.substring(170, 180));
        HcpcsRecords.put(details, Details.LAB_CERTIFICATION, list(f, 180, 8, 3));
        HcpcsRecords.put(details, Details.CROSS_REFERENCE, list(f, 204, 5, 5));
        HcpcsRecords.put(details, Details.COVERAGE, f.substring(229, 230));
        HcpcsRecords.put(details, Details.ASC_GROUP, f.substring(230, 232));
        HcpcsRecords.put(
                details,
                Details.ASC_GROUP_EFFECTIVE,
                date(f, 232, "the ASC payment group date (columns 233-240)", fileName, lineNumber));
        HcpcsRecords.put(details, Details.PROCESSING_NOTE, f.substring(252, 256));
        HcpcsRecords.put(details, Details.BETOS, f.substring(256, 259));
        HcpcsRecords.put(details, Details.TYPE_OF_SERVICE, list(f, 260, 5, 1));
        String units = f.substring(265, 268).strip();
        if (!units.isEmpty() && !units.chars().allMatch(c -> c == '0')) {
            details.put(Details.ANESTHESIA_BASE_UNITS, units);
        }
        LocalDate added = date(f, 268, "the added date (columns 269-276)", fileName, lineNumber);
        LocalDate action = date(f, 276, "the action effective date (columns 277-284)", fileName, lineNumber);
        LocalDate terminated = date(f, 284, "the termination date (columns 285-292)", fileName, lineNumber);
        HcpcsRecords.put(details, Details.ACTION, f.substring(292, 293));
        HcpcsRecords.put(details, Details.ACTION_EFFECTIVE, action);
        records.first(
                lineNumber,
                modifier,
                value,
                sequence,
                longPart,
                f.substring(91, 119),
                added,
                action,
                terminated,
                details);
    }

    /** {@code count} fields of {@code width} from {@code start}, the filled ones joined with ", ". */
    private static String list(String line, int start, int count, int width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String v =
                    line.substring(start + i * width, start + (i + 1) * width).strip();
            if (!v.isEmpty()) {
                if (!b.isEmpty()) {
                    b.append(", ");
                }
                b.append(v);
            }
        }
        return b.toString();
    }

    private static @Nullable LocalDate date(String line, int start, String what, String fileName, long lineNumber) {
        String t = line.substring(start, start + 8);
        if (t.isBlank()) {
            return null;
        }
        if (!HcpcsRecords.digits(t, 0, 8)) {
            throw new CodeImportException(fileName, lineNumber, "'" + t + "' in " + what + " is not a date (yyyymmdd)");
        }
        return ProcedureCsv.date(t, fileName, lineNumber, what);
    }
}
