package org.openrcm.app.codes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.imports.CodeImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the catalog from the stored files with the readers that imported them, keeps it, and rebuilds it when files
 * were imported elsewhere (another node, the command line).
 */
final class CatalogLoader {
    private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);

    /** How often the stored files are compared with those the catalog was built from. */
    private static final long CHECK_EVERY_NANOS = 30_000_000_000L;

    /** Every system the catalog holds: all but the NCCI tables, which {@link NcciLoader} reads. */
    private static final Set<CodeSystem> CODE_SETS = EnumSet.complementOf(EnumSet.of(CodeSystem.NCCI));

    private final CodeFileRepository files;
    private volatile @Nullable Catalog catalog;
    private volatile String loadedGeneration = "";
    private volatile long checkedAt;
    private volatile boolean refreshing;
    private volatile List<String> unreadable = List.of();

    CatalogLoader(CodeFileRepository files) {
        this.files = files;
    }

    /** The catalog of every imported release, built on first use. */
    Catalog catalog() {
        Catalog c = catalog;
        if (c == null) {
            synchronized (this) {
                c = catalog;
                if (c == null) {
                    String generation = files.generation();
                    c = load(CODE_SETS);
                    catalog = c;
                    loadedGeneration = generation;
                    checkedAt = System.nanoTime();
                }
            }
        } else {
            refreshIfImportedElsewhere();
        }
        return c;
    }

    /** The full catalog when it is loaded, else one built for {@code system} alone. */
    Catalog catalog(CodeSystem system) {
        Catalog c = catalog;
        return c != null ? c : load(EnumSet.of(system));
    }

    /** Forgets the catalog: the next use builds it from what is stored now. */
    void invalidate() {
        catalog = null;
    }

    /** Stored files the last build could not read, with the reason. */
    List<String> unreadable() {
        return unreadable;
    }

    /**
     * Another node or a command line may import releases into the same database: at most every 30 seconds the stored
     * files are compared with those this catalog was built from, and a new catalog is built in the background when
     * they differ (the current one serves meanwhile).
     */
    private void refreshIfImportedElsewhere() {
        long now = System.nanoTime();
        if (now - checkedAt < CHECK_EVERY_NANOS || refreshing) {
            return;
        }
        checkedAt = now;
        String generation = files.generation();
        if (generation.equals(loadedGeneration)) {
            return;
        }
        refreshing = true;
        Thread.ofVirtual().name("code-catalog-refresh").start(() -> {
            try {
                Catalog fresh = load(CODE_SETS);
                synchronized (this) {
                    catalog = fresh;
                    loadedGeneration = generation;
                }
                log.info("Code catalog rebuilt: releases were imported elsewhere");
            } catch (RuntimeException e) {
                log.warn("Code catalog could not be rebuilt: {}", e.toString());
            } finally {
                refreshing = false;
            }
        });
    }

    /** A catalog of the releases of {@code systems}, read now (inside the caller's transaction, if any). */
    Catalog load(Set<CodeSystem> systems) {
        Catalog c = new Catalog();
        List<String> failed = new ArrayList<>();
        files.forEachFile(systems, f -> {
            CodeImport.Part part;
            try {
                part = CodeImport.read(
                        new CodeImport.Planned(
                                f.file(), f.stored().kind(), f.stored().release(), ""),
                        CodeImport.Progress.NONE);
            } catch (RuntimeException e) {
                // One stored file this version cannot read does not take every other code set down with it.
                failed.add(f.stored().fileName() + " (" + f.stored().release().id() + "): " + e.getMessage());
                log.warn(
                        "Stored code-set file {} could not be read: {}",
                        f.stored().fileName(),
                        e.getMessage());
                return;
            }
            part.releases().forEach(r -> {
                if (systems.contains(r.system())) {
                    c.add(r);
                }
            });
            if (part.fees() != null) {
                c.add(part.fees());
            }
        });
        unreadable = List.copyOf(failed);
        return c;
    }
}
