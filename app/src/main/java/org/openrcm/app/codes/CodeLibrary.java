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
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.ReleaseDiff;
import org.openrcm.codes.imports.CodeImport;
import org.openrcm.codes.imports.ReleaseFile;
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
        SKIPPED
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
            return files.stream().anyMatch(f -> f.outcome() == Outcome.IMPORTED || f.outcome() == Outcome.REPLACED);
        }
    }

    private final CodeFileRepository files;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile @Nullable Catalog catalog;

    CodeLibrary(CodeFileRepository files, PlatformTransactionManager transactions, Clock clock) {
        this.files = files;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Imports files, folders or zips. Every file is read whole first; a bad one refuses the import with its name and
     * line and nothing is stored. {@code effective}, when given, names the release of every file.
     */
    public ImportResult importFiles(
            List<Path> paths, @Nullable LocalDate effective, CodeImport.Progress progress, String importedBy) {
        List<CodeImport.Planned> plan;
        List<CodeImport.Part> parts;
        try {
            plan = CodeImport.plan(CodeImport.expand(paths), effective);
            parts = CodeImport.readAll(plan, progress);
        } catch (CodeImportException e) {
            throw Refused.invalid("CODES_FILE_REFUSED", e.getMessage() + ". Nothing was imported.");
        }
        List<FileResult> results = new ArrayList<>();
        Set<CodeSystem> touched = EnumSet.noneOf(CodeSystem.class);
        Map<String, ReleaseSummaryKey> releases = new LinkedHashMap<>();
        transactions.executeWithoutResult(tx -> {
            for (CodeImport.Planned p : plan) {
                if (p.skipped()) {
                    results.add(new FileResult(p.file().name(), "", null, Outcome.SKIPPED, p.skipReason()));
                }
            }
            for (CodeImport.Part part : parts) {
                ReleaseFile file = part.file();
                var existing = files.find(part.kind(), part.release().id(), file.simpleName());
                Outcome outcome;
                if (existing.isPresent() && existing.get().sha256().equals(file.sha256())) {
                    outcome = Outcome.UNCHANGED;
                } else {
                    outcome = existing.isPresent() ? Outcome.REPLACED : Outcome.IMPORTED;
                    files.save(part.kind(), part.release(), file, describe(part), clock.instant(), importedBy);
                }
                results.add(new FileResult(
                        file.name(),
                        part.kind().label(),
                        part.release().id(),
                        outcome,
                        outcome == Outcome.UNCHANGED
                                ? "already imported (same file); nothing changed"
                                : describe(part)));
                for (Release r : part.releases()) {
                    touched.add(r.system());
                    releases.putIfAbsent(r.system() + "/" + r.id(), new ReleaseSummaryKey(r.system(), r.id()));
                }
            }
        });
        if (results.stream().anyMatch(r -> r.outcome() == Outcome.IMPORTED || r.outcome() == Outcome.REPLACED)) {
            catalog = null;
        }
        Catalog view = load(touched);
        List<ReleaseSummary> summaries = new ArrayList<>();
        for (ReleaseSummaryKey key : releases.values()) {
            view.release(key.system(), key.id()).ifPresent(r -> summaries.add(summarize(view, r)));
        }
        return new ImportResult(results, summaries);
    }

    private record ReleaseSummaryKey(CodeSystem system, String id) {}

    private static String describe(CodeImport.Part part) {
        List<String> counts = new ArrayList<>();
        for (Release r : part.releases()) {
            StringBuilder s = new StringBuilder(r.system().label() + " " + r.id() + ": ");
            if (!r.index().isEmpty()) {
                s.append(String.format("%,d index entries", r.index().size()));
            } else if (r.tabular().isPresent()) {
                s.append(String.format(
                        "tabular list, %,d codes with notes",
                        r.tabular().get().entries().size()));
            } else {
                s.append(String.format("%,d codes (%,d billable)", r.codes().size(), r.billableCount()));
            }
            counts.add(s.toString());
        }
        if (part.fees() != null) {
            counts.add(String.format(
                    "MPFS %s: %,d RVU lines, %,d localities",
                    part.fees().id(),
                    part.fees().rvus().size(),
                    part.fees().gpcis().size()));
        }
        return String.join("; ", counts);
    }

    private static ReleaseSummary summarize(Catalog catalog, Release r) {
        Optional<Release> previous = catalog.previous(r);
        ReleaseDiff diff = previous.map(p -> ReleaseDiff.between(p, r)).orElse(null);
        return new ReleaseSummary(
                r.system(),
                r.id(),
                r.effective(),
                r.codes().size(),
                r.billableCount(),
                r.index().size(),
                r.tabular().isPresent(),
                previous.map(Release::id).orElse(null),
                diff == null ? 0 : diff.added().size(),
                diff == null ? 0 : diff.deleted().size(),
                diff == null ? 0 : diff.retitled().size());
    }

    /** The catalog of every imported release, built from the stored files on first use. */
    public Catalog catalog() {
        Catalog c = catalog;
        if (c == null) {
            synchronized (this) {
                c = catalog;
                if (c == null) {
                    c = load(EnumSet.allOf(CodeSystem.class));
                    catalog = c;
                }
            }
        }
        return c;
    }

    /** The releases stored, by system and date, with their files. */
    public List<StoredRelease> releases() {
        Map<String, StoredRelease> byRelease = new LinkedHashMap<>();
        for (CodeFileRepository.Stored s : files.all()) {
            byRelease
                    .computeIfAbsent(
                            s.system() + "/" + s.release().id(),
                            k -> new StoredRelease(
                                    s.system(), s.release().id(), s.release().effective(), new ArrayList<>()))
                    .files()
                    .add(s.fileName() + " (" + s.kind().label() + ", imported " + s.importedAt() + " by "
                            + s.importedBy() + ")");
        }
        return List.copyOf(byRelease.values());
    }

    /** A release as stored: system, id, effective date and its files. */
    public record StoredRelease(CodeSystem system, String id, LocalDate effective, List<String> files) {}

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

    private static Refused notLoaded(CodeSystem system, String id) {
        return new Refused(
                "CODES_RELEASE_UNKNOWN",
                404,
                "No " + system.label() + " release " + id + " has been imported; 'openrcm codes releases' lists them.");
    }

    private Catalog load(Set<CodeSystem> systems) {
        Catalog c = new Catalog();
        files.forEachFile(systems, f -> {
            CodeImport.Part part = CodeImport.read(
                    new CodeImport.Planned(
                            f.file(), f.stored().kind(), f.stored().release(), ""),
                    CodeImport.Progress.NONE);
            part.releases().forEach(r -> {
                if (systems.contains(r.system())) {
                    c.add(r);
                }
            });
            if (part.fees() != null) {
                c.add(part.fees());
            }
        });
        return c;
    }

    /**
     * A catalog holding at least the releases of {@code system}: the full catalog when it is loaded, else one built
     * for that system alone (a command that looks up one code need not parse every code set).
     */
    public Catalog catalog(CodeSystem system) {
        Catalog c = catalog;
        return c != null ? c : load(EnumSet.of(system));
    }
}
