package org.openrcm.codes;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.csv.TextDecoder;

/**
 * The fixed-width order-file layout CMS publishes ICD-10-CM ({@code icd10cm_order_YYYY.txt}) and ICD-10-PCS
 * ({@code icd10pcs_order_YYYY.txt}) in: one code per line, order number (columns 1-5), code (7-13), flag (15: 1 for a
 * code that may be reported, 0 for a header), short title (17-76), long title (78 on). The whole file is read and
 * checked before the release exists, so a truncated or damaged file yields nothing: every official order file ends
 * with a line end, so one that does not is refused as cut short. Titles are read as UTF-8 where the bytes are valid
 * UTF-8, else Windows-1252 ({@link TextDecoder}); a byte order mark at the start and a Ctrl-Z at the end are ignored.
 */
public final class CmsOrderFile {

    /** What a code system accepts as a code of an order file. */
    @FunctionalInterface
    public interface CodeCheck {
        /**
         * Why {@code value} (as written in columns 7-13, stripped) cannot be a code of this system with this flag, in a
         * sentence; {@code null} when it can.
         */
        @Nullable
        String problem(String value, boolean reportable);
    }

    private CmsOrderFile() {}

    /** The FY release of an order file: FY2026 takes effect on October 1, 2025. */
    public static LocalDate fiscalYearStart(int fiscalYear) {
        return LocalDate.of(fiscalYear - 1, 10, 1);
    }

    /** Reads a whole order file of {@code system} into one release; throws at the first line that is wrong. */
    public static Release read(
            InputStream in,
            String fileName,
            CodeSystem system,
            CodeCheck check,
            String releaseId,
            LocalDate effective) {
        byte[] bytes = readAll(in, fileName);
        int end = endOfLines(bytes, fileName, "every " + system.label() + " order file ends with a line end");
        Map<String, Code> codes = new LinkedHashMap<>();
        long lineNumber = 0;
        int lastOrder = 0;
        String text = TextDecoder.decode(bytes, end);
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            int next = to + 1;
            if (to > from && text.charAt(to - 1) == '\r') {
                to--;
            }
            String line = text.substring(from, to);
            from = next;
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            if (line.length() < 17) {
                throw new CodeImportException(
                        fileName,
                        lineNumber,
                        "the line is too short for an order-file record (order number, code, flag, titles);"
                                + " the file may be truncated or not an " + system.label() + " order file");
            }
            int order;
            try {
                order = Integer.parseInt(line.substring(0, 5).strip());
            } catch (NumberFormatException e) {
                throw new CodeImportException(
                        fileName, lineNumber, "columns 1-5 hold '" + line.substring(0, 5) + "', not an order number");
            }
            if (order <= lastOrder) {
                throw new CodeImportException(
                        fileName,
                        lineNumber,
                        "order number " + order + " does not follow " + lastOrder
                                + "; the file is out of order or two files were joined");
            }
            lastOrder = order;
            char flag = line.charAt(14);
            if (flag != '0' && flag != '1') {
                throw new CodeImportException(
                        fileName,
                        lineNumber,
                        "column 15 holds '" + flag + "'; the flag is 0 (header) or 1 (code that may be reported)");
            }
            String value = line.substring(6, 13).strip();
            String problem = check.problem(value, flag == '1');
            if (problem != null) {
                throw new CodeImportException(fileName, lineNumber, problem);
            }
            String shortTitle = line.substring(16, Math.min(line.length(), 76)).strip();
            String longTitle = line.length() > 77 ? line.substring(77).strip() : "";
            if (longTitle.isEmpty()) {
                throw new CodeImportException(
                        fileName, lineNumber, "code " + value + " has no long title; the line may be cut short");
            }
            if (codes.put(value, new Code(system, value, flag == '1', shortTitle, longTitle)) != null) {
                throw new CodeImportException(fileName, lineNumber, "code " + value + " appears twice");
            }
        }
        if (codes.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file holds no codes");
        }
        return new Release(system, releaseId, effective, codes);
    }

    /** The whole content of a fixed-width file, read before anything of it is taken. */
    public static byte[] readAll(InputStream in, String fileName) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CodeImportException(fileName, 0, "the file could not be read: " + e.getMessage());
        }
    }

    /**
     * Where the data of a fixed-width file ends: before any Ctrl-Z (an old end-of-file mark some tools still add), and
     * after a line end, or the file is refused as cut short, naming its last line ({@code why}: what the official
     * file ends with).
     */
    public static int endOfLines(byte[] bytes, String fileName, String why) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0x1A) {
            end--;
        }
        if (end > 0 && bytes[end - 1] != '\n') {
            long lastLine = 1;
            for (int i = 0; i < end; i++) {
                if (bytes[i] == '\n') {
                    lastLine++;
                }
            }
            throw new CodeImportException(
                    fileName, lastLine, "the file ends inside a line: it is cut short (" + why + ")");
        }
        return end;
    }

    /**
     * The codes (columns 7-13, stripped) of the first lines of {@code head} when every complete line there has the
     * order-file shape (order number, blank, code, blank, flag 0/1, blank); empty when any does not, or none is
     * complete.
     */
    public static List<String> headCodes(byte[] head) {
        String text = TextDecoder.decode(head, head.length);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String line : text.substring(0, end).split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.length() < 17
                    || !digitsOrBlanks(line, 0, 5)
                    || line.charAt(4) == ' '
                    || line.charAt(5) != ' '
                    || line.charAt(13) != ' '
                    || (line.charAt(14) != '0' && line.charAt(14) != '1')
                    || line.charAt(15) != ' ') {
                return List.of();
            }
            found.add(line.substring(6, 13).strip());
        }
        return found;
    }

    private static boolean digitsOrBlanks(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
