package org.openrcm.codes.icd10cm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;

/**
 * Reads the CMS ICD-10-CM order file ({@code icd10cm_order_YYYY.txt}): fixed width, one code per line: order number
 * (columns 1-5), code (7-13), billable flag 0/1 (15), short title (17-76), long title (78 on). The whole file is read
 * and checked before the release exists, so a truncated or damaged file yields nothing.
 */
public final class OrderFile {

    private OrderFile() {}

    /** The FY release of an order file: FY2026 takes effect on October 1, 2025. */
    public static LocalDate fiscalYearStart(int fiscalYear) {
        return LocalDate.of(fiscalYear - 1, 10, 1);
    }

    /**
     * Whether a file is an ICD-10-CM order file: its first line is an order-file record of a diagnosis code (a letter
     * first; ICD-10-PCS order files have the same layout with procedure codes).
     */
    public static boolean recognizes(String fileName, byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.matches("\\d{5} [A-Z][0-9A-Z]{2}[0-9A-Z ]{4} [01] .*\\s*");
    }

    public static Release read(InputStream in, String fileName, String releaseId, LocalDate effective) {
        Map<String, Code> codes = new LinkedHashMap<>();
        long lineNumber = 0;
        int lastOrder = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() < 17) {
                    throw new CodeImportException(
                            fileName,
                            lineNumber,
                            "the line is too short for an order-file record (order number, code, flag, titles);"
                                    + " the file may be truncated or not an ICD-10-CM order file");
                }
                int order;
                try {
                    order = Integer.parseInt(line.substring(0, 5).strip());
                } catch (NumberFormatException e) {
                    throw new CodeImportException(
                            fileName,
                            lineNumber,
                            "columns 1-5 hold '" + line.substring(0, 5) + "', not an order number");
                }
                if (order <= lastOrder) {
                    throw new CodeImportException(
                            fileName,
                            lineNumber,
                            "order number " + order + " does not follow " + lastOrder
                                    + "; the file is out of order or two files were joined");
                }
                lastOrder = order;
                String value = line.substring(6, 13).strip();
                if (Icd10cm.normalize(value) == null || !value.equals(Icd10cm.normalize(value))) {
                    throw new CodeImportException(fileName, lineNumber, "'" + value + "' is not an ICD-10-CM code");
                }
                char flag = line.charAt(14);
                if (flag != '0' && flag != '1') {
                    throw new CodeImportException(
                            fileName,
                            lineNumber,
                            "column 15 holds '" + flag + "'; the billable flag is 0 (header) or 1 (billable)");
                }
                String shortTitle =
                        line.substring(16, Math.min(line.length(), 76)).strip();
                String longTitle = line.length() > 77 ? line.substring(77).strip() : "";
                if (longTitle.isEmpty()) {
                    throw new CodeImportException(
                            fileName, lineNumber, "code " + value + " has no long title; the line may be cut short");
                }
                if (codes.put(value, new Code(CodeSystem.ICD10CM, value, flag == '1', shortTitle, longTitle)) != null) {
                    throw new CodeImportException(fileName, lineNumber, "code " + value + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new CodeImportException(fileName, lineNumber, "the file could not be read: " + e.getMessage());
        }
        if (codes.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file holds no codes");
        }
        return new Release(CodeSystem.ICD10CM, releaseId, effective, codes);
    }
}
