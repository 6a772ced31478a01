package org.openrcm.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.codes.CodeLibrary;
import org.openrcm.app.codes.OfficialFiles;
import org.openrcm.app.codes.ReleaseOverview;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.ReleaseDiff;
import org.openrcm.codes.icd10cm.AppliedNote;
import org.openrcm.codes.imports.CodeImport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code openrcm codes import|show|diff|releases}: the code sets on the command line. */
@Command(
        name = "codes",
        description = "Imports official code-set files and looks codes up, searches them and compares releases.",
        subcommands = {
            CodesCommand.Import.class,
            CodesCommand.Show.class,
            CodesCommand.Search.class,
            CodesCommand.Diff.class,
            CodesCommand.Releases.class,
            CodesCommand.Download.class
        })
final class CodesCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class SystemConverter implements ITypeConverter<CodeSystem> {
        @Override
        public CodeSystem convert(String value) {
            return CodeSystem.parse(value);
        }
    }

    @Command(
            name = "import",
            description = "Imports official files, folders or the zips CMS/CDC publish. The kind and release of each"
                    + " file are recognised; a bad file imports nothing; the same file twice changes nothing.")
    static final class Import implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or zips.")
        List<Path> paths = new ArrayList<>();

        @Option(
                names = "--effective",
                paramLabel = "YYYY-MM-DD",
                description = "The date the files take effect, when their names do not tell (e.g. 2026-04-01 for"
                        + " an April update).")
        @Nullable
        LocalDate effective;

        @Option(
                names = "--replace",
                description = "Replace a file already imported for the same release with this one (a corrected file).")
        boolean replace;

        @Option(
                names = "--force",
                description = "Import even when the release deletes more than a tenth of the codes of the one before"
                        + " (which usually means a file cut short).")
        boolean force;

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (ConfigurableApplicationContext context = Launch.batch(database.resolve(), database.home(), Map.of())) {
                CodeLibrary.ImportResult result = context.getBean(CodeLibrary.class)
                        .importFiles(
                                paths,
                                effective,
                                new CodeLibrary.Overrides(replace, force),
                                new ProgressBar(err),
                                System.getProperty("user.name", "unknown") + " (command line)");
                for (CodeLibrary.FileResult f : result.files()) {
                    out.printf(
                            "%-9s %s%s%n", f.outcome(), f.fileName(), f.note().isEmpty() ? "" : " — " + f.note());
                }
                for (CodeLibrary.ReleaseSummary r : result.releases()) {
                    out.println(summary(r));
                }
                if (!result.changedAnything()) {
                    out.println("Nothing changed.");
                }
                return 0;
            }
        }

        static String summary(CodeLibrary.ReleaseSummary r) {
            StringBuilder s = new StringBuilder();
            s.append(String.format(
                    "%s %s (effective %s): %,d codes, %,d billable",
                    r.system().label(), r.releaseId(), r.effective(), r.codes(), r.billable()));
            if (r.tabular()) {
                s.append(", tabular notes");
            }
            if (r.indexEntries() > 0) {
                s.append(String.format(", %,d index entries", r.indexEntries()));
            }
            if (r.previousId() != null) {
                s.append(String.format(
                        "; against %s: %,d added, %,d deleted, %,d revised",
                        r.previousId(), r.added(), r.deleted(), r.revised()));
            }
            return s.toString();
        }
    }

    /** Draws a bar on a terminal; one line per file elsewhere (CI logs, pipes). */
    static final class ProgressBar implements CodeImport.Progress {
        private final PrintWriter err;
        private final boolean terminal = System.console() != null && System.getenv("CI") == null;
        private String name = "";
        private long size;

        ProgressBar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void start(String fileName, long size) {
            this.name = fileName.length() > 48 ? "…" + fileName.substring(fileName.length() - 47) : fileName;
            this.size = Math.max(size, 1);
            if (terminal) {
                advanced(0);
            } else {
                err.printf("Reading %s (%,d bytes)%n", fileName, size);
                err.flush();
            }
        }

        @Override
        public void advanced(long bytesRead) {
            if (!terminal) {
                return;
            }
            int percent = (int) Math.min(100, bytesRead * 100 / size);
            int filled = percent * 30 / 100;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + String.format("%3d%% ", percent)
                    + name);
            err.flush();
        }

        @Override
        public void done() {
            if (terminal) {
                advanced(size);
                err.println();
                err.flush();
            }
        }
    }

    @Command(
            name = "show",
            description = "Explains a code as it was on a date of service: title, billable or header, parents, the"
                    + " notes that apply (inherited too) and 7th characters.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "CODE", description = "Dotted or not: E11.9 or E119.")
        String code;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "Date of service (default: today).")
        @Nullable
        LocalDate on;

        @Option(
                names = "--system",
                paramLabel = "SYSTEM",
                converter = SystemConverter.class,
                description = "icd10cm (default), icd10pcs, hcpcs, cpt, modifier, pos, carc, rarc, group, taxonomy.")
        CodeSystem system = CodeSystem.ICD10CM;

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            LocalDate date = on != null ? on : LocalDate.now();
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context =
                    Launch.batch(database.resolveExisting(), database.home(), Map.of())) {
                Catalog catalog = context.getBean(CodeLibrary.class).catalog(system);
                Optional<Release> release = catalog.releaseOn(system, date);
                if (release.isEmpty()) {
                    throw new CliFailure(
                            CliFailure.FAILED,
                            "No " + system.label() + " release in force on " + date
                                    + " has been imported; 'openrcm codes import' loads one.");
                }
                Optional<Catalog.Lookup> found = catalog.lookup(system, code, date);
                if (found.isEmpty()) {
                    out.println(notFound(context.getBean(CodeLibrary.class), release.get(), date));
                    return 1;
                }
                print(out, found.get(), date);
                return 0;
            }
        }

        private String notFound(CodeLibrary library, Release inForce, LocalDate date) {
            StringBuilder s = new StringBuilder(String.format(
                    "%s is not a code of %s %s, in force on %s.", code, system.label(), inForce.id(), date));
            for (Release r : library.releasesHolding(system, code)) {
                s.append(String.format(" It is in %s (effective %s).", r.id(), r.effective()));
            }
            return s.toString();
        }

        static void print(PrintWriter out, Catalog.Lookup l, LocalDate date) {
            Code c = l.code();
            out.printf("%s  %s%n", c.display(), c.longTitle().isEmpty() ? "(no descriptor loaded)" : c.longTitle());
            String status = l.status().sentence();
            out.printf(
                    "  %s %s (effective %s) on %s: %s%n",
                    c.system().label(), l.release().id(), l.release().effective(), date, status);
            if (!l.validOnDate()) {
                out.printf(
                        "  NOT VALID on %s: the code is valid %s to %s%n",
                        date, c.validFrom() == null ? "" : c.validFrom(), c.validTo() == null ? "" : c.validTo());
            }
            if (!c.shortTitle().isEmpty() && !c.shortTitle().equals(c.longTitle())) {
                out.printf("  Short title: %s%n", c.shortTitle());
            }
            for (Code p : l.parents()) {
                out.printf("  Parent: %s  %s%n", p.display(), p.longTitle());
            }
            l.release().tabular().ifPresent(t -> {
                t.chapterOf(c.value()).ifPresent(ch -> out.printf("  Chapter %s: %s%n", ch.number(), ch.title()));
                t.sectionOf(c.value()).ifPresent(s -> out.printf("  Section %s: %s%n", s.id(), s.title()));
            });
            for (Map.Entry<String, String> d : c.details().entrySet()) {
                out.printf("  %s: %s%n", d.getKey(), d.getValue());
            }
            if (!l.notes().isEmpty()) {
                out.println("  Notes that apply:");
                for (AppliedNote n : l.notes()) {
                    out.printf("    %s (%s): %s%n", n.kind().label(), n.from(), n.text());
                }
            }
            l.seventhCharacters().ifPresent(s -> {
                out.printf(
                        "  7th characters (defined on %s)%s%n",
                        s.from(), s.note().isEmpty() ? "" : ": " + s.note());
                for (var ch : s.characters()) {
                    out.printf("    %s  %s%n", ch.value(), ch.meaning());
                }
            });
        }
    }

    @Command(name = "diff", description = "Codes added, deleted and retitled between two releases.")
    static final class Diff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FROM", description = "A release id, e.g. FY2025.")
        String from;

        @Parameters(index = "1", paramLabel = "TO", description = "A later release id, e.g. FY2026.")
        String to;

        @Option(
                names = "--system",
                paramLabel = "SYSTEM",
                converter = SystemConverter.class,
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
                List<ReleaseOverview> releases =
                        context.getBean(CodeLibrary.class).overview();
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
                return 0;
            }
        }
    }

    @Command(
            name = "download",
            description = "Downloads the official release zips of a fiscal year from CMS (or a mirror with the same"
                    + " layout) and imports them.")
    static final class Download implements Callable<Integer> {
        @Option(
                names = "--year",
                paramLabel = "FY",
                description = "Fiscal year, e.g. 2026 (default: the fiscal year of today).")
        @Nullable
        Integer year;

        @Option(
                names = "--source",
                paramLabel = "URL",
                description = "Where to download from (default: ${DEFAULT-VALUE}).")
        String source = OfficialFiles.CMS;

        @Option(names = "--to", paramLabel = "DIR", description = "Keep the zips here (default: under --home).")
        @Nullable
        Path to;

        @Option(names = "--no-import", description = "Only download.")
        boolean noImport;

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            LocalDate today = LocalDate.now();
            int fy = year != null ? year : today.getMonthValue() >= 10 ? today.getYear() + 1 : today.getYear();
            Path folder = to != null ? to : database.home().resolve("downloads").resolve("FY" + fy);
            List<OfficialFiles.Fetched> fetched = OfficialFiles.download(source, fy, folder);
            List<Path> zips = new ArrayList<>();
            for (OfficialFiles.Fetched f : fetched) {
                if (f.ok()) {
                    out.printf("Downloaded %s (%,d bytes)%n", f.url(), f.bytes());
                    zips.add(f.file());
                } else {
                    out.printf("Not fetched %s: %s%n", f.url(), f.problem());
                }
            }
            if (noImport) {
                out.println("Files in " + folder + "; 'openrcm codes import " + folder + "' imports them.");
                return 0;
            }
            Import importer = new Import();
            importer.paths = zips;
            importer.database = database;
            importer.spec = spec;
            return importer.call();
        }
    }

    @Command(
            name = "search",
            description = "Finds codes from words: titles, inclusion terms and index paths, ranked, billable first;"
                    + " abbreviations (HTN, CHF, DM2…) and typos tolerated.")
    static final class Search implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "WORDS", description = "e.g. \"type 2 diabetes with neuropathy\".")
        String words;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "Date of service (default: today).")
        @Nullable
        LocalDate on;

        @Option(
                names = "--system",
                paramLabel = "SYSTEM",
                converter = SystemConverter.class,
                description = "icd10cm, icd10pcs, hcpcs, cpt… (default: all).")
        @Nullable
        CodeSystem system;

        @Option(names = "--limit", description = "How many codes (default ${DEFAULT-VALUE}).")
        int limit = 15;

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            LocalDate date = on != null ? on : LocalDate.now();
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context =
                    Launch.batch(database.resolveExisting(), database.home(), Map.of())) {
                List<org.openrcm.app.codes.Suggestion> found =
                        context.getBean(CodeLibrary.class).search(words, system, date, limit);
                if (found.isEmpty()) {
                    out.println("No code found for \"" + words + "\" on " + date + ".");
                    return 1;
                }
                int rank = 1;
                for (org.openrcm.app.codes.Suggestion s : found) {
                    out.printf(
                            "%2d. %s%-9s %s%s%n      %s%n",
                            rank++,
                            system == null ? s.systemLabel() + " " : "",
                            s.display(),
                            s.title().isEmpty() ? "(no descriptor loaded)" : s.title(),
                            s.billable() ? "" : "  (not billable)",
                            s.reason());
                }
                return 0;
            }
        }
    }
}
