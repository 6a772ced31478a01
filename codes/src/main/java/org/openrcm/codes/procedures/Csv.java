package org.openrcm.codes.procedures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;

/**
 * A comma- or tab-separated file read record by record: quoted fields (commas, doubled quotes and line breaks inside)
 * in the comma form, the line each record starts on, and the header named liberally ({@code LONG DESCRIPTION},
 * {@code long_description} and {@code LongDescription} are one name).
 */
final class Csv {

    /** Larger than any code file by far; refuses a wrong or hostile file before it fills the memory. */
    static final int MAX_BYTES = 256 << 20;

    private final String text;
    private final String fileName;
    private final char delimiter;
    private static final int MAX_PREAMBLE = 20;

    private int pos;
    private int width;
    private long line = 1;
    private long recordLine;

    Csv(InputStream in, String fileName) {
        this(text(in, fileName), fileName);
    }

    Csv(String text, String fileName) {
        this.text = text;
        this.fileName = fileName;
        this.delimiter = delimiter(text);
    }

    /** The records that end within {@code head} (the start of a file), the last, maybe cut, one left out. */
    static List<List<String>> head(byte[] head) {
        String text = decodeHead(head);
        int end = text.lastIndexOf('\n');
        List<List<String>> records = new ArrayList<>();
        if (end < 0) {
            return records;
        }
        Csv csv = new Csv(text.substring(0, end + 1), "");
        try {
            List<String> r;
            while ((r = csv.next()) != null) {
                records.add(r);
            }
        } catch (CodeImportException e) {
            // a quoted field running past the head: the records before it are what can be known
        }
        return records;
    }

    private static String decodeHead(byte[] head) {
        // The head may end inside a UTF-8 sequence: decoding leniently loses at most that character.
        int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        return new String(head, start, head.length - start, StandardCharsets.UTF_8);
    }

    /** The file's text: UTF-8 (a byte-order mark dropped) when it is valid UTF-8, else Windows-1252. */
    static String text(InputStream in, String fileName) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new CodeImportException(fileName, 0, "the file could not be read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new CodeImportException(
                    fileName, 0, "the file is larger than " + (MAX_BYTES >> 20) + " MB; no code file is that large");
        }
        return decode(bytes);
    }

    static String decode(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
        }
    }

    /** Tab when the first line has more tabs than commas, else comma. */
    static char delimiter(String text) {
        int tabs = 0;
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (tabs + commas > 0) {
                    break;
                }
            } else if (c == '\t') {
                tabs++;
            } else if (c == ',') {
                commas++;
            }
        }
        return tabs > commas ? '\t' : ',';
    }

    /** The line the record last returned by {@link #next} starts on. */
    long line() {
        return recordLine;
    }

    /** The next record's fields, or {@code null} at the end; a blank line is a record of one empty field. */
    @Nullable
    List<String> next() {
        if (pos >= text.length()) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        field.append('"');
                        pos++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                line++;
                break;
            } else if (c == '\r') {
                // the line break is the '\n' that follows
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new CodeImportException(
                    fileName, recordLine, "a quoted field opened here is never closed; the file may be truncated");
        }
        fields.add(field.toString());
        return fields;
    }

    /**
     * The header row: the first record {@code isHeader} accepts among the first {@value #MAX_PREAMBLE} (CMS puts notes
     * above the header of some files); {@code expected} says in the error which header was looked for.
     */
    List<String> header(Predicate<List<String>> isHeader, String expected) {
        for (int i = 0; i < MAX_PREAMBLE; i++) {
            List<String> r = next();
            if (r == null) {
                break;
            }
            if (isHeader.test(r)) {
                width = r.size();
                return r;
            }
        }
        throw new CodeImportException(
                fileName, 1, "no header row naming " + expected + " in the first " + MAX_PREAMBLE + " lines");
    }

    /** The next row that is not blank, with as many fields as the header; {@code null} at the end. */
    @Nullable
    List<String> row() {
        List<String> r;
        while ((r = next()) != null) {
            if (blank(r)) {
                continue;
            }
            if (r.size() != width) {
                throw new CodeImportException(
                        fileName,
                        recordLine,
                        "the row has " + r.size() + " fields where the header names " + width
                                + (r.size() < width
                                        ? "; the line may be cut short"
                                        : "; a field may hold an unquoted " + (delimiter == ',' ? "comma" : "tab")));
            }
            return r;
        }
        return null;
    }

    static boolean blank(List<String> record) {
        for (String f : record) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A header name as compared: capitals and digits only ({@code long_description} → {@code LONGDESCRIPTION}). */
    static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toUpperCase(name.charAt(i));
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The first column whose name is one of {@code names} (compared by {@link #key}); -1 when none is. */
    static int column(List<String> header, String... names) {
        for (String n : names) {
            String k = key(n);
            for (int i = 0; i < header.size(); i++) {
                if (key(header.get(i)).equals(k)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The columns named {@code name} or {@code name} followed by a number ({@code PRICE}, {@code PRICE1} …
     * {@code PRICE4}), in the header's order.
     */
    static int[] columns(List<String> header, String name) {
        String k = key(name);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = key(header.get(i));
            if (h.equals(k)
                    || h.startsWith(k) && h.substring(k.length()).chars().allMatch(Character::isDigit)) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A date as CMS files write them: {@code 2024-07-01}, {@code 20240701} or {@code 7/1/2024}; null if blank. */
    static @Nullable LocalDate date(String text, String fileName, long line, String column) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
                return LocalDate.of(
                        Integer.parseInt(t.substring(0, 4)),
                        Integer.parseInt(t.substring(5, 7)),
                        Integer.parseInt(t.substring(8, 10)));
            }
            if (t.length() == 8 && t.chars().allMatch(Character::isDigit)) {
                return LocalDate.of(
                        Integer.parseInt(t.substring(0, 4)),
                        Integer.parseInt(t.substring(4, 6)),
                        Integer.parseInt(t.substring(6, 8)));
            }
            String[] mdy = t.split("/");
            if (mdy.length == 3 && mdy[2].length() == 4) {
                return LocalDate.of(Integer.parseInt(mdy[2]), Integer.parseInt(mdy[0]), Integer.parseInt(mdy[1]));
            }
        } catch (NumberFormatException | DateTimeException e) {
            // reported below
        }
        throw new CodeImportException(
                fileName, line, "'" + t + "' in " + column + " is not a date (2024-07-01, 20240701 or 7/1/2024)");
    }
}
