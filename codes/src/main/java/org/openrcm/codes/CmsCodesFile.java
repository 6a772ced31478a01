package org.openrcm.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The CMS "codes" file beside each order file ({@code icd10cm_codes_2026.txt}, {@code icd10pcs_codes_2026.txt}): one
 * valid (billable) code per line, the code padded to eight columns and its long title; no headers. A release read
 * from it alone knows the billable codes; with the order file of the same release, the order file adds the headers.
 */
public final class CmsCodesFile {

    private static final Pattern LINE = Pattern.compile("([A-Z0-9]{3,7}) +(\\S.*)");

    private CmsCodesFile() {}

    /** Whether the first lines are codes of {@code system} padded to eight columns, each followed by a title. */
    public static boolean recognizes(byte[] head, CodeSystem system) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return false;
        }
        String[] lines = text.substring(0, end).split("\r?\n");
        for (String line : lines) {
            if (line.length() < 9
                    || line.charAt(7) != ' '
                    || !LINE.matcher(line).matches()) {
                return false;
            }
            String code = line.substring(0, 8).strip();
            boolean letterFirst = Character.isLetter(code.charAt(0));
            if (system == CodeSystem.ICD10CM ? !letterFirst || system.normalize(code) == null : code.length() != 7) {
                return false;
            }
        }
        return lines.length > 0 && (system == CodeSystem.ICD10CM || !Character.isLetter(lines[0].charAt(0)));
    }

    public static Release read(
            InputStream in, String fileName, CodeSystem system, String releaseId, LocalDate effective) {
        byte[] bytes = CmsOrderFile.readAll(in, fileName);
        int end = CmsOrderFile.endOfLines(
                bytes, fileName, "every " + system.label() + " codes file ends with a line end");
        Map<String, Code> codes = new LinkedHashMap<>();
        long lineNumber = 0;
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new java.io.ByteArrayInputStream(bytes, 0, end), StandardCharsets.ISO_8859_1))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                var m = LINE.matcher(line.stripTrailing());
                if (!m.matches()) {
                    throw new CodeImportException(
                            fileName, lineNumber, "not a code followed by its title: '" + abbreviate(line) + "'");
                }
                String value = m.group(1);
                if (!value.equals(system.normalize(value))) {
                    throw new CodeImportException(
                            fileName, lineNumber, "'" + value + "' is not a " + system.label() + " code");
                }
                String title = m.group(2).strip();
                if (codes.put(value, new Code(system, value, true, title, title)) != null) {
                    throw new CodeImportException(fileName, lineNumber, "code " + value + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new CodeImportException(fileName, lineNumber, "the file could not be read: " + e.getMessage());
        }
        if (codes.isEmpty()) {
            throw new CodeImportException(fileName, 0, "the file holds no codes");
        }
        return new Release(system, releaseId, effective, codes);
    }

    private static String abbreviate(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
