package org.openrcm.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.codes.CodeLibrary;
import org.openrcm.app.codes.OfficialFiles;
import org.openrcm.codes.imports.CodeImport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code openrcm codes import} and {@code codes download}: official files into the code library, with a progress bar. */
final class CodesImportCommand {
    private CodesImportCommand() {}

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
}
