package org.openrcm.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openrcm.app.claim.BatchRun;
import org.openrcm.app.claim.ClaimBatches;
import org.openrcm.app.claim.StoredBatchFile;
import org.openrcm.app.claim.batch.BatchWriter;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.practice.Practices;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code openrcm claims batch --practice CODE [--out DIR]}: the practice's READY claims batched in the database, as
 * the system ("system:batch"), until none is left that an 837P can carry; then each stored file written to the
 * folder when one is given.
 */
final class ClaimsBatchFromDatabase {
    private final ClaimsBatchCommand command;

    ClaimsBatchFromDatabase(ClaimsBatchCommand command) {
        this.command = command;
    }

    int run(String practiceCode) {
        PrintWriter print = command.spec.commandLine().getOut();
        BatchWriter.Submitter submitter = command.submitter();
        BatchWriter.Receiver receiver = command.receiver();
        Path out = command.out;
        if (out != null) {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new CliFailure(CliFailure.USAGE, out + " is not a folder");
            }
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                throw new CliFailure(CliFailure.FAILED, "cannot create " + out + ": " + e.getMessage());
            }
        }
        try (ConfigurableApplicationContext context =
                Launch.batch(command.database.resolveExisting(), command.database.home(), Map.of())) {
            CurrentActor current = context.getBean(CurrentActor.class);
            ClaimBatches batches = context.getBean(ClaimBatches.class);
            return current.runAsSystem("batch", () -> {
                PracticeId practice = context.getBean(Practices.class)
                        .practiceByCode(practiceCode)
                        .orElseThrow(() ->
                                new CliFailure(CliFailure.FAILED, "No practice with code '" + practiceCode + "'."))
                        .id();
                List<StoredBatchFile> files = new ArrayList<>();
                BatchRun run;
                do { // one run batches at most Claims.LIST_LIMIT claims; every run moves claims out of READY
                    run = batches.batchReady(practice, submitter, receiver, command.production);
                    files.addAll(run.files());
                } while (!run.files().isEmpty());
                for (StoredBatchFile f : files) {
                    if (out != null) {
                        save(out, f, batches.content(f.id()).orElseThrow());
                    }
                    print.printf(
                            "%s: %d claim%s to %s (%s), $%s, ISA13 %s%n",
                            f.fileName(),
                            f.claimCount(),
                            f.claimCount() == 1 ? "" : "s",
                            f.payerId(),
                            f.payerName(),
                            f.totalCharge().setScale(2),
                            f.interchangeControlNumber());
                }
                if (files.isEmpty()) {
                    print.println("No claim of " + practiceCode + " is ready to batch: no file written.");
                }
                for (BatchRun.Skipped skipped : run.skipped()) {
                    print.println("Stays READY: " + skipped.reason());
                }
                return run.skipped().isEmpty() ? 0 : 1;
            });
        }
    }

    /** The stored bytes under the stored name; a file already there is never replaced (the batch stays stored). */
    private static void save(Path folder, StoredBatchFile f, byte[] content) {
        Path target = folder.resolve(f.fileName());
        try {
            Files.write(target, content, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new CliFailure(
                    CliFailure.FAILED,
                    target + " already exists; the batch is stored in the database but was not written there.");
        } catch (IOException e) {
            throw new CliFailure(CliFailure.FAILED, "cannot write " + target + ": " + e.getMessage());
        }
    }
}
