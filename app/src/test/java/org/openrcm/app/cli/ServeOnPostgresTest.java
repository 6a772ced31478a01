package org.openrcm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openrcm.app.testing.Browserless;
import org.openrcm.app.testing.TestDatabases;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The product path on PostgreSQL, through the commands a user types: {@code serve --database-url … --demo-data},
 * then {@code users add} and {@code audit verify} against the running server's database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeOnPostgresTest {
    static String url;
    static ConfigurableApplicationContext server;
    static Browserless browser;

    @TempDir
    static Path home;

    @BeforeAll
    static void serve() {
        url = TestDatabases.fresh("serve");
        server = ServeCommand.start(Database.of(url, null, null), home, "127.0.0.1", 0, true);
        browser = new Browserless("http://127.0.0.1:" + Ports.actual(server));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    record Run(int exit, String out, String err) {}

    static Run openrcm(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream previous = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                    .execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setIn(previous);
        }
    }

    static List<String> patientIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"/patients/([0-9a-f-]{36})\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    static String patientOf(String practiceCode) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select p.id from patient p join practice r on r.id = p.practice_id"
                        + " where r.code = '" + practiceCode + "' order by p.account_number limit 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    @Order(1)
    void servesTheDemoDataOnPostgresqlWithEveryDemoLogin() throws Exception {
        assertThat(browser.get("/login").statusCode()).isEqualTo(200);
        for (var login : org.openrcm.app.demo.DemoSeeder.LOGINS) {
            Browserless user = new Browserless("http://127.0.0.1:" + Ports.actual(server));
            assertThat(user.signIn(login.username(), login.password()))
                    .as(login.username())
                    .isEqualTo("/");
        }
        assertThat(browser.signIn("manager", "openrcm-manager")).isEqualTo("/");
        String home = browser.get("/").body();
        assertThat(home).contains("Oak Family Medicine").contains("Riverside Orthopedics");
    }

    @Test
    @Order(2)
    void sessionsEndAfterFifteenIdleMinutes() {
        var tomcat = (TomcatWebServer) ((WebServerApplicationContext) server).getWebServer();
        var context = (org.apache.catalina.Context) tomcat.getTomcat().getHost().findChildren()[0];
        assertThat(context.getSessionTimeout()).isEqualTo(15);
    }

    @Test
    @Order(3)
    void aUserAddedOnTheCommandLineSignsInAndSeesOnlyTheirPractice() throws Exception {
        Run add = openrcm(
                "riverside-coder-pass\n",
                "users",
                "add",
                "rivcoder",
                "--role",
                "coder",
                "--name",
                "River Coder",
                "--practice",
                "riv",
                "--password-stdin",
                "--database-url",
                url);
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("Added coder 'rivcoder' for riv");

        Browserless rivcoder = new Browserless("http://127.0.0.1:" + Ports.actual(server));
        assertThat(rivcoder.signIn("rivcoder", "riverside-coder-pass")).isEqualTo("/");
        assertThat(rivcoder.get("/patients/" + patientOf("RIV")).statusCode()).isEqualTo(200);
        assertThat(rivcoder.get("/patients/" + patientOf("OAK")).statusCode()).isEqualTo(404);
        assertThat(patientIds(rivcoder.get("/patients").body())).isNotEmpty();
    }

    @Test
    @Order(4)
    void usersAddRefusesWhatCannotBe() {
        Run unknownPractice = openrcm(
                "long-enough-password\n",
                "users",
                "add",
                "someone",
                "--role",
                "BILLER",
                "--practice",
                "NOPE",
                "--password-stdin",
                "--database-url",
                url);
        assertThat(unknownPractice.exit()).isEqualTo(1);
        assertThat(unknownPractice.err()).contains("No practice with code 'NOPE'");

        Run taken = openrcm(
                "long-enough-password\n",
                "users",
                "add",
                "coder",
                "--role",
                "CODER",
                "--practice",
                "OAK",
                "--password-stdin",
                "--database-url",
                url);
        assertThat(taken.exit()).isEqualTo(1);
        assertThat(taken.err()).contains("A user named 'coder' already exists");

        Run noPassword =
                openrcm("", "users", "add", "someone", "--role", "ADMIN", "--password-stdin", "--database-url", url);
        assertThat(noPassword.exit()).isEqualTo(2);
        assertThat(noPassword.err()).contains("No password on standard input");
    }

    @Test
    @Order(5)
    void auditVerifyPassesThenNamesTheRowSomeoneUpdated() throws Exception {
        browser.get("/patients/" + patientOf("OAK"));
        Run intact = openrcm("", "audit", "verify", "--database-url", url);
        assertThat(intact.exit()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("Audit trail intact");

        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.executeUpdate("update audit_event set outcome = 'DENIED' where seq = 42");
        }
        Run broken = openrcm("", "audit", "verify", "--database-url", url);
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err())
                .contains("BROKEN")
                .contains("event #42 ")
                .contains("changed after it was written")
                .contains("41 events before it are intact");
    }

    @Test
    @Order(6)
    void aDatabaseWithThePublishedDemoPasswordsIsNotServedToTheNetwork() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Run run = openrcm("", "serve", "--database-url", url, "--host", "0.0.0.0", "--port", Integer.toString(port));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("published passwords")
                .contains("--host 127.0.0.1")
                .doesNotContain("\tat ");
    }

    @Test
    @Order(7)
    void usersAddWritesAllOrNothing() throws Exception {
        String empty = TestDatabases.fresh("users");
        Run blank = openrcm(
                "long-enough-password\n",
                "users",
                "add",
                "alice",
                "--role",
                "ADMIN",
                "--company",
                "   ",
                "--password-stdin",
                "--database-url",
                empty);
        assertThat(blank.exit()).isEqualTo(1);
        assertThat(blank.err()).isEqualTo("openrcm: The billing company's name is missing.\n");

        Run shortPassword = openrcm(
                "short\n",
                "users",
                "add",
                "alice",
                "--role",
                "ADMIN",
                "--company",
                "Acme Billing",
                "--password-stdin",
                "--database-url",
                empty);
        assertThat(shortPassword.exit()).isEqualTo(1);
        assertThat(shortPassword.err()).contains("at least 12 characters");
        try (Connection c = DriverManager.getConnection(empty);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from company")) {
            rs.next();
            assertThat(rs.getInt(1))
                    .as("no company left behind by a refused user")
                    .isZero();
        }

        Run ok = openrcm(
                "long-enough-password\n",
                "users",
                "add",
                "alice",
                "--role",
                "ADMIN",
                "--company",
                "Acme Billing",
                "--password-stdin",
                "--database-url",
                empty);
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Added administrator 'alice'");
    }
}
