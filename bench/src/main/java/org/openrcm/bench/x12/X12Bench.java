package org.openrcm.bench.x12;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openrcm.x12.Segment;
import org.openrcm.x12.X12Lexer;
import org.openrcm.x12.X12Reader;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.Snip;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;

/**
 * The X12 benchmark of issue 3, in one JVM and one run: on the same generated 835 and 837P files, a raw byte scan
 * (the limit), StAEDI's bare event loop, our lexer alone, our typed reader and our validator, side by side; then 837P
 * writing from claims held in memory; then the peak heap of the typed 835 read in a separate JVM with a small heap
 * ({@link HeapProbe}). Prints a markdown table.
 *
 * <p>A plain main rather than JMH: each operation is a whole file (tens of MB, a fraction of a second to seconds),
 * and the columns must share the run and the file. Every round runs every column once, in an order that rotates from
 * round to round (so that no column always follows the same one); the first rounds warm the JVM up and are dropped,
 * the figures are the median of the measured rounds. Each column reads the file from disk (the page cache, after the
 * first round) through the same 64 KB {@link BufferedInputStream}, after a {@code System.gc()}, and each computes
 * what it can of the same {@link Tally}, which must agree with the byte scan's, so that no column skips work the
 * others do.
 *
 * <p>Usage: {@code X12Bench [--claims N] [--dir DIR] [--warmup W] [--rounds R] [--seed S] [--heap 256m,32m]}.
 */
public final class X12Bench {

    private record Column(String name, Function<InputStream, Result> pass) {}

    /** What a pass produced: its tally, and a note for the table (records seen, findings). */
    private record Result(Tally tally, String note) {}

    private record Row(
            String file, String name, long bytes, long claims, double medianNanos, double minNanos, String note) {}

    public static void main(String[] args) throws Exception {
        int claims = 100_000;
        Path dir = Path.of("bench/target/x12-bench");
        int warmup = 3;
        int rounds = 5;
        long seed = 42;
        String heaps = "256m,32m";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--claims" -> claims = Integer.parseInt(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--heap" -> heaps = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        double loadAtStart = load();
        Files.createDirectories(dir);
        Path remit = dir.resolve("835-" + claims + "-seed" + seed + ".x12");
        Path professional = dir.resolve("837P-" + claims + "-seed" + seed + ".x12");
        List<SampleClaim> sampleClaims = SampleClaims.generate(seed, claims);
        LocalDateTime created = LocalDateTime.of(2025, 3, 14, 9, 30);
        if (!Files.exists(remit)) {
            try (var out = new BufferedOutputStream(Files.newOutputStream(remit), 1 << 16)) {
                new Remittance835Generator(seed).write(out, claims);
            }
        }
        if (!Files.exists(professional)) {
            try (var out = new BufferedOutputStream(Files.newOutputStream(professional), 1 << 16)) {
                new RawClaim837PWriter(created).write(sampleClaims, out);
            }
        }

        System.err.printf(
                Locale.ROOT,
                "X12 benchmark: %,d claims, %d warm-up + %d measured rounds, %d cores, Java %s (%s)%n",
                claims,
                warmup,
                rounds,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"));

        List<Row> rows = new ArrayList<>();
        rows.addAll(measureFile("835", remit, Target.CLP04, claims, warmup, rounds));
        rows.addAll(measureFile("837P", professional, Target.CLM02, claims, warmup, rounds));
        rows.add(measureWriting(sampleClaims, created, warmup, rounds));
        List<org.openrcm.x12.claim.Claim> typed;
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(professional), 1 << 16)) {
            typed = org.openrcm.x12.claim.Claims.read(in);
        }
        rows.add(measureClaimWriter(typed, created, warmup, rounds));

