package org.openrcm.x12.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;

/**
 * Base of every fuzz test class. Without {@code JAZZER_FUZZ} a {@code @FuzzTest} only replays its seeds; with it (the
 * {@code fuzz} surefire execution of {@code verify}, one JVM per class) Jazzer fuzzes it, and this class then checks
 * that the run really reached {@link FuzzContract#MIN_RUNS} inputs rather than stopping early at its time bound.
 *
 * <p>One target alone: {@code ./mvnw -pl x12 test-compile surefire:test@fuzz -Dtest=ReaderFuzzTest}. The corpus it
 * grows is kept in {@code target/jazzer/.cifuzz-corpus/} (and reused by the next run); a crashing input is written to
 * {@code target/jazzer/crash-*}: copy it into a plain regression test before fixing the bug.
 */
abstract class FuzzTarget {

    /** Fuzzed executions per target (libFuzzer's {@code -runs}); the seeds' replay comes on top. */
    static final long EXECUTIONS = FuzzContract.MIN_RUNS;

    /**
     * A guard, not the budget: a target normally does its {@link #EXECUTIONS} in 2 to 10 seconds. Reaching this bound
     * first (something became very slow) fails the class in {@link #reachedTheMinimumRuns()}.
     */
    static final String MAX_DURATION = "120s";

    private static final AtomicLong RUNS = new AtomicLong();

    /** Counts one execution of the fuzz target. */
    static void ran() {
        RUNS.incrementAndGet();
    }

    @AfterAll
    static void reachedTheMinimumRuns() {
        String fuzz = System.getenv("JAZZER_FUZZ");
        if (fuzz != null && !fuzz.isEmpty()) {
            assertThat(RUNS.get())
                    .as("inputs fuzzed (the time bound stopped the fuzzer early?)")
                    .isGreaterThanOrEqualTo(FuzzContract.MIN_RUNS);
        }
    }
}
