package org.openrcm.edits.ncci;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.csv.CsvHeader;

/**
 * The NCCI files as published here: comma-separated, one header row, plain or gzip (told by the magic bytes, not the
 * name). Reads bytes straight into fields, without a String per field, because the PTP file has 2.5 million rows;
 * quoted fields ({@code "a, b"}, {@code ""} for a quote) are accepted for files that need them. Every problem names
 * the file and the 1-based line.
 */
final class NcciCsv implements AutoCloseable {

    static final int NO_DATE = Integer.MAX_VALUE;
    private static final int MAX_LINE = 1 << 16;

    private final InputStream in;
    private final String fileName;
    private byte[] buf = new byte[1 << 17];
    private int pos;
    private int limit;
    private boolean eof;
    private long line;
    private int fields;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    /** Unquoted copies of quoted fields, when a line had any. */
    private byte[] unquoted = new byte[256];

    private boolean quotedLine;

    NcciCsv(InputStream in, String fileName) {
        this.fileName = fileName;
        try {
            BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
            b.mark(2);
            int m1 = b.read();
            int m2 = b.read();
            b.reset();
            this.in = m1 == 0x1f && m2 == 0x8b ? new GZIPInputStream(b, 1 << 16) : b;
        } catch (IOException e) {
            throw new CodeImportException(fileName, 0, "cannot be read: " + e.getMessage());
        }
    }

    String fileName() {
        return fileName;
    }

    long line() {
        return line;
    }

    CodeImportException fail(String message) {
        return new CodeImportException(fileName, line, message);
    }

    /** The header row (the first line that is not empty), its names as written. */
    List<String> header() {
        if (!next()) {
            throw new CodeImportException(fileName, 0, "the file is empty; an NCCI table starts with a header row");
        }
        List<String> names = new ArrayList<>(fields);
        for (int i = 0; i < fields; i++) {
            String s = string(i);
            names.add(i == 0 && s.startsWith("\uFEFF") ? s.substring(1) : s);
        }
        return names;
    }

    /**
     * The column named one of {@code names}, compared by capitals and digits only; failing that, the first whose
     * name goes on after one of them (CMS's {@code Deletion Date *=no data} is {@code Deletion Date}); -1 if none.
     */
    static int column(List<String> header, String... names) {
        for (String n : names) {
            String k = CsvHeader.compactKey(n);
            for (int i = 0; i < header.size(); i++) {
                if (CsvHeader.compactKey(header.get(i)).equals(k)) {
                    return i;
                }
            }
        }
        for (String n : names) {
            String k = CsvHeader.compactKey(n);
            for (int i = 0; i < header.size(); i++) {
                if (CsvHeader.compactKey(header.get(i)).startsWith(k)) {
                    return i;
                }
            }
        }
        return -1;
    }

    int require(List<String> header, String... names) {
        int i = column(header, names);
        if (i < 0) {
            throw new CodeImportException(
                    fileName, 1, "the header row has no '" + names[0] + "' column; it has " + header);
        }
        return i;
    }

    /** The next line that is not empty; false at the end of the file. */
    boolean next() {
        while (true) {
            int eol = findEol();
            if (eol < 0) {
                return false;
            }
            line++;
            int end = eol;
            if (end > pos && buf[end - 1] == '\r') {
                end--;
            }
            int start = pos;
            pos = eol + 1;
            if (end > start) {
                split(start, end);
                return true;
            }
        }
    }

    private int findEol() {
        int scan = pos;
        while (true) {
            for (int i = scan; i < limit; i++) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            if (eof) {
                if (pos < limit) {
                    // the last line without its line feed
                    ensureRoom();
                    buf[limit] = '\n';
                    return limit++;
                }
                return -1;
            }
            int scanned = limit - pos;
            fill();
            scan = pos + scanned;
        }
    }

    private void ensureRoom() {
        if (limit == buf.length) {
            compact();
            if (limit == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
        }
    }

    private void compact() {
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
    }

    private void fill() {
        compact();
        if (limit == buf.length) {
            if (buf.length >= MAX_LINE * 4) {
                line++;
                throw fail("a line longer than " + buf.length + " bytes: not an NCCI table");
            }
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        } catch (IOException e) {
            throw new CodeImportException(fileName, line + 1, "cannot be read: " + e.getMessage());
        }
    }

    private void split(int start, int end) {
        fields = 0;
        quotedLine = false;
        int i = start;
        while (true) {
            if (fields == starts.length) {
                starts = java.util.Arrays.copyOf(starts, fields * 2);
                ends = java.util.Arrays.copyOf(ends, fields * 2);
            }
            if (i < end && buf[i] == '"') {
                i = quoted(i, end);
            } else {
                int s = i;
                while (i < end && buf[i] != ',') {
                    i++;
                }
                starts[fields] = s;
                ends[fields] = i;
                fields++;
            }
            if (i >= end) {
                return;
            }
            i++; // the comma
            if (i == end) {
                if (fields == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, fields * 2);
                    ends = java.util.Arrays.copyOf(ends, fields * 2);
                }
                starts[fields] = end;
                ends[fields] = end;
                fields++;
                return;
            }
        }
    }

