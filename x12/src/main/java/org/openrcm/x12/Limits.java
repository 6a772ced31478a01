package org.openrcm.x12;

/**
 * Input limits that make a hostile or broken file fail fast instead of exhausting memory. A file that crosses one is
 * refused with an {@link X12Exception} that names the limit and where it was crossed.
 */
public record Limits(long maxBytes, long maxSegments, int maxSegmentLength, int maxElementLength) {

    /** Generous for real traffic: 2 GB, 50 million segments, segments of 64 KB, elements of 4 KB (BIN payloads aside). */
    public static final Limits DEFAULT = new Limits(2L << 30, 50_000_000L, 65_536, 4_096);

    public Limits {
        if (maxBytes <= 0 || maxSegments <= 0 || maxSegmentLength < 106 || maxElementLength <= 0) {
            throw new IllegalArgumentException("limits must be positive and allow an ISA segment (106 bytes)");
        }
    }
}
