package org.openrcm.bench.x12;

/**
 * What one pass over a file counted: segments, claims (CLP in an 835, CLM in an 837) and the sum of the claims'
 * amounts in cents (CLP04, the paid amounts, or CLM02, the charges). Every reader of the benchmark computes it, so
 * the columns are checked to have done the same work. {@code -1} means the reader does not see it.
 */
public record Tally(long segments, long claims, long cents) {

    /** Whether {@code other} agrees wherever both counted. */
    boolean agreesWith(Tally other) {
        return same(segments, other.segments) && same(claims, other.claims) && same(cents, other.cents);
    }

    private static boolean same(long a, long b) {
        return a < 0 || b < 0 || a == b;
    }
}
