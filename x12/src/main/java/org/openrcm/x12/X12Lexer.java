package org.openrcm.x12;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into segments. Delimiters are detected from each ISA segment (any element, component,
 * repetition separator and segment terminator), line breaks after terminators are skipped, and the {@link Limits}
 * are enforced as the bytes arrive. Memory is one buffer as large as the longest segment, whatever the file size.
 */
public final class X12Lexer implements AutoCloseable {

    private final InputStream in;
    private final Limits limits;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long consumed;
    private long segments;
    private long line = 1;
    private Delimiters delimiters;
    private final Segment segment = new Segment();
    /** Bytes that stop the scan of a segment (terminator, element separator, line feed) for {@link #stopsFor}. */
    private final byte[] stops = new byte[256];

    private Delimiters stopsFor;

    /** Where the element separators of the segment being read are, relative to its start. */
    private int[] seps = new int[64];

    private boolean lastTerminated = true;

    public X12Lexer(InputStream in, Limits limits) {
        this.in = in;
        this.limits = limits;
    }

    public X12Lexer(InputStream in) {
        this(in, Limits.DEFAULT);
    }

    /** Delimiters of the current interchange, {@code null} before the first ISA. */
    public Delimiters delimiters() {
        return delimiters;
    }

    /** Whether the last segment returned ended with a segment terminator (the last one of a file may not). */
    public boolean lastTerminated() {
        return lastTerminated;
    }

    /** Segments read so far. */
    public long segmentCount() {
        return segments;
    }

    /**
     * The next segment, or {@code null} at the end of the stream. The returned instance is refilled by the next call.
     *
     * @throws X12Exception when the stream does not start with an ISA, a limit is crossed or reading fails
     */
    public Segment next() {
        skipWhitespace();
        if (!fill(1)) {
            return null;
        }
        if (delimiters == null || startsIsa()) {
            detectDelimiters();
        }
        byte term = delimiters.segment();
        byte sep = delimiters.element();
        // Unless a delimiter is a line break, line breaks are layout, never data: files wrapped at 80 columns (as some
        // payers' systems write them) read as if they were not.
        boolean breaksAreLayout = term != '\n' && term != '\r' && sep != '\n' && sep != '\r';
        if (stopsFor != delimiters) {
            Arrays.fill(stops, (byte) 0);
            stops[term & 0xff] = 1;
            stops[sep & 0xff] = 1;
            stops['\n'] = 1;
            if (breaksAreLayout) {
                stops['\r'] = 1;
            }
            stopsFor = delimiters;
        }
        int maxElement = limits.maxElementLength();
        int from = pos;
        int scan = pos;
        // where the segment's next byte goes: behind scan once a line break inside the segment has been dropped
        int w = pos;
        int lastSep = pos - 1;
        int newlines = 0;
        int separators = 0;
        boolean dropBreaks = breaksAreLayout;
        while (true) {
            if (scan == limit) {
                int offset = scan - from;
                int written = w - from;
                int sepOffset = lastSep - from;
                // more() may move the unread bytes to the start of the buffer even when it then finds the end
                boolean read = more();
                from = pos;
                scan = from + offset;
                w = from + written;
                lastSep = from + sepOffset;
                if (!read) {
                    break;
                }
                continue;
            }
            // Most bytes are data: skip them with one table lookup each.
            byte[] b0 = buf;
            int end = limit;
            if (w == scan) {
                while (scan < end && stops[b0[scan] & 0xff] == 0) {
                    scan++;
                }
                w = scan;
            } else {
                while (scan < end && stops[b0[scan] & 0xff] == 0) {
                    b0[w++] = b0[scan++];
                }
            }
            if (scan == end) {
                continue;
            }
            byte b = b0[scan];
            if (b == term) {
                break;
            }
            if (b == sep) {
                if (w - lastSep - 1 > maxElement) {
                    throw elementTooLong(w - lastSep - 1);
                }
                if (separators == seps.length) {
                    seps = Arrays.copyOf(seps, seps.length * 2);
                }
                seps[separators++] = w - from;
                lastSep = w;
                if (separators == 1 && w - from == 3 && b0[from] == 'B' && b0[from + 1] == 'I' && b0[from + 2] == 'N') {
                    // BIN carries binary data: every byte of it is data, line breaks included
                    dropBreaks = false;
                }
            } else if (b == '\n') {
                newlines++;
            }
            if (dropBreaks && (b == '\n' || b == '\r')) {
                scan++;
                continue;
            }
            b0[w++] = b;
            scan++;
        }
        if (w - lastSep - 1 > maxElement) {
            throw elementTooLong(w - lastSep - 1);
        }
        lastTerminated = scan < limit;
        segments++;
        if (segments > limits.maxSegments()) {
            throw new X12Exception(
                    "X12-LIMIT-SEGMENTS",
                    "The file has more than " + limits.maxSegments() + " segments, the limit set for this reader.",
                    segments,
                    line);
        }
        segment.fill(buf, from, w, delimiters, segments, line, seps, separators);
        line += newlines;
        if (term == '\n') {
            line++;
        }
        pos = lastTerminated ? scan + 1 : scan;
        consumed += pos - from;
        return segment;
    }

    private X12Exception elementTooLong(int length) {
        return new X12Exception(
                "X12-LIMIT-ELEMENT",
                "Segment " + (segments + 1) + " (line " + line + ") has an element of " + length
                        + " bytes, more than the limit of " + limits.maxElementLength() + ".",
                segments + 1,
                line);
    }

    private boolean startsIsa() {
        return fill(4) && buf[pos] == 'I' && buf[pos + 1] == 'S' && buf[pos + 2] == 'A' && !isAlnum(buf[pos + 3]);
    }

