package org.openrcm.app.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --database-url URL} and {@code --home DIR}, shared by the commands that use the database. */
final class DatabaseOption {
    @Option(
            names = "--database-url",
            paramLabel = "URL",
            description = "jdbc:postgresql://HOST[:PORT]/DATABASE (default: $OPENRCM_DATABASE_URL, else the embedded"
                    + " database under --home).")
    @Nullable
    String url;

    @Mixin
    HomeOption home = new HomeOption();

    Database resolve() {
        return Database.resolve(url, home());
    }

    Path home() {
        return home.resolve();
    }

    /** For commands that work on existing data: an H2 database must already exist (none is created empty). */
    Database resolveExisting() {
        Database database = resolve().existingOnly();
        if (!database.exists()) {
            throw new CliFailure(
                    CliFailure.FAILED,
                    "There is no OpenRCM database in " + home().toAbsolutePath().normalize()
                            + ". Run 'openrcm demo' first, or pass --database-url.");
        }
        return database;
    }
}
