package org.openrcm.app.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * PostgreSQL for tests. Uses the server named by {@code OPENRCM_TEST_DATABASE_URL} (default: the local server at
 * 127.0.0.1:5432, database {@code test}, user postgres) and creates a fresh database per purpose, dropped when the
 * JVM ends, so runs never see each other's rows. With {@code CI=true} an unreachable server fails the run; on a
 * developer's machine without one, an embedded PostgreSQL is started instead so the suite still passes.
 */
public final class TestDatabases {
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private static String serverUrl;
    private static EmbeddedPostgres embedded;
    private static final List<String> created = new ArrayList<>();
    private static String shared;

    private TestDatabases() {}

    /** The database of the shared application test context. */
    public static synchronized String shared() {
        if (shared == null) {
            shared = fresh("app");
        }
        return shared;
    }

    /** A new empty database on the test server; its JDBC URL. */
    public static synchronized String fresh(String purpose) {
        String server = server();
        String name = "openrcm_" + purpose.toLowerCase(Locale.ROOT) + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server);
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + ": " + e.getMessage(), e);
        }
        if (created.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll, "drop-test-databases"));
        }
        created.add(name);
        return withDatabase(server, name);
    }

    private static String server() {
        if (serverUrl != null) {
            return serverUrl;
        }
        String configured = System.getenv("OPENRCM_TEST_DATABASE_URL");
        String url = configured == null || configured.isBlank() ? DEFAULT_URL : configured;
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = DriverManager.getConnection(url)) {
            serverUrl = url;
            return url;
        } catch (SQLException unreachable) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(
                        "PostgreSQL is required in CI but " + url + " is unreachable: " + unreachable.getMessage(),
                        unreachable);
            }
            System.err.println("PostgreSQL at " + url + " is unreachable (" + unreachable.getMessage()
                    + "); starting an embedded PostgreSQL for this run.");
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("no PostgreSQL reachable and the embedded one did not start", e);
            }
            serverUrl = embedded.getJdbcUrl("postgres", "postgres");
            return serverUrl;
        }
    }

    /** The same server URL naming another database, keeping its parameters. */
    static String withDatabase(String url, String database) {
        URI uri = URI.create(url.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "jdbc:postgresql://" + uri.getRawAuthority() + "/" + database + query;
    }

    private static void dropAll() {
        try (Connection c = DriverManager.getConnection(serverUrl);
                Statement s = c.createStatement()) {
            for (String name : created) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException e) {
            System.err.println("could not drop test databases " + created + ": " + e.getMessage());
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                // the process ends anyway
            }
        }
    }
}
