package org.openrcm.codes.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;

/**
 * Reads a CSV file record by record (RFC 4180): fields separated by commas, records by CRLF, LF or CR; a field in
 * double quotes may hold commas, line breaks and quotes written twice. Each record knows the 1-based line it starts
 * on. Lenient where files really differ (a quote inside an unquoted field is kept as text; text after a closing quote
 * is kept), strict where data would be lost: a quote that is never closed, or a field longer than {@value
 * #MAX_FIELD} characters (which is what an unclosed quote in a large file looks like), stops the import with a
 * {@link CodeImportException} naming the line.
 *
 * <pre>{@code
 * try (CsvReader csv = CsvReader.of(in, fileName)) {
 *     CsvHeader h = csv.header(10, x -> x.has("pos_code"), "a pos_code column");
 *     int code = h.require("pos_code");
 *     for (CsvRecord r; (r = csv.next()) != null; ) { ... r.text(code) ... }
 * }
 * }</pre>
 */
public final class CsvReader implements AutoCloseable {

    /** The longest field accepted, in characters. */
    public static final int MAX_FIELD = 1 << 20;

    private final Reader in;
    private final String fileName;
    private final char[] buf = new char[1 << 14];
    private int pos;
    private int lim;
    private long line = 1;
    private boolean atEnd;
    private boolean endedCleanly;
    private final StringBuilder field = new StringBuilder(64);
    /** The field separator; 0 until it is chosen from the first line ({@link #ofCommaOrTab}). */
    private char delimiter;

    public CsvReader(Reader in, String fileName) {
        this(in, fileName, ',');
    }

    private CsvReader(Reader in, String fileName, char delimiter) {
        this.in = in;
        this.fileName = fileName;
        this.delimiter = delimiter;
    }

    /** A CSV file's bytes, read as UTF-8, with Windows-1252 for any byte that is not UTF-8; a BOM is dropped. */
    public static CsvReader of(InputStream in, String fileName) {
        return new CsvReader(new TextDecoder(in), fileName);
    }

    /**
     * Like {@link #of}, for files written comma- or tab-separated (the AMA's and CMS's procedure files): tab when the
     * first line with either has more tabs than commas, else comma.
     */
    public static CsvReader ofCommaOrTab(InputStream in, String fileName) {
        return new CsvReader(new TextDecoder(in), fileName, (char) 0);
    }

    /**
     * The complete records in the first bytes of a file (for recognizing a file by its header): a record cut by the
     * end of {@code head} is left out, and nothing throws.
     */
    public static List<CsvRecord> head(byte[] head) {
        return head(head, ',');
    }

    /** Like {@link #head}, comma- or tab-separated as {@link #ofCommaOrTab} tells them apart. */
    public static List<CsvRecord> headCommaOrTab(byte[] head) {
        return head(head, (char) 0);
    }

