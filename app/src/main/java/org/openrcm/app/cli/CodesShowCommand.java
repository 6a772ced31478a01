package org.openrcm.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.codes.CodeLibrary;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.icd10cm.AppliedNote;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code openrcm codes show} and {@code codes search}: a code explained on a date of service, codes found from words. */
final class CodesShowCommand {
    private CodesShowCommand() {}

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
                converter = CodesCommand.SystemConverter.class,
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
                converter = CodesCommand.SystemConverter.class,
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
