package org.openrcm.bench.codes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.openjdk.jmh.infra.Blackhole;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.search.CodeSearch;

/**
 * Code search and lookup of issue 4 on the real FY2025 ICD-10-CM release with every index term the shared data holds
 * (order file, alphabetic index, external cause index, neoplasm and drug tables: about 280,000 entries):
 *
 * <ul>
 *   <li>{@code suggest}: type-ahead, one call per keystroke of coders typing phrases and codes ({@code d}, {@code
 *       di}, … {@code diab neu}, {@code E}, {@code E1}, … {@code E11.65}), SampleTime for its percentiles (the goal:
 *       p99 under 5 ms);
 *   <li>{@code search}: full searches (abbreviations, typos) of the same phrases;
 *   <li>{@code lookupCatalog} / {@code lookupRelease}: a code by its value, through {@link Catalog#icd10cm} (a date
 *       of service, parents, notes) and through {@link Release#code};
 *   <li>{@code build}, {@code buildCold}: building the search for the release (it is built when a release is
 *       loaded), SingleShotTime: warm, and the first build of a fresh JVM (one per fork).
 * </ul>
 *
 * <p>Run with {@code bench/scripts/codes-search-bench.sh}.
 */
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CodeSearchBench {

    /** What coders type, whole; the type-ahead benchmark types each one keystroke by keystroke. */
    static final List<String> TYPED = List.of(
            "type 2 diabetes with neuropathy",
            "diab neu",
            "hypertension",
            "htn with ckd",
            "chf",
            "acute myocardial infarction",
            "copd with exacerbation",
            "pneumonia",
            "urinary tract infection",
            "fracture of left femur",
            "fall from ladder",
            "poisoning by aspirin",
            "malignant neoplasm of breast",
            "major depressive disorder",
            "low back pain",
            "atrial fibrillation",
            "E11.65",
            "I10",
            "S72.001A",
            "J44.1");

    /** The release read from the files. */
    @State(Scope.Benchmark)
    public static class Loaded {
        Release release;

        @Setup(Level.Trial)
        public void load() {
            release = Icd10cmFiles.fy2025WithIndex();
        }
    }

    /** The release with its search and a catalog holding it, and what is typed and looked up. */
    @State(Scope.Benchmark)
    public static class Searching {
        CodeSearch search;
        Release release;
        Catalog catalog;
        LocalDate date;
        String[] keystrokes;
        String[] phrases;
        String[] values;
        int next;

        @Setup(Level.Trial)
        public void build(Loaded loaded) {
            release = loaded.release;
            search = CodeSearch.of(List.of(release));
            catalog = new Catalog();
            catalog.add(release);
            date = release.effective().plusMonths(3);
            List<String> k = new ArrayList<>();
            for (String t : TYPED) {
                for (int i = 1; i <= t.length(); i++) {
                    if (t.charAt(i - 1) != ' ') {
                        k.add(t.substring(0, i));
                    }
                }
            }
            keystrokes = k.toArray(String[]::new);
            phrases = TYPED.toArray(String[]::new);
            List<Code> codes = new ArrayList<>(release.codes());
            Random random = new Random(42);
            values = new String[4096];
            for (int i = 0; i < values.length; i++) {
                values[i] = codes.get(random.nextInt(codes.size())).display();
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    public List<CodeSearch.Hit> suggest(Searching s) {
        return s.search.suggest(s.keystrokes[s.next++ % s.keystrokes.length], null, 10);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    public List<CodeSearch.Hit> search(Searching s) {
        return s.search.search(s.phrases[s.next++ % s.phrases.length], CodeSearch.Options.limit(10));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void lookupCatalog(Searching s, Blackhole bh) {
        bh.consume(s.catalog.icd10cm(s.values[s.next++ & (s.values.length - 1)], s.date));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void lookupRelease(Searching s, Blackhole bh) {
        String typed = s.values[s.next++ & (s.values.length - 1)];
        bh.consume(s.release.code(CodeSystem.ICD10CM.normalize(typed)));
    }

    /** Building the search once the JVM has built it a few times. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public CodeSearch build(Loaded loaded) {
        return CodeSearch.of(List.of(loaded.release));
    }

    /** Building the search the first time in a JVM (as when the application loads a release): one per fork. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(
            value = 5,
            jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public CodeSearch buildCold(Loaded loaded) {
        return CodeSearch.of(List.of(loaded.release));
    }
}
