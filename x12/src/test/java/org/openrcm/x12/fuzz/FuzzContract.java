package org.openrcm.x12.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.openrcm.x12.Limits;
import org.openrcm.x12.Segment;
import org.openrcm.x12.X12Exception;
import org.openrcm.x12.X12Lexer;
import org.openrcm.x12.X12Reader;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;

/**
 * What every fuzz target checks: reading may fail only with an {@link X12Exception} that names what broke, the
 * validator never throws (it reports), and small {@link #LIMITS} keep memory bounded whatever the input. Any other
 * throwable escapes to Jazzer, which reports it as a finding and fails the test.
 */
final class FuzzContract {

    /** 64 KB files, 10,000 segments, 8 KB segments, 2 KB elements: small enough that no input can exhaust a 512 MB heap. */
    static final Limits LIMITS = new Limits(64 * 1024, 10_000, 8 * 1024, 2 * 1024);

    /** Runs in fuzzing mode must reach this many executions (the issue asks for at least 10,000 per reader). */
    static final long MIN_RUNS = 10_000;

    private FuzzContract() {}

    /** Lexes to the end, touching every element, component and repetition accessor of each segment. */
    static void lex(byte[] data) {
        try (X12Lexer lexer = new X12Lexer(new ByteArrayInputStream(data), LIMITS)) {
            Segment s;
            while ((s = lexer.next()) != null) {
                touch(s);
            }
        } catch (X12Exception e) {
            typed(e);
        }
    }

    /** Reads with the typed readers of every registered guide; records must never be {@code null}. */
    static void read(byte[] data) {
        try {
            new X12Reader(LIMITS).read(new ByteArrayInputStream(data), new X12Reader.Sink() {
                @Override
                public void transaction(org.openrcm.x12.Envelope envelope) {
                    if (envelope == null) {
                        throw new AssertionError("the reader handed out a null envelope");
                    }
                }

                @Override
                public void record(Object record) {
                    if (record == null) {
                        throw new AssertionError("the reader handed out a null record");
                    }
                }
            });
        } catch (X12Exception e) {
            typed(e);
        }
    }

    /** Validates: must return a report whatever the input, with every finding complete. */
    static void validate(byte[] data) {
        ValidationReport report = new X12Validator(LIMITS).validate(new ByteArrayInputStream(data), "fuzz");
        if (report == null) {
            throw new AssertionError("the validator returned no report");
        }
        if (report.findings().size() > X12Validator.MAX_FINDINGS) {
            throw new AssertionError("the report keeps " + report.findings().size() + " findings, more than its cap");
        }
        for (Finding f : report.findings()) {
            if (f.code() == null
                    || f.code().isBlank()
                    || f.message() == null
                    || f.message().isBlank()) {
                throw new AssertionError("a finding lacks its code or message: " + f);
            }
        }
    }

    private static void typed(X12Exception e) {
        if (e.code() == null
                || !e.code().startsWith("X12-")
                || e.getMessage() == null
                || e.getMessage().isBlank()) {
            throw new AssertionError("an X12Exception without a stable code or a message: " + e.code(), e);
        }
    }

    private static void touch(Segment s) {
        s.id();
        for (int i = 1; i <= s.count(); i++) {
            s.element(i);
            s.length(i);
            s.has(i);
            int reps = s.repetitions(i);
            int comps = s.componentCount(i);
            s.components(i);
            for (int r = 1; r <= Math.min(reps, 4); r++) {
                for (int c = 1; c <= Math.min(comps, 4) + 1; c++) {
                    s.component(i, r, c);
                }
            }
        }
        s.element(s.count() + 1);
        s.copy().toString();
    }

    /** The hand-written interchanges under {@code interchanges/}, one per transaction set OpenRCM has a guide for. */
    static Stream<byte[]> interchanges() {
        List<byte[]> all = new ArrayList<>();
        for (TransactionKind kind : TransactionKind.values()) {
            all.add(seed(kind));
        }
        return all.stream();
    }

    /** The segments of {@code kind}'s seed interchange between its ST and its SE: bodies for the per-set targets. */
    static Stream<byte[]> bodies(TransactionKind kind) {
        String text = new String(seed(kind), StandardCharsets.US_ASCII);
        int st = text.indexOf("\nST*");
        int afterSt = text.indexOf('\n', st + 1) + 1;
        int se = text.indexOf("\nSE*");
        String body = text.substring(afterSt, se);
        // The whole body, and the body cut in two at a segment boundary, so the fuzzer starts from several sizes.
        int half = body.indexOf("~\n", body.length() / 2);
        return Stream.of(body, body.substring(0, half + 1), body.substring(half + 2))
                .map(s -> s.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] seed(TransactionKind kind) {
        String name = "interchanges/" + kind.seedFile();
        try (InputStream in = FuzzContract.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing seed " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
