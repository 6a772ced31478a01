package org.openrcm.edits.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference data ({@code ../shared/data}): through {@code OPENRCM_SHARED_DATA}, else {@code shared/data} beside
 * the project or a folder above it. Tests that need it are skipped without it on a user's machine, and fail in CI.
 */
public final class SharedData {

    private SharedData() {}

    public static Path codes(String relative) {
        String env = System.getenv("OPENRCM_SHARED_DATA");
        Path found = null;
        if (env != null && !env.isBlank()) {
            found = Files.isDirectory(Path.of(env)) ? Path.of(env) : null;
        } else {
            for (Path p = Path.of("").toAbsolutePath(); p != null && found == null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("shared/data/MANIFEST.md"))) {
                    found = p.resolve("shared/data");
                }
            }
        }
        if (found == null && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(
                    "The shared reference data is missing; CI must run the tests that read it.");
        }
        assumeTrue(found != null, "shared reference data not found (set OPENRCM_SHARED_DATA): test skipped");
        return found.resolve("codes").resolve(relative);
    }
}
