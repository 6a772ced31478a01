package org.openrcm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line refuses bad input with a clear message and the right exit code, before starting anything. */
class CliTest {
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void anUnknownFlagIsAUsageError() {
        Run run = run("serve", "--bogus");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--bogus'").contains("Usage: openrcm serve");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Run run = run("frobnicate");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument").contains("frobnicate");
    }

    @Test
    void aBadValueNamesTheOptionAndTheValue() {
        Run port = run("serve", "--port", "eighty");
        assertThat(port.exit()).isEqualTo(2);
        assertThat(port.err()).contains("--port").contains("eighty");

        Run range = run("demo", "--port", "70000");
        assertThat(range.exit()).isEqualTo(2);
        assertThat(range.err()).contains("Invalid value for --port: 70000");

        Run role = run("users", "add", "pat", "--role", "WIZARD", "--password-stdin");
        assertThat(role.exit()).isEqualTo(2);
        assertThat(role.err()).contains("unknown role 'WIZARD'").contains("ADMIN, MANAGER, CODER, BILLER");
    }

    @Test
    void aRequiredOptionThatIsMissingIsNamed() {
        Run run = run("users", "add", "pat");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--role=ROLE'");
    }

    @Test
    void aMalformedDatabaseUrlIsRefusedWithWhatWasExpected() {
        Run run = run("audit", "verify", "--database-url", "postgres://db.example/openrcm?password=secret");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("Malformed database URL")
                .contains("jdbc:postgresql://HOST[:PORT]/DATABASE")
                .doesNotContain("secret");
    }

    @Test
    void anUnreachableDatabaseIsExplainedInOneSentence() {
        Run run = run(
                "audit", "verify", "--database-url", "jdbc:postgresql://127.0.0.1:1/openrcm?user=x&password=secret");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("openrcm: Cannot connect to the database at jdbc:postgresql://127.0.0.1:1/openrcm")
                .contains("password=***")
                .doesNotContain("secret")
                .doesNotContain("\tat ");
    }

    @Test
    void verifyingAHomeWithoutADatabaseSaysWhatToDo(@TempDir Path home) {
        Run run = run("audit", "verify", "--home", home.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("There is no OpenRCM database in").contains("openrcm demo");
    }

    @Test
    void aPortInUseIsExplained(@TempDir Path home) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run run = run(
                    "demo",
                    "--home",
                    home.toString(),
                    "--port",
                    Integer.toString(taken.getLocalPort()),
                    "--no-browser");
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err())
                    .contains("Port " + taken.getLocalPort() + " is already in use")
                    .contains("--port");
        }
    }

    @Test
    void versionAndHelpAnswer() {
        Run version = run("version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("OpenRCM ").contains("Java ");

        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out())
                .contains("serve")
                .contains("demo")
                .contains("users")
                .contains("audit");
    }

    @Test
    void demoDataIsNeverServedToTheNetwork() {
        Run run = run("serve", "--demo-data", "--host", "0.0.0.0");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--demo-data").contains("this machine only");
    }

    @Test
    void anUnknownHostIsNamed(@TempDir Path home) {
        Run run = run("serve", "--home", home.toString(), "--host", "no-such-host.invalid");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown address for --host: no-such-host.invalid");
    }

    @Test
    void verifyingAnH2UrlThatPointsNowhereCreatesNothing(@TempDir Path dir) {
        Path db = dir.resolve("nothing");
        Run run = run("audit", "verify", "--database-url", "jdbc:h2:file:" + db);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("openrcm: Cannot connect to the database");
        assertThat(dir).isEmptyDirectory();
    }
}
