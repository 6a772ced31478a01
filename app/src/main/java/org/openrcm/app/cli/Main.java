package org.openrcm.app.cli;

/** The {@code openrcm} program's entry point: {@code java -jar openrcm.jar COMMAND…}; see {@link Cli}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Commands that serve return only once the application has stopped.
        System.exit(Cli.run(args));
    }
}
