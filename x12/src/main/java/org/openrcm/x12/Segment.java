package org.openrcm.x12;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One segment as read: its id and elements, where it sits in the file (segment number, line) and the delimiters it
 * was written with. Elements are numbered as in the implementation guides: {@code element(1)} is CLP01. Absent
 * elements read as {@code ""}.
 *
 * <p>The {@link X12Lexer} hands out one instance and refills it for every segment, so that reading allocates only
 * what the caller asks for. Keep a segment beyond the next call with {@link #copy()}.
 */
public final class Segment {

    byte[] buf;
    int start;
    int end;
    /** Offsets of separators: {@code seps[i]} is the separator before element i+1; {@code seps[count]} = end. */
    int[] seps = new int[64];

    int count;
    String id;
    long number;
    long line;
    Delimiters delimiters;

    Segment() {}

    /** A segment built from text with the given delimiters (tests, writers). */
    public static Segment parse(String text, Delimiters d, long number) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        Segment s = new Segment();
        s.fill(bytes, 0, bytes.length, d, number, 0);
        return s;
    }

    void fill(byte[] b, int from, int to, Delimiters d, long number, long line) {
        this.buf = b;
        this.start = from;
        this.end = to;
        this.delimiters = d;
        this.number = number;
        this.line = line;
        int n = 0;
        byte sep = d.element();
        for (int i = from; i < to; i++) {
            if (b[i] == sep) {
                if (n + 1 >= seps.length) {
                    seps = java.util.Arrays.copyOf(seps, seps.length * 2);
                }
                seps[n++] = i;
            }
        }
        seps[n] = to;
        this.count = n;
        int idEnd = n == 0 ? to : seps[0];
        this.id = SegmentIds.of(b, from, idEnd);
    }

    /** Fills from bytes whose element separators the lexer has already found ({@code rel}: offsets from the start). */
    void fill(byte[] b, int from, int to, Delimiters d, long number, long line, int[] rel, int n) {
        this.buf = b;
        this.start = from;
        this.end = to;
        this.delimiters = d;
        this.number = number;
        this.line = line;
        if (n + 1 > seps.length) {
            seps = new int[Math.max(n + 1, seps.length * 2)];
        }
        for (int k = 0; k < n; k++) {
            seps[k] = from + rel[k];
        }
        seps[n] = to;
        this.count = n;
        this.id = SegmentIds.of(b, from, n == 0 ? to : seps[0]);
    }

    /** The segment id, e.g. {@code CLP}. */
    public String id() {
        return id;
    }

    /** Number of elements after the id, including empty ones in the middle (trailing separators count too). */
    public int count() {
        return count;
    }

    /** 1-based position of this segment in the file. */
    public long number() {
        return number;
    }

    /** 1-based line of the file the segment starts on (files without line breaks are all line 1). */
    public long line() {
        return line;
    }

    public Delimiters delimiters() {
        return delimiters;
    }

    private int elementStart(int i) {
        return seps[i - 1] + 1;
    }

    private int elementEnd(int i) {
        return seps[i];
    }

    /** Whether element {@code i} is present and not empty. */
    public boolean has(int i) {
        return i >= 1 && i <= count && elementEnd(i) > elementStart(i);
    }

    /** Length in bytes of element {@code i}, 0 when absent. */
    public int length(int i) {
        return i >= 1 && i <= count ? elementEnd(i) - elementStart(i) : 0;
    }

    /** Element {@code i} as written (components and repetitions included), {@code ""} when absent. */
    public String element(int i) {
        if (i < 1 || i > count) {
            return "";
        }
        int s = elementStart(i);
        int e = elementEnd(i);
        return e == s ? "" : new String(buf, s, e - s, StandardCharsets.ISO_8859_1);
    }

    /** Whether element {@code i} equals {@code value}, without allocating. */
    public boolean is(int i, String value) {
        if (i < 1 || i > count) {
            return value.isEmpty();
        }
        int s = elementStart(i);
        int len = elementEnd(i) - s;
        if (len != value.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (buf[s + k] != value.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Component {@code c} (1-based) of the first repetition of element {@code i}, {@code ""} when absent. */
    public String component(int i, int c) {
        return component(i, 1, c);
    }

    /** Component {@code c} of repetition {@code r} (both 1-based) of element {@code i}. */
    public String component(int i, int r, int c) {
        if (i < 1 || i > count) {
            return "";
        }
        int s = elementStart(i);
        int e = elementEnd(i);
        byte rep = delimiters.repetition();
        byte comp = delimiters.component();
        int rr = 1;
        int cc = 1;
        int from = s;
        for (int k = s; k <= e; k++) {
            boolean atEnd = k == e;
            byte b = atEnd ? 0 : buf[k];
            boolean isRep = !atEnd && rep != 0 && b == rep;
            boolean isComp = !atEnd && b == comp;
            if (atEnd || isRep || isComp) {
                if (rr == r && cc == c) {
                    return k == from ? "" : new String(buf, from, k - from, StandardCharsets.ISO_8859_1);
                }
                if (isRep) {
                    rr++;
                    cc = 1;
                    if (rr > r) {
                        return "";
                    }
                } else {
                    cc++;
                }
                from = k + 1;
            }
        }
        return "";
    }

    /** Number of repetitions of element {@code i} (1 for a plain present element, 0 when absent). */
    public int repetitions(int i) {
        if (!has(i)) {
            return 0;
        }
        byte rep = delimiters.repetition();
        if (rep == 0) {
            return 1;
        }
        int n = 1;
        for (int k = elementStart(i); k < elementEnd(i); k++) {
            if (buf[k] == rep) {
                n++;
            }
        }
        return n;
    }

    /** Components of the first repetition of element {@code i}; empty list when absent. */
    public List<String> components(int i) {
        List<String> out = new ArrayList<>(4);
        if (!has(i)) {
            return out;
        }
        int c = 1;
        String v;
        int n = componentCount(i);
        for (; c <= n; c++) {
            v = component(i, c);
            out.add(v);
        }
        return out;
    }

    /** Number of components in the first repetition of element {@code i}. */
    public int componentCount(int i) {
        if (!has(i)) {
            return 0;
        }
        int n = 1;
        byte comp = delimiters.component();
        byte rep = delimiters.repetition();
        for (int k = elementStart(i); k < elementEnd(i); k++) {
            if (rep != 0 && buf[k] == rep) {
                break;
            }
            if (buf[k] == comp) {
                n++;
            }
        }
        return n;
    }

    /**
     * Element {@code i} as a decimal, {@code null} when absent.
     *
     * @throws NumberFormatException when the element is not a number: an optional minus, digits, at most one point,
     *     no exponent (the validator reports this as a finding first)
     */
    public BigDecimal decimal(int i) {
        if (!has(i)) {
            return null;
        }
        int s = elementStart(i);
        int len = elementEnd(i) - s;
        // Fast path: up to 18 digits, an optional sign and point, as amounts are written.
        if (len <= 19) {
            long unscaled = 0;
            int scale = -1;
            int digits = 0;
            boolean negative = false;
            boolean plain = true;
            for (int k = 0; k < len; k++) {
                byte b = buf[s + k];
                if (b >= '0' && b <= '9') {
                    unscaled = unscaled * 10 + (b - '0');
                    digits++;
                    if (scale >= 0) {
                        scale++;
                    }
                } else if (b == '.' && scale < 0) {
                    scale = 0;
                } else if (b == '-' && k == 0) {
                    negative = true;
                } else {
                    plain = false;
                    break;
                }
            }
            if (plain && digits > 0 && digits <= 18) {
                return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
            }
        }
        // Only what an X12 decimal (R) may hold: an optional minus, digits, at most one point. BigDecimal alone would
        // also take an exponent, and 1E999999999 would blow up the first sum or comparison that expands it.
        char[] chars = new char[len];
        boolean digit = false;
        boolean point = false;
        for (int k = 0; k < len; k++) {
            char c = (char) (buf[s + k] & 0xff);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point) {
                point = true;
            } else if (!(c == '-' && k == 0)) {
                throw new NumberFormatException("'" + element(i) + "' is not a decimal number");
            }
            chars[k] = c;
        }
        if (!digit) {
            throw new NumberFormatException("'" + element(i) + "' is not a decimal number");
        }
        return new BigDecimal(chars, 0, len);
    }

    /**
     * Element {@code i} as a date CCYYMMDD, {@code null} when absent.
     *
     * @throws java.time.DateTimeException when it is not a valid date (the validator reports this as a finding first)
     */
    public java.time.LocalDate date(int i) {
        if (!has(i)) {
            return null;
        }
        int s = elementStart(i);
        if (elementEnd(i) - s != 8) {
            throw new java.time.DateTimeException("'" + element(i) + "' is not a date CCYYMMDD");
        }
        int[] v = new int[8];
        for (int k = 0; k < 8; k++) {
            int d = buf[s + k] - '0';
            if (d < 0 || d > 9) {
                throw new java.time.DateTimeException("'" + element(i) + "' is not a date CCYYMMDD");
            }
            v[k] = d;
        }
        return java.time.LocalDate.of(v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], v[4] * 10 + v[5], v[6] * 10 + v[7]);
    }

    /** The raw bytes of element {@code i}, for checks that must not allocate a String. */
    public int byteAt(int i, int k) {
        return buf[elementStart(i) + k] & 0xff;
    }

    /** A copy that stays valid after the lexer moves on. */
    public Segment copy() {
        Segment s = new Segment();
        byte[] b = java.util.Arrays.copyOfRange(buf, start, end);
        s.fill(b, 0, b.length, delimiters, number, line);
        return s;
    }

    /** The segment as written, without its terminator. */
    @Override
    public String toString() {
        return new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
    }
}
