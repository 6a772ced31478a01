package org.openrcm.app.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.claim.ClaimBatches;
import org.openrcm.app.claim.batch.BatchWriter;
import org.openrcm.app.claim.batch.BatchWriter.BatchFile;
import org.openrcm.app.claim.batch.ControlNumbers;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.claim.ClaimJson;
import org.openrcm.edits.claim.ClaimJsonException;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code openrcm claims batch CLAIMS.json --out DIR}: clean claims (canonical claim JSON) written as 837P files, one
 * per payer, into a folder; control numbers continue after the highest one of the 837P files already in the folder
 * unless given. {@code openrcm claims batch --practice CODE [--out DIR]}: the practice's READY claims from the
 * database, batched and stored there with the sender's next control numbers ({@link ClaimBatches}), the files also
 * written to the folder when given.
 */
@Command(
        name = "batch",
        description = "Writes clean professional claims (canonical claim JSON: one claim or an array) as 837P"
                + " (005010X222A1) files, one per payer, named 837P-<payer id>-<ISA13>.x12, each checked by the X12"
                + " validator before it is saved. A claim missing what an 837P needs refuses the whole batch (exit"
                + " 1) naming the claim and the fields; exit 2 when the input cannot be read. With --practice"
                + " instead of CLAIMS.json, batches the practice's READY claims from the database: the files are"
                + " stored with the sender's next control numbers and their claims become BATCHED; a claim an 837P"
                + " cannot carry stays READY and is listed with the fields to complete (exit 1, the other files"
                + " are kept).")
final class ClaimsBatchCommand implements Callable<Integer> {

    private static final Pattern BATCH_FILE = Pattern.compile("837P-.*-(\\d{9})\\.x12");

    @Parameters(index = "0", arity = "0..1", paramLabel = "CLAIMS.json")
    @Nullable
    Path file;

    @Option(
            names = "--practice",
            paramLabel = "CODE",
            description = "Batch the READY claims of this practice from the database instead of CLAIMS.json.")
    @Nullable
    String practice;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "The folder the files are written to (required with CLAIMS.json).")
    @Nullable
    Path out;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(
            names = "--sender",
            paramLabel = "ID",
            defaultValue = "OPENRCM",
            description =
                    "The submitter id the receiver assigned (ISA06, GS02, 1000A NM109; default ${DEFAULT-VALUE}).")
    String sender;

    @Option(
            names = "--sender-name",
            paramLabel = "NAME",
            description = "The submitter's name (1000A NM103; default: the sender id).")
    @Nullable
    String senderName;

    @Option(
            names = "--contact-name",
            paramLabel = "NAME",
            defaultValue = "BILLING OFFICE",
            description = "Who the receiver calls about a file (1000A PER02; default ${DEFAULT-VALUE}).")
    String contactName;

    @Option(
            names = "--contact-phone",
            required = true,
            paramLabel = "PHONE",
            description = "The submitter contact's phone, ten digits (1000A PER04).")
    String contactPhone;

    @Option(
            names = "--receiver",
            paramLabel = "ID",
            description = "The clearinghouse all files go to (ISA08, GS03, 1000B NM109); default: each payer's id.")
    @Nullable
    String receiver;

    @Option(
            names = "--receiver-name",
            paramLabel = "NAME",
            description = "The clearinghouse's name (1000B NM103; default: the receiver id).")
    @Nullable
    String receiverName;

    @Option(
            names = "--control-number",
            paramLabel = "N",
            description = "The first control number (ISA13, GS06, ST02); default: one above the highest of the 837P"
                    + " files in the folder, else 1.")
    @Nullable
    Long controlNumber;

    @Option(names = "--production", description = "Mark the files as production data (ISA15 P); default test (T).")
    boolean production;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The clock of the files' dates and times; tests fix it. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        if ((file == null) == (practice == null)) {
            throw new CliFailure(CliFailure.USAGE, "give either CLAIMS.json or --practice CODE");
        }
        if (practice != null) {
            if (controlNumber != null) {
                throw new CliFailure(
                        CliFailure.USAGE,
                        "--control-number is for CLAIMS.json; the database keeps the sender's numbers");
            }
            return new ClaimsBatchFromDatabase(this).run(practice);
        }
        if (out == null) {
            throw new CliFailure(CliFailure.USAGE, "--out DIR is required with CLAIMS.json");
        }
        Path out = this.out;
        Path file = this.file;
        PrintWriter print = spec.commandLine().getOut();
        List<Claim> claims = readClaims(file);
        if (claims.isEmpty()) {
            print.println(file + " holds no claims: no file written.");
            return 0;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CliFailure(CliFailure.USAGE, out + " is not a folder");
        }
        BatchWriter writer = new BatchWriter(
                submitter(),
                receiver(),
                ControlNumbers.sequential(controlNumber != null ? controlNumber : nextAfterFilesIn(out)),
                clock,
                production);
        List<BatchFile> files = writer.write(claims);
        for (BatchFile f : files) {
            check(f);
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new CliFailure(CliFailure.FAILED, "cannot create " + out + ": " + e.getMessage());
        }
        for (BatchFile f : files) {
            f.saveIn(out);
            print.printf(
                    "%s: %d claim%s to %s, $%s, ISA13 %s GS06 %s ST02 %s%n",
                    f.fileName(),
                    f.claimIds().size(),
                    f.claimIds().size() == 1 ? "" : "s",
                    f.payerId(),
                    f.totalCharge().setScale(2),
                    f.interchangeControlNumber(),
                    f.groupControlNumber(),
                    f.transactionSetControlNumber());
        }
        return 0;
    }

    BatchWriter.Submitter submitter() {
        try {
            return new BatchWriter.Submitter(
                    sender, senderName != null ? senderName : sender, contactName, contactPhone);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(CliFailure.USAGE, e.getMessage());
        }
    }

    BatchWriter.@Nullable Receiver receiver() {
        try {
            return receiver == null
                    ? null
                    : new BatchWriter.Receiver(receiver, receiverName != null ? receiverName : receiver);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(CliFailure.USAGE, e.getMessage());
        }
    }

    /** A file the validator faults is a defect of the writer: it is never saved. */
    private static void check(BatchFile f) {
        ValidationReport report = new X12Validator().validate(new ByteArrayInputStream(f.content()), f.fileName());
        if (!report.valid()) {
            Finding first = report.findings().stream()
                    .filter(Finding::isError)
                    .findFirst()
                    .orElse(null);
            throw new CliFailure(
                    CliFailure.FAILED,
                    f.fileName() + " failed X12 validation, so no file was saved: "
                            + (first == null
                                    ? report.errorCount() + " errors"
                                    : first.code() + " at " + first.where() + " in loop " + first.loop()));
        }
    }

    private static long nextAfterFilesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 1;
        }
        long highest = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = BATCH_FILE.matcher(p.getFileName().toString());
                if (m.matches()) {
                    highest = Math.max(highest, Long.parseLong(m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return highest + 1;
    }

    private static List<Claim> readClaims(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(CliFailure.USAGE, file + " does not exist");
        }
        try {
            return ClaimJson.read(file);
        } catch (ClaimJsonException e) {
            throw new CliFailure(CliFailure.USAGE, file + ": " + e.getMessage());
        }
    }
}
