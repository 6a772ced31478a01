package org.openrcm.x12;

/**
 * A file that cannot be read as X12 at all: no ISA, separators that cannot be told apart, a limit crossed, a stream
 * that fails. Everything else a file can get wrong is a {@link org.openrcm.x12.validate.Finding}, not an exception.
 * The message names where: segment number and line, when known.
 */
public final class X12Exception extends RuntimeException {

    private final String code;
    private final long segmentNumber;
    private final long line;

    public X12Exception(String code, String message, long segmentNumber, long line) {
        super(message);
        this.code = code;
        this.segmentNumber = segmentNumber;
        this.line = line;
    }

    public X12Exception(String code, String message, long segmentNumber, long line, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.segmentNumber = segmentNumber;
        this.line = line;
    }

    /** A stable identifier such as {@code X12-NO-ISA} or {@code X12-LIMIT-SEGMENTS}. */
    public String code() {
        return code;
    }

    /** 1-based number of the segment in the file, or 0 when the failure is not at a segment. */
    public long segmentNumber() {
        return segmentNumber;
    }

    /** 1-based line of the file, or 0 when unknown. */
    public long line() {
        return line;
    }
}
