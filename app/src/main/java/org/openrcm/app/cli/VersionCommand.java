package org.openrcm.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

@Command(name = "version", description = "Prints the version of OpenRCM and of the Java it runs on.")
final class VersionCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().println(Cli.Version.line());
    }
}
