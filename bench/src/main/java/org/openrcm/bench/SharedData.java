package org.openrcm.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's reference data for benchmarks: {@code OPENRCM_SHARED_DATA}, else {@code shared/data} beside the project
 * or a folder above it. A benchmark cannot run without it and says so.
 */
public final class SharedData {

    private SharedData() {}

    /** A file under {@code codes/} of the reference data ({@code icd10cm/fy2026/icd10cm_order_2026.txt}). */
    public static Path codes(String relative) {
        String env = System.getenv("OPENRCM_SHARED_DATA");
        Path data = null;
        if (env != null && !env.isBlank()) {
            data = Path.of(env);
        } else {
            for (Path p = Path.of("").toAbsolutePath(); p != null && data == null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("shared/data/MANIFEST.md"))) {
                    data = p.resolve("shared/data");
                }
            }
        }
        if (data == null || !Files.isDirectory(data)) {
            throw new IllegalStateException(
                    "The shared reference data was not found: set OPENRCM_SHARED_DATA to its folder (shared/data)");
        }
        return data.resolve("codes").resolve(relative);
    }
}
