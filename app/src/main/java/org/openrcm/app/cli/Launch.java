package org.openrcm.app.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.openrcm.app.OpenRcmApplication;
import org.openrcm.app.kernel.Refused;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Starts the Spring application for a command, turning the usual start-up failures into one clear sentence. */
final class Launch {
    private Launch() {}

    /** The web application on {@code host:port}; port 0 picks a free one. */
    static ConfigurableApplicationContext web(
            Database database, Path home, String host, int port, Map<String, Object> extra) {
        if (port != 0) {
            checkPortFree(host, port);
        }
        Map<String, Object> properties = new LinkedHashMap<>(extra);
        properties.put("server.address", host);
        properties.put("server.port", port);
        return start(database, home, WebApplicationType.SERVLET, properties, port);
    }

    /** The application without a web server, for batch commands. */
    static ConfigurableApplicationContext batch(Database database, Path home, Map<String, Object> extra) {
        return start(database, home, WebApplicationType.NONE, extra, -1);
    }

    /** Blocks until the application is closed (Ctrl+C or a shutdown). */
    static void awaitClose(ConfigurableApplicationContext context) {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (!context.isActive()) {
            return;
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ConfigurableApplicationContext start(
            Database database, Path home, WebApplicationType type, Map<String, Object> extra, int port) {
        database.checkReachable();
        Map<String, Object> properties = new LinkedHashMap<>(database.springProperties());
        properties.put("openrcm.home", home.toAbsolutePath().normalize().toString());
        properties.putAll(extra);
        try {
            return new SpringApplicationBuilder(OpenRcmApplication.class)
                    .web(type)
                    .properties(properties)
                    .logStartupInfo(false)
                    .run();
        } catch (RuntimeException e) {
            throw explain(e, database, port);
        }
    }

    private static CliFailure explain(RuntimeException e, Database database, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refused refused) {
                return new CliFailure(CliFailure.FAILED, refused.getMessage());
            }
            if (t instanceof PortInUseException) {
                return portInUse(port);
            }
            if (t.getClass().getName().startsWith("org.flywaydb")) {
                return new CliFailure(
                        CliFailure.FAILED,
                        "The database at " + database.describe() + " could not be brought up to date: "
                                + CliFailure.firstLine(t.getMessage()));
            }
            if (t instanceof java.sql.SQLException) {
                return new CliFailure(
                        CliFailure.FAILED,
                        "Database error at " + database.describe() + ": " + CliFailure.firstLine(t.getMessage()));
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return new CliFailure(
                CliFailure.FAILED,
                "OpenRCM could not start: " + root.getClass().getSimpleName() + ": "
                        + CliFailure.firstLine(root.getMessage()));
    }

    /** Whether an address only answers this machine (127.0.0.1, ::1, localhost). */
    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void checkPortFree(String host, int port) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CliFailure(CliFailure.USAGE, "Unknown address for --host: " + host + ".");
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw portInUse(port);
        }
    }

    private static CliFailure portInUse(int port) {
        return new CliFailure(
                CliFailure.FAILED,
                "Port " + port + " is already in use. Stop the program that uses it, or choose another port with"
                        + " --port.");
    }
}
