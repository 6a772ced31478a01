package org.openrcm.app.codes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.imports.FileKind;
import org.openrcm.codes.imports.ReleaseFile;
import org.openrcm.codes.imports.ReleaseName;
import org.openrcm.edits.ncci.AddOnTable;
import org.openrcm.edits.ncci.MueService;
import org.openrcm.edits.ncci.MueTable;
import org.openrcm.edits.ncci.NcciRelease;
import org.openrcm.edits.ncci.NcciTables;
import org.openrcm.edits.ncci.PtpTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NCCI tables of the stored files, by quarter, read with the edits module's readers (the codes module recognises
 * and names the files, but cannot read them): checked whole before an import stores them, kept and refreshed
 * as a {@link StoredFilesView}, like the catalog.
 */
final class NcciLoader {
    private static final Logger log = LoggerFactory.getLogger(NcciLoader.class);

    private final CodeFileRepository files;
    private final StoredFilesView<NcciTables> tables;
    private volatile List<String> unreadable = List.of();

    NcciLoader(CodeFileRepository files) {
        this.files = files;
        this.tables = new StoredFilesView<>(files, "NCCI tables", this::load);
    }

    /** The NCCI releases of every imported quarter, built on first use (the full PTP table reads in about a second). */
    NcciTables tables() {
        return tables.get();
    }

    /** Forgets the tables: the next use builds them from what is stored now. */
    void invalidate() {
        tables.invalidate();
    }

    /** Stored NCCI files the last build could not read, with the reason. */
    List<String> unreadable() {
        return unreadable;
    }

    /**
     * Reads a file of an NCCI kind completely, as the scrubber will: the first bad row refuses it with the file and
     * line. Returns what it holds, in a few words, for the import summary.
     */
    static String check(FileKind kind, ReleaseName quarter, ReleaseFile file) {
        String prefix = "NCCI " + quarter.id() + ": ";
        Object table = read(kind, file.open(), file.name());
        return prefix
                + switch (table) {
                    case PtpTable p ->
                        String.format(
                                "%,d PTP edits (%,d in force, %,d deleted), %,d codes",
                                p.size(), p.activeCount(), p.deletedCount(), p.codeCount());
                    case MueTable m ->
                        String.format("%,d %s MUEs", m.size(), m.service().label());
                    case AddOnTable a -> String.format("%,d add-on code edits of %,d add-on codes", a.rows(), a.size());
                    default -> throw new IllegalStateException(kind + " is not an NCCI table kind");
                };
    }

    /** The table a file of an NCCI kind holds; an MUE table must be of the kind's provider. */
    private static Object read(FileKind kind, InputStream in, String name) {
        return switch (kind) {
            case NCCI_PTP -> PtpTable.read(in, name);
            case NCCI_ADDON -> AddOnTable.read(in, name);
            case NCCI_MUE_PRACTITIONER -> mue(in, name, MueService.PRACTITIONER);
            case NCCI_MUE_OUTPATIENT_HOSPITAL -> mue(in, name, MueService.OUTPATIENT_HOSPITAL);
            case NCCI_MUE_DME_SUPPLIER -> mue(in, name, MueService.DME_SUPPLIER);
            default -> throw new IllegalArgumentException(kind + " is not an NCCI table kind");
        };
    }

    private static MueTable mue(InputStream in, String name, MueService expected) {
        MueTable t = MueTable.read(in, name);
        if (t.service() != expected) {
            throw new CodeImportException(
                    name, 0, "its rows are " + t.service().label() + " MUEs; its name says " + expected.label());
        }
        return t;
    }

    /** The tables of every stored quarter, read now; a stored file this version cannot read is left out and said. */
    NcciTables load() {
        long start = System.nanoTime();
        Map<String, ReleaseName> quarters = new LinkedHashMap<>();
        Map<String, List<CodeFileRepository.Stored>> byQuarter = new LinkedHashMap<>();
        for (CodeFileRepository.Stored s : files.all()) {
            if (s.kind().readElsewhere()) {
                quarters.putIfAbsent(s.release().id(), s.release());
                byQuarter
                        .computeIfAbsent(s.release().id(), k -> new ArrayList<>())
                        .add(s);
            }
        }
        List<String> failed = new ArrayList<>();
        List<NcciRelease> releases = new ArrayList<>();
        for (Map.Entry<String, List<CodeFileRepository.Stored>> q : byQuarter.entrySet()) {
            PtpTable ptp = null;
            AddOnTable addOns = null;
            List<MueTable> mues = new ArrayList<>();
            for (CodeFileRepository.Stored s : q.getValue()) {
                Object table;
                try (InputStream in = files.open(s.id())) {
                    table = read(s.kind(), in, s.fileName());
                } catch (IOException | RuntimeException e) {
                    failed.add(s.fileName() + " (" + s.release().id() + "): " + e.getMessage());
                    log.warn("Stored NCCI file {} could not be read: {}", s.fileName(), e.getMessage());
                    continue;
                }
                switch (table) {
                    case PtpTable p -> ptp = p;
                    case AddOnTable a -> addOns = a;
                    case MueTable m -> mues.add(m);
                    default -> throw new IllegalStateException(String.valueOf(table));
                }
            }
            if (ptp != null || addOns != null || !mues.isEmpty()) {
                releases.add(NcciRelease.quarter(quarters.get(q.getKey()).effective(), ptp, mues, addOns));
            }
        }
        unreadable = List.copyOf(failed);
        NcciTables loaded = NcciTables.of(releases);
        if (!loaded.isEmpty()) {
            log.info("NCCI tables {} ready in {} ms", loaded, (System.nanoTime() - start) / 1_000_000);
        }
        return loaded;
    }
}
