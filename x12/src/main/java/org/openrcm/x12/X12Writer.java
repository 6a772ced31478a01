package org.openrcm.x12;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes segments and envelopes. Trailing empty elements and components are dropped, as X12 requires; a value that
 * holds a delimiter is refused (it would corrupt the file). SE01, GE01 and IEA01 are counted, control numbers are
 * repeated in the trailers. Output is buffered bytes (ISO-8859-1), one segment per line when asked.
 */
public final class X12Writer implements AutoCloseable {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final OutputStream out;
    private final Delimiters d;
    private final boolean lineBreaks;
    private byte[] buf = new byte[1 << 16];
    private int len;

    private String interchangeControl;
    private int groups;
    private String groupControl;
    private int sets;
    private String setControl;
    private int setSegments;
    private long segments;

    public X12Writer(OutputStream out, Delimiters delimiters, boolean lineBreaks) {
        this.out = out;
        this.d = delimiters;
        this.lineBreaks = lineBreaks;
    }

    public X12Writer(OutputStream out) {
        this(out, Delimiters.STANDARD, true);
    }

    public Delimiters delimiters() {
        return d;
    }

    /** Segments written so far. */
    public long segments() {
        return segments;
    }

    /** Writes one segment; {@code null} elements are empty. */
    public void segment(String id, String... elements) {
        int last = elements.length;
        while (last > 0 && (elements[last - 1] == null || elements[last - 1].isEmpty())) {
            last--;
        }
        ascii(id, false);
        for (int i = 0; i < last; i++) {
            put(d.element());
            String e = elements[i];
            if (e != null) {
                ascii(e, true);
            }
        }
        put(d.segment());
        if (lineBreaks && d.segment() != '\n') {
            put((byte) '\n');
        }
        segments++;
        if (setControl != null) {
            setSegments++;
        }
    }

