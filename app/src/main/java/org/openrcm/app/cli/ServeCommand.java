package org.openrcm.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        description = "Runs OpenRCM on a database (PostgreSQL in production) until stopped with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description = "HTTP port (default: ${DEFAULT-VALUE}).",
            defaultValue = "8080")
    int port;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, every interface).",
            defaultValue = "0.0.0.0")
    String host;

    @Option(
            names = "--demo-data",
            description = "Load the demo data set when the database holds no billing company yet.")
    boolean demoData;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Ports.check(port);
        Database db = database.resolve();
        ConfigurableApplicationContext context = start(db, database.home(), host, port, demoData);
        var out = spec.commandLine().getOut();
        out.println("OpenRCM is serving at http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":"
                + Ports.actual(context) + " on " + db.describe() + ". Stop it with Ctrl+C.");
        Launch.awaitClose(context);
        return 0;
    }

    /** Starts the application on {@code database}; port 0 picks a free port. Used by the tests as well. */
    static ConfigurableApplicationContext start(Database database, Path home, String host, int port, boolean demoData) {
        return Launch.web(database, home, host, port, Map.of("openrcm.demo.seed", demoData));
    }
}
