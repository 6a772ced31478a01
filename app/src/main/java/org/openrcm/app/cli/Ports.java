package org.openrcm.app.cli;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

final class Ports {
    private Ports() {}

    static void check(int port) {
        if (port < 1 || port > 65_535) {
            throw new CliFailure(CliFailure.USAGE, "Invalid value for --port: " + port + " (expected 1 to 65535).");
        }
    }

    static int actual(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