        List<String> heapLines = new ArrayList<>();
        for (String heap : heaps.split(",")) {
            if (!heap.isBlank()) {
                heapLines.add(HeapProbe.runIn(heap.trim(), remit));
            }
        }
        print(rows, heapLines, claims, warmup, rounds, loadAtStart);
    }

    private static List<Row> measureFile(String label, Path file, Target target, int claims, int warmup, int rounds)
            throws IOException {
        long bytes = Files.size(file);
        List<Column> columns = List.of(
                new Column("byte scan (the limit)", in -> new Result(ByteScan.scan(in, target), "")),
                new Column("StAEDI 1.26.0 event loop", in -> new Result(StaediScan.scan(in, target), "")),
                new Column("X12Lexer (ours, segments only)", in -> new Result(lex(in, target), "")),
                new Column("X12Reader (ours, typed records)", X12Bench::typed),
                new Column("X12Validator (ours, SNIP 1-3)", X12Bench::validate));
        double[][] times = new double[columns.size()][rounds];
        Result[] results = new Result[columns.size()];
        for (int round = 0; round < warmup + rounds; round++) {
            for (int k = 0; k < columns.size(); k++) {
                int c = (k + round) % columns.size();
                settle();
                long start = System.nanoTime();
                Result r;
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    r = columns.get(c).pass().apply(in);
                }
                long nanos = System.nanoTime() - start;
                if (round >= warmup) {
                    times[c][round - warmup] = nanos;
                }
                results[c] = r;
            }
            System.err.printf(Locale.ROOT, "%s round %d/%d done%n", label, round + 1, warmup + rounds);
        }
        Tally limit = results[0].tally();
        if (limit.claims() != claims) {
            throw new IllegalStateException(label + ": the byte scan saw " + limit.claims() + " claims, not " + claims);
        }
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (!results[c].tally().agreesWith(limit)) {
                throw new IllegalStateException(label + ": " + columns.get(c).name() + " counted " + results[c].tally()
                        + " but the byte scan " + limit);
            }
            double[] t = times[c].clone();
            Arrays.sort(t);
            rows.add(new Row(label, columns.get(c).name(), bytes, claims, median(t), t[0], results[c].note()));
        }
        return rows;
    }

    /** The typed writer: 837P from {@code Claim} records (read from the generated file) to a discarding stream. */
    private static Row measureClaimWriter(
            List<org.openrcm.x12.claim.Claim> claims, LocalDateTime created, int warmup, int rounds) {
        double[] t = new double[rounds];
        long bytes = 0;
        var interchange = new org.openrcm.x12.claim.ClaimWriter.Interchange(
                "ZZ", "OPENRCM", "ZZ", "PAYER", "OPENRCM", "PAYER", false);
        var submission = new org.openrcm.x12.claim.ClaimSubmission(
                "00",
                "BATCH1",
                created.toLocalDate(),
                "0930",
                "CH",
                "OAK STREET CLINIC",
                "OPENRCM",
                "BILLING OFFICE",
                "2175550100",
                "PAYER",
                "PAYER");
        for (int round = 0; round < warmup + rounds; round++) {
            CountingOutputStream out = CountingOutputStream.discarding();
            settle();
            long start = System.nanoTime();
            var w = new org.openrcm.x12.claim.ClaimWriter(
                    out,
                    org.openrcm.x12.claim.ClaimKind.PROFESSIONAL,
                    interchange,
                    org.openrcm.x12.ControlNumbers.startingAt(1),
                    created,
                    true);
            w.begin(submission);
            for (var c : claims) {
                w.write(c);
            }
            w.finish();
            long nanos = System.nanoTime() - start;
            bytes = out.count();
            if (round >= warmup) {
                t[round - warmup] = nanos;
            }
        }
        Arrays.sort(t);
        return new Row(
                "837P write",
                "typed ClaimWriter (Claim records)",
                bytes,
                claims.size(),
                median(t),
                t[0],
                "from in-memory Claim records to a discarding stream");
    }

    private static Row measureWriting(List<SampleClaim> claims, LocalDateTime created, int warmup, int rounds) {
        double[] t = new double[rounds];
        long bytes = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            CountingOutputStream out = CountingOutputStream.discarding();
            settle();
            long start = System.nanoTime();
            // Raw X12Writer segments: the floor under the typed ClaimWriter measured next to it.
            new RawClaim837PWriter(created).write(claims, out);
            long nanos = System.nanoTime() - start;
            bytes = out.count();
            if (round >= warmup) {
                t[round - warmup] = nanos;
            }
        }
        Arrays.sort(t);
        return new Row(
                "837P write",
                "raw X12Writer segments",
                bytes,
                claims.size(),
                median(t),
                t[0],
                "from in-memory claims to a discarding stream");
    }

    /** Starts each pass on a collected heap, so that no column pays for the garbage of the one before. */
    private static void settle() {
        System.gc();
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Tally lex(InputStream in, Target target) {
        long segments = 0;
        long claims = 0;
        long cents = 0;
        try (X12Lexer lexer = new X12Lexer(in)) {
            Segment s;
            while ((s = lexer.next()) != null) {
                segments++;
                if (s.id().equals(target.segment)) {
                    claims++;
                    cents += s.decimal(target.element).movePointRight(2).longValueExact();
                }
            }
        }
        return new Tally(segments, claims, cents);
    }

    private static Result typed(InputStream in) {
        long[] records = new long[1];
        // a lambda alone is ambiguous between read(InputStream, Consumer) and read(InputStream, Sink)
        Consumer<Object> count = record -> records[0]++;
        new X12Reader().read(in, count);
        return new Result(
                new Tally(-1, -1, -1),
                String.format(Locale.ROOT, "%,d records", records[0])
                        + (records[0] == 0 ? " (the guide's reader is still a stub)" : ""));
    }

    private static Result validate(InputStream in) {
        ValidationReport report = new X12Validator().validate(in, "bench");
        long snip1 = report.findings().stream()
                .filter(f -> f.isError() && f.snip() == Snip.SNIP1)
                .count();
        long others = report.findings().stream()
                        .filter(f -> f.isError() && f.snip() != Snip.SNIP1)
                        .count()
                + report.omitted();
        if (snip1 > 0) {
            Finding first = report.findings().stream()
                    .filter(f -> f.snip() == Snip.SNIP1)
                    .findFirst()
                    .orElseThrow();
            throw new IllegalStateException("the generated file fails SNIP 1: " + first.message());
        }
        String note = others == 0
                ? "valid"
                : String.format(Locale.ROOT, "no SNIP 1 error; %,d SNIP 2/3 errors (guide is still a stub?)", others);
        return new Result(new Tally(report.segments(), -1, -1), note);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void print(
            List<Row> rows, List<String> heapLines, int claims, int warmup, int rounds, double loadAtStart) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "%n%,d claims; median of %d rounds after %d warm-up rounds; MB = 10^6 bytes; %d cores, Java %s%n%n",
                claims,
                rounds,
                warmup,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        b.append(String.format(
                Locale.ROOT,
                "System load average (1 min) at the start %.1f, at the end %.1f: other work on the machine makes the"
                        + " figures noisy; compare within a run (ratios), and the best rounds (min).%n%n",
                loadAtStart,
                load()));
        b.append("| file | reader | size | median (min) | MB/s | claims/s | vs byte scan (median; min) | note |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---|\n");
        double limit = 0;
        double limitMin = 0;
        for (Row r : rows) {
            if (r.name().startsWith("byte scan")) {
                limit = r.medianNanos();
                limitMin = r.minNanos();
            }
            double seconds = r.medianNanos() / 1e9;
            String ratio = r.file().endsWith("write")
                    ? ""
                    : String.format(Locale.ROOT, "%.2f; %.2f", limit / r.medianNanos(), limitMin / r.minNanos());
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.1f MB | %.0f ms (%.0f) | %.0f | %,.0f | %s | %s |%n",
                    r.file(),
                    r.name(),
                    r.bytes() / 1e6,
                    r.medianNanos() / 1e6,
                    r.minNanos() / 1e6,
                    r.bytes() / 1e6 / seconds,
                    r.claims() / seconds,
                    ratio,
                    r.note()));
        }
        b.append("\nPeak heap of the typed 835 read (separate JVM, ")
                .append(HeapProbe.HOW)
                .append("):\n\n");
        for (String line : heapLines) {
            b.append("- ").append(line).append('\n');
        }
        System.out.print(b);
        System.out.flush();
    }
}
