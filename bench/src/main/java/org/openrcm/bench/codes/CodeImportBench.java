package org.openrcm.bench.codes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openrcm.codes.imports.CodeImport;
import org.openrcm.codes.imports.ReleaseFile;

/**
 * Import of the FY2026 ICD-10-CM order file (14.7 MB, 98,186 codes) by the engine: recognised, named, read whole and
 * checked into a release, as {@code openrcm codes import} does before it stores the file. SingleShotTime: {@code cold}
 * is the first import of a fresh JVM (one per fork), {@code warm} after a few. The end-to-end command (JVM start,
 * database, storing the file) is timed by {@code bench/scripts/codes-import-bench.sh}.
 */
@Fork(
        value = 5,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CodeImportBench {

    /** The file's bytes, read once, as the importer holds them. */
    @State(Scope.Benchmark)
    public static class OrderFileBytes {
        ReleaseFile file;

        @Setup(Level.Trial)
        public void read() {
            try {
                file = new ReleaseFile(
                        "icd10cm_order_2026.txt",
                        Files.readAllBytes(Icd10cmFiles.codes("icd10cm/fy2026/icd10cm_order_2026.txt")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static CodeImport.Part importOnce(ReleaseFile file) {
        CodeImport.Planned planned =
                CodeImport.plan(java.util.List.of(file), null).getFirst();
        CodeImport.Part part = CodeImport.read(planned, CodeImport.Progress.NONE);
        if (part.releases().getFirst().billableCount() != 74_719
                || !part.release().effective().equals(LocalDate.of(2025, 10, 1))) {
            throw new IllegalStateException("the FY2026 order file did not import as published");
        }
        return part;
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public CodeImport.Part cold(OrderFileBytes bytes) {
        return importOnce(bytes.file);
    }

    @Benchmark
    @Fork(1)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public CodeImport.Part warm(OrderFileBytes bytes) {
        return importOnce(bytes.file);
    }
}
