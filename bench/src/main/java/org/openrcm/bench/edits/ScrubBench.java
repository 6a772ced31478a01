package org.openrcm.bench.edits;

import java.math.BigDecimal;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openrcm.bench.SharedData;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.imports.CodeImport;
import org.openrcm.edits.Edits;
import org.openrcm.edits.Finding;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Scrubber;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.ncci.NcciRelease;
import org.openrcm.edits.ncci.NcciTables;
import org.openrcm.edits.packs.RulePacks;

/**
 * The scrubber's throughput (issue 5: 100,000 claims of 4 lines a second on one core) with every standard edit over
 * the full reference data: the practitioner PTP table (2.5M rows), the MUE tables and add-on edits, FY2026 ICD-10-CM
 * (order file; Excludes1 reads the notes of the FY2021 tabular list, the latest imported), HCPCS, CPT numbers,
 * modifiers and the MPFS RVU file. The claims are generated (seed 7): an E/M visit and three procedures among 20 common ones
 * (injections, labs, ECG, x-ray, biopsies…), 1-4 diagnoses among 2,000 billable FY2026 codes, modifiers on a third of the lines; so some claims have
 * findings, as in life. Half the claims go to Medicare, half to the commercial payer of the documented example rule
 * pack (docs/rule-packs), which is loaded: filing limit, modifiers, coverage lists and custom rules apply to those. {@code loadCold} times the tables the goal names (PTP, MUE, add-on, FY2026 ICD-10-CM) in a
 * fresh JVM capped at 300 MB.
 */
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
public class ScrubBench {

    static final int CLAIMS = 4096;
    static final LocalDate SERVICE = LocalDate.of(2026, 3, 2);

    /** The documented example rule pack, from the project's docs (the benchmark runs from the project or bench/). */
    static Path examplePack() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path pack = p.resolve("docs/rule-packs/example-commercial.yaml");
            if (java.nio.file.Files.isRegularFile(pack)) {
                return pack;
            }
        }
        throw new IllegalStateException("docs/rule-packs/example-commercial.yaml not found: run from the project");
    }

    static Path codes(String relative) {
        return SharedData.codes(relative);
    }

    static Catalog catalog(boolean everything) {
        Catalog catalog = new Catalog();
        List<Path> files = new ArrayList<>(List.of(codes("icd10cm/fy2026/icd10cm_order_2026.txt")));
        if (everything) {
            files.addAll(List.of(
                    codes("hcpcs/hcpcs_level2_2024_jul.csv"),
                    codes("hcpcs/modifiers_2024.csv"),
                    codes("cpt/cpt_code_numbers_from_pprrvu_2024_jul.csv"),
                    codes("fees/PPRRVU2024_JUL_rvu24c.csv")));
        }
        if (everything) {
            files.add(codes("icd10cm/tabular-fy2021/icd10cm_tabular_2021.xml"));
        }
        add(catalog, CodeImport.plan(CodeImport.expand(files), null));
        return catalog;
    }

    private static void add(Catalog catalog, List<CodeImport.Planned> plan) {
        for (CodeImport.Part part : CodeImport.readAll(plan, CodeImport.Progress.NONE)) {
            part.releases().forEach(catalog::add);
            if (part.fees() != null) {
                catalog.add(part.fees());
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(
            value = 3,
            jvmArgsAppend = {"-Xmx300m"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Object loadCold() {
        return new ReferenceData(catalog(false), NcciTables.of(NcciRelease.read(codes("ncci"))), SERVICE);
    }

    @State(Scope.Benchmark)
    public static class Loaded {
        Scrubber scrubber = Edits.standard();
        ReferenceData data;
        Claim[] claims = new Claim[CLAIMS];

        @Setup(Level.Trial)
        public void load() {
            data = new ReferenceData(
                            catalog(true), NcciTables.of(NcciRelease.read(codes("ncci"))), LocalDate.of(2026, 3, 20))
                    .withRules(RulePacks.read(examplePack()));
            Release icd = data.catalog().releaseOn(CodeSystem.ICD10CM, SERVICE).orElseThrow();
            List<String> billable = icd.codes().stream()
                    .filter(Code::billable)
                    .map(Code::value)
                    .filter(c -> !c.startsWith("O") && !c.startsWith("P") && !c.startsWith("Z3"))
                    .toList();
            Random random = new Random(7);
            List<String> diagnoses = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                diagnoses.add(billable.get(random.nextInt(billable.size())));
            }
            String[] visits = {"99202", "99203", "99204", "99212", "99213", "99214", "99215"};
            String[] procedures = {
                "20610", "36415", "81002", "93000", "71046", "80053", "85025", "11102", "17000", "96372", "J1100",
                "G0008", "90686", "69210", "94640", "97110", "11721", "20552", "64483", "12001"
            };
            String[] modifiers = {"59", "RT", "LT", "XS", "76"};
            int findings = 0;
            for (int c = 0; c < CLAIMS; c++) {
                List<String> dx = new ArrayList<>();
                int n = 1 + random.nextInt(4);
                for (int d = 0; d < n; d++) {
                    dx.add(diagnoses.get(random.nextInt(diagnoses.size())));
                }
                List<Claim.Line> lines = new ArrayList<>();
                lines.add(line(
                        visits[random.nextInt(visits.length)], random.nextBoolean() ? List.of("25") : List.of(), n));
                for (int l = 0; l < 3; l++) {
                    List<String> mods =
                            random.nextInt(3) == 0 ? List.of(modifiers[random.nextInt(modifiers.length)]) : List.of();
                    lines.add(line(procedures[random.nextInt(procedures.length)], mods, n));
                }
                claims[c] = claim("C-" + c, dx, lines, random.nextBoolean() ? "F" : "M", c % 2 == 0);
                List<Finding> f = scrubber.scrub(claims[c], data);
                findings += f.size();
            }
            System.out.printf("%n[%d claims, %d findings]%n", CLAIMS, findings);
        }

        private static Claim.Line line(String code, List<String> modifiers, int diagnoses) {
            List<Integer> pointers = new ArrayList<>();
            for (int p = 1; p <= Math.min(diagnoses, 4); p++) {
                pointers.add(p);
            }
            return new Claim.Line(code, modifiers, BigDecimal.ONE, new BigDecimal("100.00"), pointers, SERVICE);
        }

        private static Claim claim(String id, List<String> dx, List<Claim.Line> lines, String sex, boolean medicare) {
            Claim.Address address = new Claim.Address("12 OAK ST", "SPRINGFIELD", "IL", "62701");
            Claim.Name name = new Claim.Name("DOE", "ALEX");
            return new Claim(
                    id,
                    "professional",
                    "1",
                    medicare
                            ? new Claim.Payer("MCR-J12", "Medicare Part B J12", "medicare")
                            : new Claim.Payer("ACME01", "Acme Health", "commercial"),
                    new Claim.Subscriber("1EG4TE5MK73", "self", name, address),
                    new Claim.Patient("P-" + id, name, LocalDate.of(1950, 4, 2), sex, address),
                    new Claim.Provider("1234567893", "207Q00000X", "371234567", "OAK FAMILY PRACTICE", address),
                    new Claim.Provider("1234567893", null, null, null, null),
                    "11",
                    LocalDate.of(2026, 3, 20),
                    null,
                    dx,
                    lines);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @OperationsPerInvocation(CLAIMS)
    public void scrub(Loaded s, Blackhole bh) {
        for (Claim claim : s.claims) {
            bh.consume(s.scrubber.scrub(claim, s.data));
        }
    }
}
