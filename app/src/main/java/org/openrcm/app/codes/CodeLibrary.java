package org.openrcm.app.codes;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.Refused;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.ReleaseDiff;
import org.openrcm.codes.imports.CodeImport;
import org.openrcm.codes.imports.FileKind;
import org.openrcm.codes.imports.ReleaseFile;
import org.openrcm.codes.imports.ReleaseName;
import org.openrcm.codes.search.CodeSearch;
import org.openrcm.codes.search.CodeSearchCache;
import org.openrcm.edits.ncci.NcciTables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Facade of the code sets: imports official files (all read and checked before anything is stored; stored in one
 * transaction; the same file twice changes nothing), and serves the catalog of dated releases built from what is
 * stored: lookups by code and date, release diffs.
 */
@Service
public class CodeLibrary {

    /** What happened to one file of an import. */
    public enum Outcome {
        IMPORTED,
        REPLACED,
        UNCHANGED,
        SKIPPED,
        /** A starter-set file removed because an official release of its system was imported. */
        REMOVED
    }

    public record FileResult(
            String fileName, String kind, @Nullable String releaseId, Outcome outcome, String note) {}

    /** A release touched by an import, counted, and compared with the release before it. */
    public record ReleaseSummary(
            CodeSystem system,
            String releaseId,
            LocalDate effective,
            int codes,
            long billable,
            int indexEntries,
            boolean tabular,
            @Nullable String previousId,
            int added,
            int deleted,
            int revised) {}

    public record ImportResult(List<FileResult> files, List<ReleaseSummary> releases) {
        public boolean changedAnything() {
            return files.stream()
                    .anyMatch(f -> f.outcome() == Outcome.IMPORTED
                            || f.outcome() == Outcome.REPLACED
                            || f.outcome() == Outcome.REMOVED);
        }
    }

    private final CodeFileRepository files;
    private final Clock clock;
    private final CatalogLoader catalogs;
    private final NcciLoader ncci;
    private final ReleaseImporter importer;
    private volatile @Nullable CodeSearchCache searches;

    CodeLibrary(CodeFileRepository files, PlatformTransactionManager transactions, Clock clock) {
        this.files = files;
        this.catalogs = new CatalogLoader(files);
        this.ncci = new NcciLoader(files);
        this.importer = new ReleaseImporter(files, new TransactionTemplate(transactions), clock, catalogs, ncci);
        this.clock = clock;
    }

    /**
     * Imports files, folders or zips. Every file is read whole first; a bad one refuses the import with its name and
     * line and nothing is stored. {@code effective}, when given, names the release of every file. A file that differs
     * from the one already imported for the same release is refused unless {@code replace} (a corrected file).
     */
    public ImportResult importFiles(
            List<Path> paths,
            @Nullable LocalDate effective,
            Overrides overrides,
            CodeImport.Progress progress,
            String importedBy) {
        List<ReleaseFile> expanded;
        try {
            expanded = CodeImport.expand(paths);
        } catch (CodeImportException e) {
            throw Refused.invalid("CODES_FILE_REFUSED", e.getMessage() + ". Nothing was imported.");
        }
        return importReleaseFiles(expanded, effective, overrides, progress, importedBy);
    }

    /**
     * Imports files already in memory (a zip among them is not opened: {@link #importFiles} expands them). As {@link
     * #importFiles}: all read first, nothing stored if one is bad. An official file of a system removes the starter
     * set of that system, so starter and official releases never mix in lookups and diffs.
     */
    public ImportResult importReleaseFiles(
            List<ReleaseFile> releaseFiles,
            @Nullable LocalDate effective,
            Overrides overrides,
            CodeImport.Progress progress,
            String importedBy) {
        return importer.importReleaseFiles(releaseFiles, effective, overrides, progress, importedBy);
    }

    /** Checks a user may lift for one import: replacing a file imported before, or many deletions. */
    public record Overrides(boolean replace, boolean force) {
        public static final Overrides NONE = new Overrides(false, false);
    }

    /** The catalog of every imported release, built from the stored files on first use. */
    public Catalog catalog() {
        return catalogs.catalog();
    }

    /**
     * A catalog holding at least the releases of {@code system}: the full catalog when it is loaded, else one built
     * for that system alone (a command that looks up one code need not parse every code set).
     */
    public Catalog catalog(CodeSystem system) {
        return catalogs.catalog(system);
    }

    /**
     * The NCCI tables imported (PTP, MUE, add-on code edits), by quarter, built from the stored files on first use and
     * rebuilt after an import; {@link NcciTables#none()} when none is imported.
     */
    public NcciTables ncci() {
        return ncci.tables();
    }

