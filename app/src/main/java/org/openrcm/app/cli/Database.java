package org.openrcm.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the data lives: a PostgreSQL URL given by the user, or the embedded H2 database (file, PostgreSQL mode)
 * under the home directory. Knows how to check that it can be reached before the application starts, and how to
 * describe itself without printing a password.
 */
record Database(
        String url,
        @Nullable String user,
        @Nullable String password,
        boolean embedded,
        @Nullable Path file) {
    private static final Pattern POSTGRESQL =
            Pattern.compile("jdbc:postgresql://[^/?#\\s:]+(:\\d{1,5})?(,[^/?#\\s]+)*/[^/?#\\s]+(\\?\\S*)?");
    private static final Pattern H2_FILE = Pattern.compile("jdbc:h2:(file:)?[^;\\s]+(;\\S*)?");

    /** The H2 settings that make it behave like PostgreSQL, and let a second process (a CLI command) open it. */
    static final String H2_SETTINGS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";

    static Database embedded(Path home) {
        Path file = home.resolve("db").resolve("openrcm").toAbsolutePath().normalize();
        return new Database("jdbc:h2:file:" + file + H2_SETTINGS, "sa", "", true, file);
    }

    /** Parses a user-given URL; a malformed one is refused with what was expected. */
    static Database of(String url, @Nullable String user, @Nullable String password) {
        String trimmed = url.strip();
        if (POSTGRESQL.matcher(trimmed).matches()) {
            return new Database(trimmed, user, password, false, null);
        }
        if (H2_FILE.matcher(trimmed).matches()
                && !trimmed.startsWith("jdbc:h2:mem:")
                && !trimmed.startsWith("jdbc:h2:tcp:")) {
            return new Database(trimmed, user == null ? "sa" : user, password == null ? "" : password, false, null);
        }
        throw new CliFailure(
                CliFailure.USAGE,
                "Malformed database URL '" + masked(trimmed) + "'. Expected jdbc:postgresql://HOST[:PORT]/DATABASE"
                        + "[?user=NAME] (user and password may also come from OPENRCM_DATABASE_USER and"
                        + " OPENRCM_DATABASE_PASSWORD), or jdbc:h2:file:PATH.");
    }

    /** The database named by --database-url, else OPENRCM_DATABASE_URL, else the embedded one under home. */
    static Database resolve(@Nullable String option, Path home) {
        String url = option != null ? option : System.getenv("OPENRCM_DATABASE_URL");
        if (url == null || url.isBlank()) {
            return embedded(home);
        }
        return of(url, System.getenv("OPENRCM_DATABASE_USER"), System.getenv("OPENRCM_DATABASE_PASSWORD"));
    }

    /** The same database, opened only if it exists: H2 would otherwise create an empty one where the URL points. */
    Database existingOnly() {
        return url.startsWith("jdbc:h2:") ? new Database(url + ";IFEXISTS=TRUE", user, password, embedded, file) : this;
    }

    boolean exists() {
        return file == null || Files.exists(file.resolveSibling(file.getFileName() + ".mv.db"));
    }

    /** Fails with a clear sentence when the database cannot be reached (wrong host, port, name or password). */
    void checkReachable() {
        DriverManager.setLoginTimeout(10);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            // reachable
        } catch (SQLException e) {
            throw new CliFailure(
                    CliFailure.FAILED,
                    "Cannot connect to the database at " + describe() + ": " + CliFailure.firstLine(e.getMessage()));
        }
    }

    Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        if (user != null) {
            properties.put("spring.datasource.username", user);
        }
        if (password != null) {
            properties.put("spring.datasource.password", password);
        }
        return properties;
    }

    String describe() {
        return embedded ? "the embedded database in " + file.getParent() : masked(url);
    }

    static String masked(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