    /** A quoted field from {@code i} (its opening quote); its text is copied to {@link #unquoted}, marked negative. */
    private int quoted(int i, int end) {
        if (!quotedLine) {
            quotedLine = true;
            unquotedLength = 0;
        }
        int s = unquotedLength;
        i++;
        while (true) {
            if (i >= end) {
                throw fail("a quoted field is not closed on its line");
            }
            byte b = buf[i];
            if (b == '"') {
                if (i + 1 < end && buf[i + 1] == '"') {
                    put(b);
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            put(b);
            i++;
        }
        if (i < end && buf[i] != ',') {
            throw fail("text after the closing quote of field " + (fields + 1));
        }
        starts[fields] = -1 - s;
        ends[fields] = unquotedLength;
        fields++;
        return i;
    }

    private int unquotedLength;

    private void put(byte b) {
        if (unquotedLength == unquoted.length) {
            unquoted = java.util.Arrays.copyOf(unquoted, unquoted.length * 2);
        }
        unquoted[unquotedLength++] = b;
    }

    int fields() {
        return fields;
    }

    void requireFields(int n) {
        if (fields < n) {
            throw fail(
                    "the row has " + fields + " fields where the header has " + n + " (cut short, or a comma missing)");
        }
    }

    private byte[] bytes(int i) {
        return starts[i] < 0 ? unquoted : buf;
    }

    private int start(int i) {
        return starts[i] < 0 ? -1 - starts[i] : starts[i];
    }

    private int length(int i) {
        return ends[i] - start(i);
    }

    String string(int i) {
        return new String(bytes(i), start(i), length(i), StandardCharsets.UTF_8).strip();
    }

    boolean isBlank(int i) {
        byte[] b = bytes(i);
        for (int k = start(i), e = ends[i]; k < e; k++) {
            if (b[k] != ' ' && b[k] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Whether field {@code i} is {@code text}, byte for byte (ASCII). */
    boolean is(int i, byte[] text) {
        return java.util.Arrays.equals(bytes(i), start(i), ends[i], text, 0, text.length);
    }

    /** Field {@code i} as a procedure code packed by {@link CodeKey}, or a refusal naming the column. */
    long code(int i, String column) {
        long k = CodeKey.pack(bytes(i), start(i), ends[i]);
        if (k == 0) {
            throw fail(column + " '" + string(i) + "' is not a HCPCS/CPT code (1 to 8 letters and digits)");
        }
        return k;
    }

    /** A small whole number ({@code 0}–{@code 999999}); -1 if the field is not one. */
    int smallNumber(int i) {
        byte[] b = bytes(i);
        int s = start(i);
        int e = ends[i];
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        if (e == s || e - s > 6) {
            return -1;
        }
        int v = 0;
        for (int k = s; k < e; k++) {
            int d = b[k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /**
     * A date as its epoch day: {@code YYYY-MM-DD} or CMS's {@code YYYYMMDD}; {@link #NO_DATE} for {@code *} or
     * empty (CMS's "no data").
     */
    int date(int i, String column) {
        byte[] b = bytes(i);
        int s = start(i);
        int e = ends[i];
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        if (e == s || e - s == 1 && b[s] == '*') {
            return NO_DATE;
        }
        int y;
        int m;
        int d;
        if (e - s == 10 && b[s + 4] == '-' && b[s + 7] == '-') {
            y = digits(b, s, 4);
            m = digits(b, s + 5, 2);
            d = digits(b, s + 8, 2);
        } else if (e - s == 8) {
            y = digits(b, s, 4);
            m = digits(b, s + 4, 2);
            d = digits(b, s + 6, 2);
        } else {
            y = -1;
            m = -1;
            d = -1;
        }
        if (y < 0 || m < 0 || d < 0) {
            throw fail(column + " '" + string(i) + "' is not a date (YYYY-MM-DD, YYYYMMDD, or * for none)");
        }
        try {
            return (int) LocalDate.of(y, m, d).toEpochDay();
        } catch (DateTimeException ex) {
            throw fail(column + " '" + string(i) + "' is not a date: " + ex.getMessage());
        }
    }

    private static int digits(byte[] b, int s, int n) {
        int v = 0;
        for (int k = s; k < s + n; k++) {
            int d = b[k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
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