    /** The NCCI quarters imported, oldest first, with their files (read from the stored rows, not the tables). */
    public List<NcciQuarter> ncciQuarters() {
        Map<ReleaseName, List<ReleaseOverview.FileInfo>> quarters = new java.util.TreeMap<>(
                java.util.Comparator.comparing(ReleaseName::effective).thenComparing(ReleaseName::id));
        for (CodeFileRepository.Stored s : files.all()) {
            if (s.kind().readElsewhere()) {
                quarters.computeIfAbsent(s.release(), k -> new ArrayList<>())
                        .add(new ReleaseOverview.FileInfo(
                                s.fileName(), s.kind().label(), s.summary(), s.importedAt(), s.importedBy()));
            }
        }
        return quarters.entrySet().stream()
                .map(e -> new NcciQuarter(e.getKey().id(), e.getKey().effective(), e.getValue()))
                .toList();
    }

    /** Stored files the last catalog (or NCCI tables) build could not read, with the reason; empty when all were read. */
    public List<String> unreadableFiles() {
        List<String> all = new ArrayList<>(catalogs.unreadable());
        all.addAll(ncci.unreadable());
        return all;
    }

    /** What changed between two releases of a system, by id ({@code FY2025}, {@code FY2026}). */
    public ReleaseDiff diff(CodeSystem system, String fromId, String toId) {
        Catalog c = catalog();
        Release from = c.release(system, fromId).orElseThrow(() -> notLoaded(system, fromId));
        Release to = c.release(system, toId).orElseThrow(() -> notLoaded(system, toId));
        return ReleaseDiff.between(from, to);
    }

    /** A code as the release in force on {@code date} has it. */
    public Optional<Catalog.Lookup> lookup(CodeSystem system, String code, LocalDate date) {
        return catalog().lookup(system, code, date);
    }

    /**
     * Loads the starter code sets shipped with OpenRCM for each code system that has no release yet, through the
     * ordinary import. A starter file whose kind this version cannot read yet is skipped and said so.
     */
    public ImportResult importStarterSetWhereMissing() {
        Set<CodeSystem> present = EnumSet.noneOf(CodeSystem.class);
        files.all().forEach(s -> present.add(s.system()));
        List<ReleaseFile> take = new ArrayList<>();
        List<FileResult> skipped = new ArrayList<>();
        for (ReleaseFile f : StarterSet.files()) {
            Optional<FileKind> kind = FileKind.of(f.simpleName(), f.head());
            if (kind.isEmpty() || kind.get().skipped().isPresent()) {
                skipped.add(new FileResult(
                        f.name(), "", null, Outcome.SKIPPED, "this version of OpenRCM does not read this file yet"));
            } else if (present.contains(kind.get().system())) {
                skipped.add(new FileResult(
                        f.name(),
                        kind.get().label(),
                        null,
                        Outcome.SKIPPED,
                        "a " + kind.get().system().label() + " release is already imported"));
            } else {
                take.add(f);
            }
        }
        if (take.isEmpty()) {
            return new ImportResult(skipped, List.of());
        }
        ImportResult imported =
                importReleaseFiles(take, null, Overrides.NONE, CodeImport.Progress.NONE, StarterSet.IMPORTED_BY);
        List<FileResult> all = new ArrayList<>(imported.files());
        all.addAll(skipped);
        return new ImportResult(all, imported.releases());
    }

    /** Every release imported, by system and date, with what it holds and its files. */
    public List<ReleaseOverview> overview() {
        Map<String, List<CodeFileRepository.Stored>> stored = new LinkedHashMap<>();
        for (CodeFileRepository.Stored s : files.all()) {
            // by date: the parts of one date are one release, whatever each file calls it (RVU24C, 2024-JUL)
            for (CodeSystem system : s.kind().systems()) {
                stored.computeIfAbsent(system + "/" + s.release().effective(), k -> new ArrayList<>())
                        .add(s);
            }
        }
        List<ReleaseOverview> out = new ArrayList<>();
        for (Release r : catalog().releases()) {
            List<CodeFileRepository.Stored> own = stored.getOrDefault(r.system() + "/" + r.effective(), List.of());
            out.add(new ReleaseOverview(
                    r.system(),
                    r.system().label(),
                    r.id(),
                    r.effective(),
                    r.codes().size(),
                    r.billableCount(),
                    r.tabular().isPresent(),
                    r.index().size(),
                    !own.isEmpty() && own.stream().allMatch(s -> StarterSet.IMPORTED_BY.equals(s.importedBy())),
                    own.stream()
                            .map(s -> new ReleaseOverview.FileInfo(
                                    s.fileName(), s.kind().label(), s.summary(), s.importedAt(), s.importedBy()))
                            .toList()));
        }
        return out;
    }

