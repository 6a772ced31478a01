package org.openrcm.bench.edits;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openrcm.edits.ncci.PtpTable;

/**
 * The NCCI practitioner PTP table (2,546,017 rows, 8 MB gzip): {@code loadCold} is the first read in a fresh JVM whose
 * heap is capped at 300 MB (the goal of issue 5; the read fails if it needs more), {@code loadWarm} after a few;
 * {@code lookup} is one {@code edit(column1, column2, date)} over 4,096 pairs of the sample (half of them asked in
 * the reverse order, which the table does not have), on 2024-07-01. The setup of {@code lookup} prints the heap the
 * loaded table keeps.
 */
@Fork(
        value = 3,
        jvmArgsAppend = {"-Xmx300m"})
public class NcciBench {

    static final String PTP = "ptp_practitioner_eff_2024-07-01.csv.gz";

    static Path ncci(String name) {
        return org.openrcm.bench.SharedData.codes("ncci/" + name);
    }

    static PtpTable load() {
        try (InputStream in = Files.newInputStream(ncci(PTP))) {
            PtpTable t = PtpTable.read(in, PTP);
            if (t.size() != 2_546_017 || t.activeCount() != 1_669_820) {
                throw new IllegalStateException("the PTP file did not load as published");
            }
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public PtpTable loadCold() {
        return load();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(1)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public PtpTable loadWarm() {
        return load();
    }

    static final int PAIRS = 4096;

    @State(Scope.Benchmark)
    public static class Loaded {
        PtpTable table;
        String[] column1 = new String[PAIRS];
        String[] column2 = new String[PAIRS];
        final LocalDate date = LocalDate.of(2024, 7, 1);

        @Setup(Level.Trial)
        public void load() throws IOException {
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long before = rt.totalMemory() - rt.freeMemory();
            table = NcciBench.load();
            System.gc();
            long after = rt.totalMemory() - rt.freeMemory();
            System.out.printf("%n[PTP table retained heap: %d MB]%n", (after - before) >> 20);
            List<String[]> pairs = new ArrayList<>();
            try (BufferedReader r = Files.newBufferedReader(
                    ncci("ptp_practitioner_eff_2024-07-01_sample.csv"), StandardCharsets.UTF_8)) {
                r.readLine();
                for (String line; (line = r.readLine()) != null; ) {
                    String[] f = line.split(",", 3);
                    // fresh strings, as a claim's codes would be
                    pairs.add(new String[] {new String(f[0]), new String(f[1])});
                }
            }
            Collections.shuffle(pairs, new Random(5));
            for (int i = 0; i < PAIRS; i++) {
                String[] p = pairs.get(i);
                boolean reverse = i % 2 == 1;
                column1[i] = reverse ? p[1] : p[0];
                column2[i] = reverse ? p[0] : p[1];
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Fork(1)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @OperationsPerInvocation(PAIRS)
    public void lookup(Loaded s, Blackhole bh) {
        for (int i = 0; i < PAIRS; i++) {
            bh.consume(s.table.edit(s.column1[i], s.column2[i], s.date));
        }
    }
}
