package org.openrcm.app.codes;

import java.time.LocalDate;
import java.util.List;

/** An NCCI quarter imported ({@code 2024Q3}, effective July 1, 2024) and the files of its tables, for the listings. */
public record NcciQuarter(String id, LocalDate effective, List<ReleaseOverview.FileInfo> files) {
    public NcciQuarter {
        files = List.copyOf(files);
    }
}
