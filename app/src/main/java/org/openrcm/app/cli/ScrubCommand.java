package org.openrcm.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.codes.CodeLibrary;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.imports.CodeImport;
import org.openrcm.edits.Edits;
import org.openrcm.edits.Finding;
import org.openrcm.edits.ReferenceData;
import org.openrcm.edits.Scrubber;
import org.openrcm.edits.Severity;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.claim.ClaimJson;
import org.openrcm.edits.claim.ClaimJsonException;
import org.openrcm.edits.history.SubmittedClaims;
import org.openrcm.edits.ncci.NcciRelease;
import org.openrcm.edits.ncci.NcciTables;
import org.openrcm.edits.packs.RulePackException;
import org.openrcm.edits.packs.RulePacks;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code openrcm scrub CLAIMS.json}: the claim edit engine on canonical claim JSON, against the imported code sets and
 * the payer rule packs given with {@code --rules}.
 */
@Command(
        name = "scrub",
        description = "Checks claims (canonical claim JSON: one claim or an array) as a payer would: code validity on"
                + " the date of service, age and sex, Excludes1, NCCI PTP/MUE/add-on edits of the quarter in force, modifiers, pointers,"
                + " required fields, duplicates, timely filing, and the payer rule packs given with --rules. Exit 0"
                + " when no claim has an error finding, 1 otherwise, 2 when the input cannot be read.")
final class ScrubCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CLAIMS.json")
    Path file;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day of scrubbing (default: today).")
    @Nullable
    LocalDate on;

    @Option(names = "--json", description = "Print the findings as JSON.")
    boolean json;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Read the code sets and NCCI tables from a folder laid out like the official downloads"
                    + " (ICD-10-CM order files, tabular XML, HCPCS, CPT numbers, ncci/), instead of the database.")
    @Nullable
    Path data;

    @Option(
            names = "--submitted",
            paramLabel = "CLAIMS.json",
            description = "Claims already sent to payers (canonical claim JSON): a claim repeating one of them is a"
                    + " DUPLICATE_CLAIM. Claims earlier in CLAIMS.json count as sent too.")
    @Nullable
    Path submitted;

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "Also apply payer rule packs (YAML or JSON, docs/rule-packs.md): every .yaml, .yml and .json"
                    + " file of a folder, or one file. A refused pack is exit 2 with its file, line and reason.")
    @Nullable
    Path rules;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Claim> claims = readClaims(file);
        if (claims.isEmpty()) {
            out.println(file + " holds no claims: nothing to check.");
            return 0;
        }
        LocalDate today = on != null ? on : LocalDate.now();
        RulePacks packs = RulePacks.EMPTY;
        if (rules != null) {
            try {
                packs = RulePacks.read(rules);
            } catch (RulePackException e) {
                throw new CliFailure(2, e.getMessage());
            }
        }
        if (data != null) {
            return scrub(out, claims, fromFolder(data, today).withRules(packs));
        }
        try (ConfigurableApplicationContext context =
                Launch.batch(database.resolveExisting(), database.home(), Map.of())) {
            CodeLibrary library = context.getBean(CodeLibrary.class);
            NcciTables ncci = library.ncci();
            if (ncci.isEmpty()) {
                // said once here rather than as a finding on every claim
                spec.commandLine()
                        .getErr()
                        .println("Note: no NCCI tables are imported, so PTP, MUE and add-on code edits were not"
                                + " checked; 'openrcm codes import' the CMS NCCI files to check them.");
            }
            return scrub(out, claims, new ReferenceData(library.catalog(), ncci, today).withRules(packs));
        }
    }

    private static List<Claim> readClaims(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new CliFailure(2, file + " does not exist");
            }
            return ClaimJson.read(file);
        } catch (ClaimJsonException e) {
            throw new CliFailure(2, file + ": " + e.getMessage());
        }
    }

    /** The code sets of a folder, read on the fly, and its {@code ncci/} tables when it has them. */
    private static ReferenceData fromFolder(Path folder, LocalDate today) {
        if (!Files.isDirectory(folder)) {
            throw new CliFailure(2, folder + " is not a folder");
        }
        Catalog catalog = new Catalog();
        try {
            var plan = CodeImport.plan(CodeImport.expand(List.of(folder)), null);
            for (CodeImport.Part part : CodeImport.readAll(plan, CodeImport.Progress.NONE)) {
                part.releases().forEach(catalog::add);
                if (part.fees() != null) {
                    catalog.add(part.fees());
                }
            }
        } catch (CodeImportException e) {
            throw new CliFailure(2, e.getMessage());
        }
        Path ncci = folder.resolve("ncci");
        return new ReferenceData(
                catalog, Files.isDirectory(ncci) ? NcciTables.of(NcciRelease.read(ncci)) : NcciTables.none(), today);
    }

    private int scrub(PrintWriter out, List<Claim> claims, ReferenceData data) {
        Scrubber scrubber = Edits.standard();
        SubmittedClaims history = SubmittedClaims.of(submitted == null ? List.of() : readClaims(submitted));
        data = data.withSubmitted(history);
        boolean errors = false;
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            List<Finding> findings = scrubber.scrub(claim, data);
            errors |= !Scrubber.clean(findings);
            String id = claim.id() != null ? claim.id() : "claim " + (i + 1);
            history.add(claim, id);
            if (json) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("claim", id);
                r.put("findings", findings.stream().map(ScrubCommand::asMap).toList());
                results.add(r);
            } else {
                print(out, id, findings);
            }
        }
        if (json) {
            out.println(X12Command.json()
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(claims.size() == 1 ? results.getFirst() : results));
        }
        return errors ? 1 : 0;
    }

    private static Map<String, Object> asMap(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("severity", f.severity().name());
        m.put("line", f.line());
        m.put("codes", f.codes());
        m.put("message", f.message());
        m.put(
                "reference",
                Map.of(
                        "table",
                        f.reference().table(),
                        "release",
                        f.reference().release(),
                        "row",
                        f.reference().row()));
        return m;
    }

    private static void print(PrintWriter out, String id, List<Finding> findings) {
        long errors =
                findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        out.printf(
                "%s: %s%n",
                id,
                findings.isEmpty()
                        ? "clean"
                        : errors + " error" + (errors == 1 ? "" : "s") + ", " + (findings.size() - errors) + " warning"
                                + (findings.size() - errors == 1 ? "" : "s"));
        for (Finding f : findings) {
            out.printf(
                    "  %-7s %-20s %s%s%n",
                    f.severity(), f.rule(), f.line() == null ? "" : "line " + f.line() + ": ", f.message());
        }
    }
}
