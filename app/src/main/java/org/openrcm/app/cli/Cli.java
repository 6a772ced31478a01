package org.openrcm.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import org.openrcm.app.kernel.Refused;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code openrcm} program: parses the command line and runs one command. */
@Command(
        name = "openrcm",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "OpenRCM: medical coding and billing.",
        subcommands = {
            ServeCommand.class,
            DemoCommand.class,
            VersionCommand.class,
            UsersCommand.class,
            AuditCommand.class,
            X12Command.class,
            CodesCommand.class,
            ScrubCommand.class,
            ClaimsCommand.class
        })
public final class Cli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line; returns the exit code (0 done, 1 failed, 2 bad usage). */
    public static int run(String[] args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return new CommandLine(new Cli())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println("openrcm: " + sentence(e));
                    return e instanceof CliFailure failure ? failure.exitCode() : CliFailure.FAILED;
                });
    }

    /** One line for whatever stopped a command: never a stack trace on a user's terminal. */
    static String sentence(Exception e) {
        return switch (e) {
            case CliFailure failure -> failure.getMessage();
            case Refused refused -> refused.getMessage();
            default ->
                "failed (" + e.getClass().getSimpleName() + ")"
                        + (e.getMessage() == null ? "" : ": " + CliFailure.firstLine(e.getMessage()));
        };
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Version and build time from the jar's build-info, written by the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {line()};
        }

        static String line() {
            Properties build = new Properties();
            try (InputStream in = Cli.class.getResourceAsStream("/META-INF/build-info.properties")) {
                if (in != null) {
                    build.load(in);
                }
            } catch (IOException e) {
                // no build information: a development run
            }
            return "OpenRCM " + build.getProperty("build.version", "(development)")
                    + (build.containsKey("build.time") ? ", built " + build.getProperty("build.time") : "")
                    + ", Java " + Runtime.version();
        }
    }
}
