package org.openrcm.app.codes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openrcm.codes.CodeSystem;

/**
 * A release as the Code sets page and the API list it: what it holds (with what it carries from the release before
 * it, as lookups see it), whether it is the starter set shipped for the demo, and the files it was imported from.
 */
public record ReleaseOverview(
        CodeSystem system,
        String systemLabel,
        String id,
        LocalDate effective,
        int codes,
        long billable,
        boolean tabular,
        int indexEntries,
        boolean starter,
        List<FileInfo> files) {

    public ReleaseOverview {
        files = List.copyOf(files);
    }

    /** One imported file: its name, kind, what it held, and when and by whom it was imported. */
    public record FileInfo(String name, String kind, String summary, Instant importedAt, String importedBy) {}
}
