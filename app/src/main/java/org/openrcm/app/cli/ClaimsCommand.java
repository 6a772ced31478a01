package org.openrcm.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code openrcm claims batch|form}: professional claims as 837P files and as CMS-1500 forms. */
@Command(
        name = "claims",
        description = "Writes claims (canonical claim JSON, or a practice's READY claims from the database) as 837P"
                + " batches, one file per payer, and prints them on the CMS-1500 form.",
        subcommands = {ClaimsBatchCommand.class, ClaimsFormCommand.class})
final class ClaimsCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
