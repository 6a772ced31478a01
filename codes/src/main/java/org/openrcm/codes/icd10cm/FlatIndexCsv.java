package org.openrcm.codes.icd10cm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.icd10cm.IndexEntry.Source;

/**
 * Reads the ICD-10-CM Alphabetic Index flattened to CSV (a third-party flattening of the CDC index XML): header
 * {@code RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code}, one row per main term (level 0) or term, in index
 * order, each term belonging under the nearest row above it one level up. Every row becomes one {@link
 * Source#INDEX} entry with its full path; the nonessential modifiers are appended to the term text ({@code Diabetes,
 * diabetic (mellitus) (sugar)}), codes are stored undotted, a trailing dash dropped as in {@link IndexFile}.
 *
 * <p>CSV as RFC 4180 writes it: fields in double quotes may hold commas, doubled quotes and line breaks; lines end
 * in LF or CRLF; UTF-8. The whole file is read and checked before anything is returned. Errors name the line of the
 * file (1 = header) where the row begins.
 */
public final class FlatIndexCsv {

    static final List<String> HEADER =
            List.of("RowID", "Letter", "Level", "Term", "See", "SeeAlso", "NonEssModif", "Code");
    private static final int MAX_LEVEL = 20;

    private FlatIndexCsv() {}

    /** Whether the file is a flattened index: by its header row, by its name if the head is empty. */
    public static boolean recognizes(String fileName, byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        if (s.isBlank()) {
            String name = fileName.toLowerCase(Locale.ROOT);
            return name.endsWith(".csv") && name.contains("index");
        }
        int end = s.indexOf('\n');
        String first = (end < 0 ? s : s.substring(0, end)).strip();
        return first.replace("\"", "").equalsIgnoreCase(String.join(",", HEADER));
    }

    public static List<IndexEntry> read(InputStream in, String fileName) {
        String text;
        try {
            text = decode(in.readAllBytes(), fileName);
        } catch (IOException e) {
            throw new CodeImportException(fileName, 0, "the file could not be read: " + e.getMessage());
        }
        return new Parser(text, fileName).rows();
    }

    private static String decode(byte[] bytes, String fileName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            long line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new CodeImportException(
                    fileName, line, "the line is not UTF-8 text; save the file as UTF-8 and import it again");
        }
        decoder.flush(out);
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static final class Parser {

        private final String s;
        private final String file;
        private int pos;
        private long line = 1;

        Parser(String s, String file) {
            this.s = s;
            this.file = file;
        }

        List<IndexEntry> rows() {
            List<IndexEntry> entries = new ArrayList<>();
            List<String> path = new ArrayList<>();
            boolean header = true;
            long lastId = 0;
            while (pos < s.length()) {
                long at = line;
                List<String> f = record();
                if (f.size() == 1 && f.getFirst().isBlank()) {
                    continue;
                }
                if (header) {
                    if (!f.stream().map(String::strip).toList().equals(HEADER)) {
                        throw new CodeImportException(
                                file,
                                at,
                                "the header is " + String.join(",", f) + "; a flattened index begins "
                                        + String.join(",", HEADER));
                    }
                    header = false;
                    continue;
                }
                if (f.size() != HEADER.size()) {
                    throw new CodeImportException(
                            file,
                            at,
                            "the row has " + f.size() + " fields, not " + HEADER.size()
                                    + "; the file may be truncated or a field lost its quotes");
                }
                long id = number(f.get(0), "RowID", at);
                if (id <= lastId) {
                    throw new CodeImportException(
                            file,
                            at,
                            "row " + id + " does not follow row " + lastId
                                    + "; the rows are out of order or two files were joined");
                }
                lastId = id;
                long level = number(f.get(2), "Level", at);
                if (level > path.size() || level > MAX_LEVEL) {
                    throw new CodeImportException(
                            file,
                            at,
                            "a term at level " + level + " follows "
                                    + (path.isEmpty() ? "no main term" : "a level-" + (path.size() - 1) + " term")
                                    + "; the term it belongs under is missing");
                }
                String term = f.get(3).strip();
                String nemod = f.get(6).strip();
                if (!nemod.isEmpty()) {
                    // a few terms are nothing but their modifier: "Disorder, pain, persistent, (somatoform)"
                    term = term.isEmpty() ? nemod : term + " " + nemod;
                }
                if (term.isEmpty()) {
                    throw new CodeImportException(file, at, "the row has no term");
                }
                String code = null;
                String written = f.get(7).strip();
                if (!written.isEmpty()) {
                    code = IndexCodes.stored(written);
                    if (code == null) {
                        throw new CodeImportException(
                                file, at, "the Code column holds '" + written + "', which is not an ICD-10-CM code");
                    }
                }
                path.subList((int) level, path.size()).clear();
                path.add(term);
                entries.add(new IndexEntry(Source.INDEX, path, code, blankToNull(f.get(4)), blankToNull(f.get(5))));
            }
            if (header || entries.isEmpty()) {
                throw new CodeImportException(file, 0, "the file holds no index terms");
            }
            if (!s.endsWith("\n")) {
                throw new CodeImportException(
                        file, line, "the last line has no line ending; the file may be truncated");
            }
            return entries;
        }

        private long number(String field, String column, long at) {
            try {
                long n = Long.parseLong(field.strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new CodeImportException(file, at, "the " + column + " column holds '" + field + "', not a number");
        }

        private static @Nullable String blankToNull(String s) {
            String t = s.strip();
            return t.isEmpty() ? null : t;
        }

        /** The fields of one record; moves past its line ending. */
        private List<String> record() {
            List<String> fields = new ArrayList<>(HEADER.size());
            StringBuilder b = new StringBuilder();
            while (true) {
                b.setLength(0);
                if (pos < s.length() && s.charAt(pos) == '"') {
                    long opened = line;
                    pos++;
                    while (true) {
                        if (pos >= s.length()) {
                            throw new CodeImportException(
                                    file,
                                    line,
                                    "the file ends inside a quoted field begun on line " + opened
                                            + "; it may be truncated");
                        }
                        char c = s.charAt(pos++);
                        if (c == '"') {
                            if (pos < s.length() && s.charAt(pos) == '"') {
                                b.append('"');
                                pos++;
                            } else {
                                break;
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            b.append(c);
                        }
                    }
                    if (pos < s.length() && ",\r\n".indexOf(s.charAt(pos)) < 0) {
                        throw new CodeImportException(
                                file, line, "a quoted field is followed by text instead of a comma or the line end");
                    }
                } else {
                    while (pos < s.length() && ",\r\n".indexOf(s.charAt(pos)) < 0) {
                        char c = s.charAt(pos++);
                        if (c == '"') {
                            throw new CodeImportException(
                                    file,
                                    line,
                                    "a quote stands inside an unquoted field; a field with quotes must be quoted"
                                            + " whole, its quotes doubled");
                        }
                        b.append(c);
                    }
                }
                fields.add(b.toString());
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                if (pos < s.length() && s.charAt(pos) == '\r') {
                    pos++;
                }
                if (pos < s.length() && s.charAt(pos) == '\n') {
                    pos++;
                    line++;
                }
                return fields;
            }
        }
    }
}
