package org.openrcm.x12;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues interchange, group and transaction set control numbers, always increasing. The app keeps its counters in
 * the database; {@link #startingAt(long)} serves tests, tools and the sandbox.
 */
public interface ControlNumbers {

    /** The next number, greater than every number issued before. */
    long next();

    static ControlNumbers startingAt(long first) {
        AtomicLong counter = new AtomicLong(first - 1);
        return () -> {
            long n = counter.incrementAndGet();
            if (n > 999_999_999L) {
                throw new IllegalStateException("control numbers are exhausted (9 digits)");
            }
            return n;
        };
    }
}