    /** A composite element: components joined by the component separator, trailing empty ones dropped. */
    public String composite(String... components) {
        int last = components.length;
        while (last > 0 && (components[last - 1] == null || components[last - 1].isEmpty())) {
            last--;
        }
        if (last == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        char sep = (char) d.component();
        for (int i = 0; i < last; i++) {
            if (i > 0) {
                b.append(sep);
            }
            String c = components[i];
            if (c != null) {
                checkValue(c);
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Repetitions of an element joined by the repetition separator. */
    public String repeated(String... values) {
        if (d.repetition() == 0) {
            throw new IllegalStateException("this interchange has no repetition separator");
        }
        return String.join(String.valueOf((char) d.repetition()), values);
    }

    /** ISA…: starts an interchange. */
    public void beginInterchange(InterchangeHeader h) {
        interchangeControl = String.format("%09d", h.controlNumber());
        groups = 0;
        segment(
                "ISA",
                pad(h.authorizationQualifier(), 2),
                pad(h.authorization(), 10),
                pad(h.securityQualifier(), 2),
                pad(h.security(), 10),
                pad(h.senderQualifier(), 2),
                pad(h.senderId(), 15),
                pad(h.receiverQualifier(), 2),
                pad(h.receiverId(), 15),
                h.created().format(YYMMDD),
                h.created().format(HHMM),
                String.valueOf((char) (d.repetition() == 0 ? 'U' : d.repetition())),
                "00501",
                interchangeControl,
                h.acknowledgmentRequested() ? "1" : "0",
                h.production() ? "P" : "T",
                String.valueOf((char) d.component()));
    }

    /** GS…: starts a functional group. */
    public void beginGroup(GroupHeader h) {
        groupControl = Long.toString(h.controlNumber());
        sets = 0;
        groups++;
        segment(
                "GS",
                h.functionalId(),
                h.senderCode(),
                h.receiverCode(),
                h.created().format(CCYYMMDD),
                h.created().format(HHMM),
                groupControl,
                "X",
                h.version());
    }

    /** ST…: starts a transaction set; {@code version} is written in ST03. */
    public void beginTransaction(String transactionSet, String controlNumber, String version) {
        setControl = controlNumber;
        setSegments = 0;
        sets++;
        segment("ST", transactionSet, controlNumber, version);
    }

    /** SE with the segment count. */
    public void endTransaction() {
        if (setControl == null) {
            throw new IllegalStateException("no transaction set is open");
        }
        int count = setSegments + 1;
        String control = setControl;
        setControl = null;
        segment("SE", Integer.toString(count), control);
    }

    public void endGroup() {
        segment("GE", Integer.toString(sets), groupControl);
        groupControl = null;
    }

    public void endInterchange() {
        segment("IEA", Integer.toString(groups), interchangeControl);
        interchangeControl = null;
    }

    /** An X12 decimal: no trailing zeros after the point, no exponent ({@code 150}, {@code 150.5}). */
    public static String decimal(BigDecimal v) {
        if (v == null) {
            return "";
        }
        if (v.signum() == 0) {
            return "0";
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /** An X12 date CCYYMMDD. */
    public static String date(LocalDate date) {
        return date == null ? "" : date.format(CCYYMMDD);
    }

    private static String pad(String s, int width) {
        String v = s == null ? "" : s;
        if (v.length() > width) {
            throw new IllegalArgumentException("'" + v + "' is longer than " + width + " characters");
        }
        return v + " ".repeat(width - v.length());
    }

    private void checkValue(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c > 0xff || d.isDelimiter((byte) c)) {
                throw new IllegalArgumentException(
                        "The value '" + v + "' holds '" + c + "', a character this interchange cannot carry.");
            }
        }
    }

    private void ascii(String s, boolean element) {
        int n = s.length();
        if (len + n + 2 > buf.length) {
            flushBuffer();
            if (n + 2 > buf.length) {
                buf = new byte[n + 2];
            }
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            byte b = (byte) c;
            if (c > 0xff || (element && b != d.component() && b != d.repetition() && d.isDelimiter(b))) {
                throw new IllegalArgumentException(
                        "The value '" + s + "' holds '" + c + "', a character this interchange cannot carry.");
            }
            buf[len++] = b;
        }
    }

    private void put(byte b) {
        if (len == buf.length) {
            flushBuffer();
        }
        buf[len++] = b;
    }

    private void flushBuffer() {
        try {
            out.write(buf, 0, len);
            len = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        flushBuffer();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What ISA carries. {@code controlNumber} comes from {@link ControlNumbers}. */
    public record InterchangeHeader(
            String authorizationQualifier,
            String authorization,
            String securityQualifier,
            String security,
            String senderQualifier,
            String senderId,
            String receiverQualifier,
            String receiverId,
            LocalDateTime created,
            long controlNumber,
            boolean acknowledgmentRequested,
            boolean production) {

        /** Sender and receiver with the common qualifiers: no authorization or security information. */
        public static InterchangeHeader of(
                String senderQualifier,
                String senderId,
                String receiverQualifier,
                String receiverId,
                LocalDateTime created,
                long controlNumber,
                boolean production) {
            return new InterchangeHeader(
                    "00",
                    "",
                    "00",
                    "",
                    senderQualifier,
                    senderId,
                    receiverQualifier,
                    receiverId,
                    created,
                    controlNumber,
                    false,
                    production);
        }

        public InterchangeHeader {
            if (controlNumber < 1 || controlNumber > 999_999_999L) {
                throw new IllegalArgumentException("an interchange control number has 1 to 9 digits");
            }
        }
    }

    /** What GS carries; {@code version} is the guide, e.g. {@code 005010X222A1}. */
    public record GroupHeader(
            String functionalId,
            String senderCode,
            String receiverCode,
            LocalDateTime created,
            long controlNumber,
            String version) {

        public GroupHeader {
            if (controlNumber < 1 || controlNumber > 999_999_999L) {
                throw new IllegalArgumentException("a group control number has 1 to 9 digits");
            }
        }
    }
}