    private static List<CsvRecord> head(byte[] head, char delimiter) {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader r = new CsvReader(new TextDecoder(new ByteArrayInputStream(head)), "head", delimiter)) {
            CsvRecord rec;
            while ((rec = r.next()) != null) {
                if (r.atEnd && !r.endedCleanly) {
                    break;
                }
                records.add(rec);
            }
        } catch (CodeImportException e) {
            // an unclosed quote at the end of the head: the records before it are kept
        }
        return records;
    }

    /** Whether one of the first {@code maxRecords} records of {@code head} is a header that {@code isHeader} accepts. */
    public static boolean headHas(byte[] head, int maxRecords, Predicate<CsvHeader> isHeader) {
        List<CsvRecord> records = head(head);
        for (int i = 0; i < records.size() && i < maxRecords; i++) {
            if (isHeader.test(new CsvHeader("head", records.get(i), i > 0 ? records.get(i - 1) : null))) {
                return true;
            }
        }
        return false;
    }

    public String fileName() {
        return fileName;
    }

    /**
     * Reads records until one is a header {@code isHeader} accepts, within the first {@code maxRecords} records
     * (publishers put titles and copyright lines above the header); the header knows the record above it.
     *
     * @param expected what the header should hold, for the message when none is found ("a HCPCS and a MOD column")
     */
    public CsvHeader header(int maxRecords, Predicate<CsvHeader> isHeader, String expected) {
        CsvHeader h = findHeader(maxRecords, isHeader);
        if (h == null) {
            throw new CodeImportException(
                    fileName, 0, "no header row with " + expected + " in the first " + maxRecords + " lines");
        }
        return h;
    }

    /** Like {@link #header}, but {@code null} when none of the first {@code maxRecords} records is a header. */
    public @Nullable CsvHeader findHeader(int maxRecords, Predicate<CsvHeader> isHeader) {
        CsvRecord previous = null;
        for (int i = 0; i < maxRecords; i++) {
            CsvRecord r = next();
            if (r == null) {
                break;
            }
            CsvHeader h = new CsvHeader(fileName, r, previous);
            if (isHeader.test(h)) {
                return h;
            }
            previous = r;
        }
        return null;
    }

    /**
     * The next record that is not blank, which must have exactly {@code width} fields (a stricter {@link
     * CsvHeader#checkWidth}); {@code null} at the end of the file.
     */
    public @Nullable CsvRecord nextRow(int width) {
        CsvRecord r;
        while ((r = next()) != null) {
            if (r.isBlank()) {
                continue;
            }
            if (r.size() != width) {
                throw new CodeImportException(
                        fileName,
                        r.line(),
                        "the row has " + r.size() + " fields where the header names " + width
                                + (r.size() < width
                                        ? "; the line may be cut short"
                                        : "; a field may hold an unquoted " + (delimiter == '\t' ? "tab" : "comma")));
            }
            return r;
        }
        return null;
    }

    /** The next record, or {@code null} at the end of the file. A file's last line break is optional. */
    public @Nullable CsvRecord next() {
        if (atEnd) {
            return null;
        }
        try {
            return read();
        } catch (IOException e) {
            throw new CodeImportException(fileName, line, "the file could not be read: " + e.getMessage());
        }
    }

    private @Nullable CsvRecord read() throws IOException {
        if (pos >= lim && !fill()) {
            atEnd = true;
            endedCleanly = true;
            return null;
        }
        if (delimiter == 0) {
            delimiter = chooseDelimiter();
        }
        long start = line;
        List<String> fields = new ArrayList<>(16);
        field.setLength(0);
        boolean quoted = false;
        long quoteLine = 0;
        while (true) {
            if (pos >= lim && !fill()) {
                if (quoted) {
                    throw new CodeImportException(
                            fileName,
                            quoteLine,
                            "a quoted field opened on line " + quoteLine
                                    + " is never closed; the file is cut short or a quote is missing");
                }
                fields.add(field.toString());
                atEnd = true;
                endedCleanly = false;
                return new CsvRecord(start, fields);
            }
            char c = buf[pos++];
            if (quoted) {
                if (c == '"') {
                    if (pos >= lim && !fill()) {
                        quoted = false;
                        continue;
                    }
                    if (buf[pos] == '"') {
                        append(c, start);
                        pos++;
                    } else {
                        quoted = false;
                    }
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && followedByLf()) {
                        pos++;
                    }
                    line++;
                    append('\n', start);
                } else {
                    append(c, start);
                }
                continue;
            }
            if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.isEmpty()) {
                        quoted = true;
                        quoteLine = line;
                    } else {
                        append(c, start);
                    }
                }
                case '\r', '\n' -> {
                    if (c == '\r' && followedByLf()) {
                        pos++;
                    }
                    line++;
                    fields.add(field.toString());
                    return new CsvRecord(start, fields);
                }
                default -> append(c, start);
            }
        }
    }

    /** Tab when the first line holding tabs or commas (within the buffer) has more tabs than commas, else comma. */
    private char chooseDelimiter() {
        int tabs = 0;
        int commas = 0;
        for (int i = pos; i < lim; i++) {
            char c = buf[i];
            if (c == '\n' || c == '\r') {
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

    /** Whether the next character is a line feed (reads ahead as needed). */
    private boolean followedByLf() throws IOException {
        return (pos < lim || fill()) && buf[pos] == '\n';
    }

    private void append(char c, long start) {
        if (field.length() >= MAX_FIELD) {
            throw new CodeImportException(
                    fileName,
                    start,
                    "a field of the record starting here is longer than " + MAX_FIELD
                            + " characters; a quote is probably never closed");
        }
        field.append(c);
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
