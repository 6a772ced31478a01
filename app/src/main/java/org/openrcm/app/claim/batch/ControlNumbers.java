package org.openrcm.app.claim.batch;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a batch gets the control numbers of each file it writes: the interchange (ISA13), the functional group (GS06)
 * and the transaction set (ST02). Payers and clearinghouses refuse a repeated interchange number, so a source never
 * issues one twice; the application's source keeps its counters in the database, {@link #sequential(long)} serves
 * tests and the file-based command.
 */
public interface ControlNumbers {

    /** The numbers of the next file, each greater than any issued before. */
    Envelope next();

    /**
     * The control numbers of one file.
     *
     * @param interchange ISA13, 1 to 999,999,999
     * @param group GS06, 1 to 999,999,999
     * @param transactionSet ST02, 1 to 999,999,999 (written with at least four digits)
     */
    record Envelope(long interchange, long group, long transactionSet) {
        public Envelope {
            check(interchange, "interchange");
            check(group, "group");
            check(transactionSet, "transaction set");
        }

        private static void check(long n, String what) {
            if (n < 1 || n > 999_999_999L) {
                throw new IllegalArgumentException("a " + what + " control number has 1 to 9 digits, not " + n);
            }
        }
    }

    /**
     * Numbers kept in memory, one counter for all three: file n gets interchange, group and transaction set n, so a
     * 999 or 277CA answering any of them points back to the same file.
     */
    static ControlNumbers sequential(long first) {
        AtomicLong counter = new AtomicLong(first - 1);
        return () -> {
            long n = counter.incrementAndGet();
            return new Envelope(n, n, n);
        };
    }
}
