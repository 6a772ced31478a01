package org.openrcm.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openrcm.app.codes.CodeLibrary;
import org.openrcm.app.codes.ReleaseOverview;
import org.openrcm.app.demo.DemoLogin;
import org.openrcm.app.demo.DemoSeeder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        description = "Runs OpenRCM on its embedded database with demo data, at http://localhost:8080, until stopped"
                + " with Ctrl+C.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    HomeOption home = new HomeOption();

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "HTTP port (default: ${DEFAULT-VALUE}).",
            defaultValue = "8080")
    int port;

    @Option(names = "--no-browser", description = "Do not open a web browser.")
    boolean noBrowser;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Ports.check(port);
        ConfigurableApplicationContext context = start(home.resolve(), port);
        String url = "http://localhost:" + Ports.actual(context);
        printWelcome(
                spec.commandLine().getOut(),
                url,
                home.resolve(),
                context.getBean(CodeLibrary.class).overview());
        if (!noBrowser) {
            Browser.open(url);
        }
        Launch.awaitClose(context);
        return 0;
    }

    /**
     * Starts the demo: embedded database under {@code home}, demo data seeded before the port opens, listening on
     * this machine only (the demo passwords are public). Port 0 picks a free port. Used by the tests as well.
     */
    public static ConfigurableApplicationContext start(Path home, int port) {
        return Launch.web(Database.embedded(home), home, "127.0.0.1", port, Map.of("openrcm.demo.seed", true));
    }

    static void printWelcome(PrintWriter out, String url, Path home, List<ReleaseOverview> codeSets) {
        out.println();
        out.println("OpenRCM demo is running at " + url);
        out.println("  Data: " + home.toAbsolutePath().normalize() + " (embedded H2 database)");
        out.println("  Sign in as (username / password):");
        for (DemoLogin login : DemoSeeder.LOGINS) {
            out.printf(
                    "    %-8s / %-16s %s, %s%n",
                    login.username(), login.password(), login.role().title(), login.practices());
        }
        List<String> starter = codeSets.stream()
                .filter(ReleaseOverview::starter)
                .map(r -> r.systemLabel() + " " + r.id())
                .distinct()
                .toList();
        if (!starter.isEmpty()) {
            out.println("  Code sets: a starter set shipped for the demo (" + String.join(", ", starter)
                    + "), a few hundred codes, not for billing.");
            out.println("    Load the full official releases with 'openrcm codes import PATH…' (the CMS/CDC files or"
                    + " zips) or 'openrcm codes download'; Code sets in the application lists what is loaded.");
        }
        out.println("  Stop it with Ctrl+C.");
        out.println();
        out.flush();
    }
}
