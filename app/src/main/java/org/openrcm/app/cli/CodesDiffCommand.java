package org.openrcm.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openrcm.app.codes.CodeLibrary;
import org.openrcm.app.codes.NcciQuarter;
import org.openrcm.app.codes.ReleaseOverview;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.ReleaseDiff;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code openrcm codes diff} and {@code codes releases}: what changed between releases, and what is imported. */
final class CodesDiffCommand {
    private CodesDiffCommand() {}

    @Command(name = "diff", description = "Codes added, deleted and retitled between two releases.")
    static final class Diff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FROM", description = "A release id, e.g. FY2025.")
        String from;

        @Parameters(index = "1", paramLabel = "TO", description = "A later release id, e.g. FY2026.")
        String to;

        @Option(
                names = "--system",
                paramLabel = "SYSTEM",
                converter = CodesCommand.SystemConverter.class,
                description = "icd10cm (default), icd10pcs, hcpcs, cpt, taxonomy…")
        CodeSystem system = CodeSystem.ICD10CM;

        @Option(names = "--limit", description = "Codes listed per group (default ${DEFAULT-VALUE}; 0 = all).")
        int limit = 50;

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context =
                    Launch.batch(database.resolveExisting(), database.home(), Map.of())) {
                ReleaseDiff diff = context.getBean(CodeLibrary.class).diff(system, from, to);
                out.printf(
                        "%s %s → %s: %,d added, %,d deleted, %,d retitled%n",
                        system.label(),
                        diff.from().id(),
                        diff.to().id(),
                        diff.added().size(),
                        diff.deleted().size(),
                        diff.retitled().size());
                list(
                        out,
                        "Added",
                        diff.added().stream()
                                .map(c -> c.display() + "  " + c.longTitle())
                                .toList());
                list(
                        out,
                        "Deleted",
                        diff.deleted().stream()
                                .map(c -> c.display() + "  " + c.longTitle())
                                .toList());
                list(
                        out,
                        "Retitled",
                        diff.retitled().stream()
                                .map(r ->
                                        r.after().display() + "  " + r.before().longTitle() + "\n      → "
                                                + r.after().longTitle())
                                .toList());
                return 0;
            }
        }

        private void list(PrintWriter out, String heading, List<String> lines) {
            if (lines.isEmpty()) {
                return;
            }
            out.println(heading + ":");
            int shown = limit == 0 ? lines.size() : Math.min(limit, lines.size());
            for (int i = 0; i < shown; i++) {
                out.println("  " + lines.get(i));
            }
            if (shown < lines.size()) {
                out.printf("  … and %,d more (--limit 0 lists all)%n", lines.size() - shown);
            }
        }
    }

    @Command(name = "releases", description = "Lists the releases imported, with their files.")
    static final class Releases implements Callable<Integer> {
        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context =
                    Launch.batch(database.resolveExisting(), database.home(), Map.of())) {
                CodeLibrary library = context.getBean(CodeLibrary.class);
                List<ReleaseOverview> releases = library.overview();
                for (String problem : library.unreadableFiles()) {
                    out.println("Not read (this version cannot read it; import it again): " + problem);
                }
                if (releases.isEmpty()) {
                    out.println("No code sets imported yet. 'openrcm codes import PATH…' loads the official files.");
                }
                CodeSystem shown = null;
                for (ReleaseOverview r : releases) {
                    if (r.system() != shown) {
                        out.println(r.systemLabel() + ":");
                        shown = r.system();
                    }
                    out.printf(
                            "  %s (effective %s): %,d codes, %,d billable%s%s%n",
                            r.id(),
                            r.effective(),
                            r.codes(),
                            r.billable(),
                            r.indexEntries() > 0 ? String.format(", %,d index entries", r.indexEntries()) : "",
                            r.starter() ? " — starter set for the demo, not for billing" : "");
                    for (ReleaseOverview.FileInfo f : r.files()) {
                        out.printf(
                                "    %s (%s, imported %s by %s)%n", f.name(), f.kind(), f.importedAt(), f.importedBy());
                    }
                }
                List<NcciQuarter> ncci = library.ncciQuarters();
                if (!ncci.isEmpty()) {
                    out.println("NCCI edits (a date of service takes the latest quarter in force on it):");
                }
                for (NcciQuarter q : ncci) {
                    out.printf("  %s (effective %s)%n", q.id(), q.effective());
                    for (ReleaseOverview.FileInfo f : q.files()) {
                        out.printf(
                                "    %s (%s; %s; imported %s by %s)%n",
                                f.name(), f.kind(), f.summary(), f.importedAt(), f.importedBy());
                    }
                }
                return 0;
            }
        }
    }
}
