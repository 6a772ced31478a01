package org.openrcm.app.cli;

import java.io.IOException;
import java.util.List;

/** Opens a URL in the desktop's browser when there is a desktop; silently does nothing on a server. */
final class Browser {
    private Browser() {}

    static void open(String url) {
        boolean mac = System.getProperty("os.name", "").toLowerCase().contains("mac");
        boolean desktop = mac || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        if (!desktop || "true".equals(System.getenv("CI"))) {
            return;
        }
        try {
            new ProcessBuilder(List.of(mac ? "open" : "xdg-open", url))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            // No opener installed: the URL is printed above.
        }
    }
}
