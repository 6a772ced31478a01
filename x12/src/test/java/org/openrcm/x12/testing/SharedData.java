package org.openrcm.x12.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's reference data ({@code ../shared/data}: code sets, real X12 samples). Found through
 * {@code OPENRCM_SHARED_DATA}, else as {@code shared/data} beside the project or any folder above it. On a user's
 * machine without it, tests that need it are skipped with a message; in CI ({@code CI=true}) its absence fails them.
 */
public final class SharedData {

    private SharedData() {}

    /** The data folder, or {@code null} when it cannot be found. */
    public static Path find() {
        String env = System.getenv("OPENRCM_SHARED_DATA");
        if (env != null && !env.isBlank()) {
            return Files.isDirectory(Path.of(env)) ? Path.of(env) : null;
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isRegularFile(candidate.resolve("MANIFEST.md"))) {
                return candidate;
            }
        }
        return null;
    }

    /** The data folder; skips the calling test when absent, fails it in CI. */
    public static Path require() {
        Path p = find();
        if (p == null && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(
                    "The shared reference data (../shared/data) is missing; CI must run the tests that read it."
                            + " Set OPENRCM_SHARED_DATA.");
        }
        assumeTrue(p != null, "shared reference data not found (set OPENRCM_SHARED_DATA): test skipped");
        return p;
    }

    /** A file under {@code x12/}, e.g. {@code x12("linuxforhealth/835_005010X221A1/managed-care.835")}. */
    public static Path x12(String relative) {
        return require().resolve("x12").resolve(relative);
    }
}
