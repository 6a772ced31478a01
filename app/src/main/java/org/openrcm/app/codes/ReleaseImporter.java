package org.openrcm.app.codes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.codes.CodeLibrary.FileResult;
import org.openrcm.app.codes.CodeLibrary.ImportResult;
import org.openrcm.app.codes.CodeLibrary.Outcome;
import org.openrcm.app.codes.CodeLibrary.Overrides;
import org.openrcm.app.codes.CodeLibrary.ReleaseSummary;
import org.openrcm.app.kernel.Refused;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.ReleaseDiff;
import org.openrcm.codes.imports.CodeImport;
import org.openrcm.codes.imports.ReleaseFile;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import of official files: every file read and checked first, then stored in one transaction (the same content
 * again changes nothing; a differing file needs {@code replace}; implausible deletions need {@code force}), the
 * starter set of a system retired by its first official file, and a summary of each release against the one before,
 * read back inside the transaction.
 */
final class ReleaseImporter {
    private final CodeFileRepository files;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CatalogLoader catalogs;
    private final NcciLoader ncci;

    ReleaseImporter(
            CodeFileRepository files,
            TransactionTemplate transactions,
            Clock clock,
            CatalogLoader catalogs,
            NcciLoader ncci) {
        this.files = files;
        this.transactions = transactions;
        this.clock = clock;
        this.catalogs = catalogs;
        this.ncci = ncci;
    }

    ImportResult importReleaseFiles(
            List<ReleaseFile> releaseFiles,
            @Nullable LocalDate effective,
            Overrides overrides,
            CodeImport.Progress progress,
            String importedBy) {
        List<CodeImport.Planned> plan;
        List<CodeImport.Part> parts;
        // what the files read by another module (the NCCI tables) hold, checked like the others before anything is
        // stored
        Map<CodeImport.Part, String> checked = new IdentityHashMap<>();
        try {
            plan = CodeImport.plan(releaseFiles, effective);
            parts = CodeImport.readAll(plan, progress);
            for (CodeImport.Part part : parts) {
                if (part.kind().readElsewhere()) {
                    checked.put(part, NcciLoader.check(part.kind(), part.release(), part.file()));
                }
            }
        } catch (CodeImportException e) {
            throw Refused.invalid("CODES_FILE_REFUSED", e.getMessage() + ". Nothing was imported.");
        }
        boolean official = !StarterSet.IMPORTED_BY.equals(importedBy);
        List<FileResult> results = new ArrayList<>();
        Map<String, ReleaseSummaryKey> releases = new LinkedHashMap<>();
        Set<CodeSystem> touched = EnumSet.noneOf(CodeSystem.class);
        for (CodeImport.Part part : parts) {
            touched.addAll(systemsOf(part));
            for (Release r : part.releases()) {
                releases.putIfAbsent(r.system() + "/" + r.id(), new ReleaseSummaryKey(r.system(), r.id()));
            }
        }
        List<ReleaseSummary> summaries = new ArrayList<>();
        transactions.executeWithoutResult(tx -> {
            for (CodeImport.Planned p : plan) {
                if (p.skipped()) {
                    results.add(new FileResult(p.file().name(), "", null, Outcome.SKIPPED, p.skipReason()));
                }
            }
            if (official) {
                for (CodeSystem system : touched) {
                    for (String name : files.deleteImportedBy(system, StarterSet.IMPORTED_BY)) {
                        results.add(new FileResult(
                                name,
                                "",
                                null,
                                Outcome.REMOVED,
                                "the starter set of " + system.label() + " gives way to the official release"));
                    }
                }
            }
            for (CodeImport.Part part : parts) {
                results.add(store(part, checked.getOrDefault(part, describe(part)), overrides.replace(), importedBy));
            }
            // The releases as they now are, read back inside the transaction: what the summary says is what commits.
            Catalog view = catalogs.load(touched);
            for (ReleaseSummaryKey key : releases.values()) {
                view.release(key.system(), key.id()).ifPresent(r -> summaries.add(summarize(view, r)));
            }
            if (!overrides.force()) {
                summaries.forEach(ReleaseImporter::refuseImplausibleDeletions);
            }
        });
        if (results.stream().anyMatch(r -> r.outcome() != Outcome.UNCHANGED && r.outcome() != Outcome.SKIPPED)) {
            catalogs.invalidate();
            ncci.invalidate();
        }
        return new ImportResult(results, summaries);
    }

    /**
     * Stores one file read: nothing when the same content is already imported for its release (under any name); a
     * replacement of the file of the same name (or of the single file its kind has per release) only when asked.
     */
    private FileResult store(CodeImport.Part part, String summary, boolean replace, String importedBy) {
        ReleaseFile file = part.file();
        String release = part.release().id();
        if (files.findContent(part.kind(), release, file.sha256()).isPresent()) {
            return new FileResult(
                    file.name(),
                    part.kind().label(),
                    release,
                    Outcome.UNCHANGED,
                    "already imported (same content); nothing changed");
        }
        Optional<CodeFileRepository.Stored> previous = files.find(part.kind(), release, file.simpleName());
        if (previous.isEmpty() && part.kind().onePerRelease()) {
            previous = files.findKind(part.kind(), release);
        }
        if (previous.isPresent() && !replace) {
            CodeFileRepository.Stored p = previous.get();
            throw Refused.conflict(
                    "CODES_FILE_DIFFERS",
                    file.name() + " differs from " + p.fileName() + ", imported for "
                            + part.kind().system().label()
                            + " " + release + " on " + p.importedAt() + " by " + p.importedBy()
                            + ". If it is a corrected file, import it again with --replace. Nothing was imported.");
        }
        previous.ifPresent(p -> files.delete(p.id()));
        files.save(part.kind(), part.release(), file, summary, clock.instant(), importedBy);
        return new FileResult(
                file.name(),
                part.kind().label(),
                release,
                previous.isPresent() ? Outcome.REPLACED : Outcome.IMPORTED,
                summary);
    }

    /**
     * A release that deletes more than a tenth of the billable codes of the one before it (and more than 100) is not a
     * release CMS publishes but, far more likely, a file cut at a line end: refused unless forced.
     */
    private static void refuseImplausibleDeletions(ReleaseSummary r) {
        long before = r.billable() - r.added() + r.deleted();
        if (r.previousId() != null && r.deleted() > 100 && r.deleted() * 10L > before) {
            throw Refused.conflict(
                    "CODES_IMPLAUSIBLE_DELETIONS",
                    String.format(
                            "%s %s would delete %,d of the %,d billable codes of %s: the file may be cut short."
                                    + " If the release really deletes them, import it with --force. Nothing was"
                                    + " imported.",
                            r.system().label(), r.releaseId(), r.deleted(), before, r.previousId()));
        }
    }

    /** The systems a file brings: a PPRRVU file brings CPT numbers and the fee schedule, HCPCS files modifiers. */
    private static Set<CodeSystem> systemsOf(CodeImport.Part part) {
        Set<CodeSystem> systems = EnumSet.noneOf(CodeSystem.class);
        part.releases().forEach(r -> systems.add(r.system()));
        if (part.fees() != null) {
            systems.add(CodeSystem.MPFS);
        }
        return systems;
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
}
