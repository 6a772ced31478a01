package org.openrcm.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
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
            description = "Address to listen on (default: 0.0.0.0, every interface; 127.0.0.1 with --demo-data).")
    @Nullable
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
        String address = host != null ? host : demoData ? "127.0.0.1" : "0.0.0.0";
        if (demoData && !Launch.isLoopback(address)) {
            throw new CliFailure(
                    CliFailure.USAGE,
                    "--demo-data creates sign-ins whose passwords are printed in the README; it serves this machine"
                            + " only. Leave out --host, or use --host 127.0.0.1.");
        }
        Database db = database.resolve();
        ConfigurableApplicationContext context = start(db, database.home(), address, port, demoData);
        var out = spec.commandLine().getOut();
        out.println("OpenRCM is serving at http://" + ("0.0.0.0".equals(address) ? "localhost" : address) + ":"
                + Ports.actual(context) + " on " + db.describe() + ". Stop it with Ctrl+C.");
        Launch.awaitClose(context);
        return 0;
    }

    /** Starts the application on {@code database}; port 0 picks a free port. Used by the tests as well. */
    static ConfigurableApplicationContext start(Database database, Path home, String host, int port, boolean demoData) {
        return Launch.web(
                database,
                home,
                host,
                port,
                Map.of("openrcm.demo.seed", demoData, "openrcm.serves-network", !Launch.isLoopback(host)));
    }
}
