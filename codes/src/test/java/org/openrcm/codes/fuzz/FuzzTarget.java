package org.openrcm.codes.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.openrcm.codes.CodeImportException;

/**
 * Base of the code-set fuzz tests. What each checks: a reader given any bytes either returns what it read or throws a
 * {@link CodeImportException} naming the file; anything else (an index out of bounds, a null, an illegal argument
 * from the model) escapes to Jazzer, which reports the input and fails the test. Without {@code JAZZER_FUZZ} the
 * targets replay their seeds; with it (the {@code fuzz} execution of {@code verify}) they fuzz {@link #EXECUTIONS}
 * inputs each. One target alone: {@code ./mvnw -pl codes test-compile surefire:test@fuzz -Dtest=CsvFuzzTest}.
 */
abstract class FuzzTarget {

    static final long EXECUTIONS = 10_000;

    /** A guard, not the budget: reaching it first (something became very slow) fails the class. */
    static final String MAX_DURATION = "120s";

    static final String FILE = "fuzzed.txt";
    static final LocalDate EFFECTIVE = LocalDate.of(2025, 10, 1);

    private static final AtomicLong RUNS = new AtomicLong();

    /** A reader run on one input. */
    @FunctionalInterface
    interface Read {
        Object read(ByteArrayInputStream in);
    }

    /** Runs each reader on the input: a result or a {@link CodeImportException} that names the file. */
    static void readers(byte[] data, Read... readers) {
        RUNS.incrementAndGet();
        for (Read r : readers) {
            try {
                if (r.read(new ByteArrayInputStream(data)) == null) {
                    throw new AssertionError("a reader returned null");
                }
            } catch (CodeImportException e) {
                if (!FILE.equals(e.file()) || e.getMessage() == null) {
                    throw new AssertionError("a refusal that does not name the file: " + e.getMessage(), e);
                }
            }
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void reachedTheMinimumRuns() {
        String fuzz = System.getenv("JAZZER_FUZZ");
        if (fuzz != null && !fuzz.isEmpty()) {
            assertThat(RUNS.get())
                    .as("inputs fuzzed (the time bound stopped the fuzzer early?)")
                    .isGreaterThanOrEqualTo(EXECUTIONS);
        }
    }
}