    /** The first system (ICD-10-CM, then the others) that has {@code code} in its release in force on {@code date}. */
    public Optional<CodeSystem> systemHolding(String code, LocalDate date) {
        for (CodeSystem s : CodeSystem.values()) {
            if (s != CodeSystem.MPFS && lookup(s, code, date).isPresent()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether the release of {@code system} in force on {@code date} is the demo's starter set. */
    public boolean isStarter(CodeSystem system, LocalDate date) {
        Optional<Release> r = releaseOn(system, date);
        return r.isPresent()
                && overview().stream()
                        .anyMatch(o ->
                                o.system() == system && o.id().equals(r.get().id()) && o.starter());
    }

    /** Whether some release in use is a starter set shipped for the demo rather than an official release. */
    public boolean usesStarterSet() {
        return overview().stream().anyMatch(ReleaseOverview::starter);
    }

    /** A code explained as the release in force on {@code date} has it. */
    public Optional<CodeCard> card(CodeSystem system, String code, LocalDate date) {
        return lookup(system, code, date).map(l -> CodeCard.of(l, date));
    }

    /** The release of {@code system} in force on {@code date}, if one is imported. */
    public Optional<Release> releaseOn(CodeSystem system, LocalDate date) {
        return catalog().releaseOn(system, date);
    }

    /** The releases that hold a code (as users write it), oldest first: where a code unknown on a date does exist. */
    public List<Release> releasesHolding(CodeSystem system, String code) {
        String value = system.normalize(code);
        if (value == null) {
            return List.of();
        }
        return catalog().releases().stream()
                .filter(r -> r.system() == system && r.code(value).isPresent())
                .toList();
    }

    /** The most suggestions one request returns. */
    public static final int MAX_SUGGESTIONS = 50;

    /**
     * The codes a coder may mean by what they typed, for the type-ahead, from the releases in force on {@code on} (of
     * {@code system}, or of every system): a code typed comes first with the codes under it, then codes whose titles,
     * inclusion terms or index paths start with the words typed. The one entry point of the lookup panel and the API.
     */
    public List<Suggestion> suggest(@Nullable String q, @Nullable CodeSystem system, LocalDate on, int limit) {
        if (q == null || q.isBlank() || limit <= 0) {
            return List.of();
        }
        return suggestions(search(on).suggest(q, system, Math.min(limit, MAX_SUGGESTIONS)), on);
    }

    /**
     * Codes ranked for words ({@code type 2 diabetes with neuropathy}, {@code HTN}, {@code diabetis}), from titles,
     * inclusion terms and index paths of the releases in force on {@code on}; billable codes before headers.
     */
    public List<Suggestion> search(String q, @Nullable CodeSystem system, LocalDate on, int limit) {
        if (q == null || q.isBlank() || limit <= 0) {
            return List.of();
        }
        return suggestions(search(on).search(q, new CodeSearch.Options(system, Math.min(limit, 200))), on);
    }

    private CodeSearch search(LocalDate on) {
        Catalog c = catalog();
        CodeSearchCache cache = searches;
        if (cache == null || cache.catalog() != c) {
            synchronized (this) {
                cache = searches;
                if (cache == null || cache.catalog() != c) {
                    cache = new CodeSearchCache(c, 4);
                    searches = cache;
                }
            }
        }
        return cache.on(on);
    }

    /** Hits as the panel shows them; a code not valid on the date (a terminated HCPCS code) is left out. */
    static List<Suggestion> suggestions(List<CodeSearch.Hit> hits, LocalDate on) {
        List<Suggestion> out = new ArrayList<>();
        for (CodeSearch.Hit h : hits) {
            Code c = h.code();
            if (c.validOn(on)) {
                out.add(new Suggestion(
                        c.system(), c.value(), c.display(), listTitle(c), c.billable(), h.release(), h.reason()));
            }
        }
        return out;
    }

    /**
     * The title a list shows: the long title, but the name of a place of service (its long title is a paragraph) and,
     * for a modifier without a descriptor (CPT modifiers: AMA text), what kind of modifier it is.
     */
    static String listTitle(Code c) {
        if (c.system() == CodeSystem.POS && !c.shortTitle().isEmpty()) {
            return c.shortTitle();
        }
        if (c.longTitle().isEmpty()) {
            String kind = String.join(
                            " ",
                            c.details().getOrDefault("type", ""),
                            "modifier",
                            c.details().getOrDefault("category", ""))
                    .strip();
            return c.system() == CodeSystem.MODIFIER ? kind + " (descriptor not shipped)" : "(no descriptor loaded)";
        }
        return c.longTitle();
    }

    /** Builds the catalog and the search of the releases in force today, ahead of the first coder who needs them. */
    void warmUp() {
        suggest("a", null, LocalDate.now(clock), 1);
    }

    private static Refused notLoaded(CodeSystem system, String id) {
        return new Refused(
                "CODES_RELEASE_UNKNOWN",
                404,
                "No " + system.label() + " release " + id + " has been imported; 'openrcm codes releases' lists them.");
    }
}
