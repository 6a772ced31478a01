package org.openrcm.app.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --home DIR}: where OpenRCM keeps its embedded database and files; OPENRCM_HOME, else ./.openrcm. */
final class HomeOption {
    @Option(
            names = "--home",
            paramLabel = "DIR",
            description =
                    "Where OpenRCM keeps its embedded database and files (default: $OPENRCM_HOME, else ./.openrcm).")
    @Nullable
    Path home;

    Path resolve() {
        if (home != null) {
            return home;
        }
        String env = System.getenv("OPENRCM_HOME");
        return Path.of(env == null || env.isBlank() ? ".openrcm" : env);
    }
}