    private static boolean isAlnum(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z');
    }

    /** Reads ISA: element separator at byte 3, component separator after the 16th, then the segment terminator. */
    private void detectDelimiters() {
        if (!startsIsa()) {
            if (delimiters == null) {
                throw new X12Exception(
                        "X12-NO-ISA",
                        "The file does not start with an ISA segment, so it is not an X12 interchange"
                                + " (or its first line is damaged).",
                        1,
                        line);
            }
            return;
        }
        fill(512);
        byte element = buf[pos + 3];
        int seen = 0;
        int i = pos + 3;
        while (true) {
            if (i >= limit) {
                throw badIsa("it ends before its 16 elements");
            }
            if (buf[i] == element) {
                seen++;
                if (seen == 16) {
                    break;
                }
            }
            i++;
            if (i - pos > 512) {
                throw badIsa("it has fewer than 16 elements within its first 512 bytes");
            }
        }
        if (i + 2 >= limit) {
            throw badIsa("it ends right after ISA16");
        }
        byte component = buf[i + 1];
        byte terminator = buf[i + 2];
        if (component == element || terminator == element || terminator == component) {
            throw badIsa("its element separator, component separator (ISA16) and segment terminator are not distinct");
        }
        if (isAlnum(component) || isAlnum(terminator) || isAlnum(element)) {
            throw badIsa("a separator is a letter or digit");
        }
        byte repetition = repetitionSeparator(element, i);
        if (repetition == component || repetition == terminator || repetition == element) {
            repetition = 0;
        }
        delimiters = new Delimiters(element, component, repetition, terminator);
    }

    /** ISA11 is the repetition separator from version 00501 on (ISA12); before, a code. */
    private byte repetitionSeparator(byte element, int isa16Sep) {
        int n = 0;
        int isa11 = -1;
        int isa12 = -1;
        for (int k = pos + 3; k < isa16Sep; k++) {
            if (buf[k] == element) {
                n++;
                if (n == 11) {
                    isa11 = k + 1;
                } else if (n == 12) {
                    isa12 = k + 1;
                }
            }
        }
        if (isa11 < 0 || isa12 < 0 || buf[isa11 + 1] != element) {
            return 0;
        }
        boolean version5 = isa12 + 5 <= isa16Sep
                && buf[isa12] == '0'
                && buf[isa12 + 1] == '0'
                && (buf[isa12 + 2] > '5' || (buf[isa12 + 2] == '5' && buf[isa12 + 3] >= '0'));
        byte b = buf[isa11];
        return version5 && !isAlnum(b) && b != ' ' ? b : 0;
    }

    private X12Exception badIsa(String why) {
        return new X12Exception(
                "X12-BAD-ISA", "The ISA segment at line " + line + " cannot be read: " + why + ".", segments + 1, line);
    }

    private void skipWhitespace() {
        while (true) {
            if (pos >= limit && !fill(1)) {
                return;
            }
            byte b = buf[pos];
            if (b == '\n') {
                if (delimiters == null || delimiters.segment() != '\n') {
                    line++;
                }
                pos++;
                consumed++;
            } else if (b == '\r' || blank(b) || (consumed == 0 && (b & 0xff) == 0xEF)) {
                if ((b & 0xff) == 0xEF) {
                    skipBom();
                    continue;
                }
                pos++;
                consumed++;
            } else {
                return;
            }
        }
    }

    /**
     * Spaces and tabs between segments (after a terminator) are layout, not data, unless they are delimiters; so are
     * the NUL padding and the end-of-file mark (SUB, 0x1A) some systems append to a file.
     */
    private boolean blank(byte b) {
        return (b == ' ' || b == '\t' || b == 0 || b == 0x1A) && (delimiters == null || !delimiters.isDelimiter(b));
    }

    private void skipBom() {
        if (fill(3) && (buf[pos] & 0xff) == 0xEF && (buf[pos + 1] & 0xff) == 0xBB && (buf[pos + 2] & 0xff) == 0xBF) {
            pos += 3;
            consumed += 3;
        } else {
            throw new X12Exception(
                    "X12-NO-ISA",
                    "The file does not start with an ISA segment, so it is not an X12 interchange.",
                    1,
                    line);
        }
    }

    /** Ensures at least {@code n} bytes from {@code pos} are buffered; false at end of stream. */
    private boolean fill(int n) {
        while (limit - pos < n) {
            if (!more()) {
                return false;
            }
        }
        return true;
    }

    /** Reads more bytes, moving the unread ones (from {@code pos}) to the start of the buffer. */
    private boolean more() {
        if (eof) {
            return false;
        }
        int keep = limit - pos;
        if (keep >= limits.maxSegmentLength()) {
            throw new X12Exception(
                    "X12-LIMIT-SEGMENT-LENGTH",
                    "Segment " + (segments + 1) + " (line " + line + ") is longer than " + limits.maxSegmentLength()
                            + " bytes without a segment terminator; the file is damaged or uses another terminator.",
                    segments + 1,
                    line);
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, keep);
            pos = 0;
            limit = keep;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, Math.min(buf.length * 2, limits.maxSegmentLength() + 1));
        }
        try {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
                return false;
            }
            limit += r;
            if (consumed + limit > limits.maxBytes()) {
                throw new X12Exception(
                        "X12-LIMIT-SIZE",
                        "The file is larger than " + limits.maxBytes() + " bytes, the limit set for this reader.",
                        segments,
                        line);
            }
            return true;
        } catch (IOException e) {
            throw new X12Exception("X12-IO", "The file could not be read: " + e.getMessage(), segments, line, e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new X12Exception("X12-IO", "The file could not be closed: " + e.getMessage(), segments, line, e);
        }
    }
}
