package org.openrcm.app.codes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.imports.CodeImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the catalog from the stored files with the readers that imported them, kept and refreshed as a
 * {@link StoredFilesView}.
 */
final class CatalogLoader {
    private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);

    /** Every system the catalog holds: all but the NCCI tables, which {@link NcciLoader} reads. */
    private static final Set<CodeSystem> CODE_SETS = EnumSet.complementOf(EnumSet.of(CodeSystem.NCCI));

    private final CodeFileRepository files;
    private final StoredFilesView<Catalog> catalog;
    private volatile List<String> unreadable = List.of();

    CatalogLoader(CodeFileRepository files) {
        this.files = files;
        this.catalog = new StoredFilesView<>(files, "code catalog", () -> load(CODE_SETS));
    }

    /** The catalog of every imported release, built on first use. */
    Catalog catalog() {
        return catalog.get();
    }

    /** The full catalog when it is loaded, else one built for {@code system} alone. */
    Catalog catalog(CodeSystem system) {
        Catalog c = catalog.built();
        return c != null ? c : load(EnumSet.of(system));
    }

    /** Forgets the catalog: the next use builds it from what is stored now. */
    void invalidate() {
        catalog.invalidate();
    }

    /** Stored files the last build could not read, with the reason. */
    List<String> unreadable() {
        return unreadable;
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
