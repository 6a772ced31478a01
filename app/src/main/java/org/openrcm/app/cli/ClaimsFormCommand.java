package org.openrcm.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.claim.form.Cms1500Form;
import org.openrcm.app.claim.form.FormOptions;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.claim.ClaimJson;
import org.openrcm.edits.claim.ClaimJsonException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code openrcm claims form CLAIM.json}: the CMS-1500 (02/12) PDF of professional claims in canonical claim JSON,
 * one PDF per claim, named by the claim id. Needs no database.
 */
@Command(
        name = "form",
        description = "Prints professional claims (canonical claim JSON: one claim or an array) on the CMS-1500"
                + " (02/12) form as PDF: six service lines per page, more continue on further pages. One claim goes"
                + " to --out FILE.pdf; several go to --out DIR as CLAIM-ID.pdf (default: the current folder). Exit 0"
                + " when every claim printed, 1 when a claim could not (an institutional claim goes on a UB-04),"
                + " 2 when the input cannot be read.")
final class ClaimsFormCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CLAIM.json")
    Path file;

    @Option(
            names = "--out",
            paramLabel = "FILE.pdf|DIR",
            description = "Where to write: a .pdf file for one claim, else a folder (created if missing).")
    @Nullable
    Path out;

    @Option(
            names = "--pre-printed",
            description = "Print the data only, to feed the official red 1500 form through the printer.")
    boolean prePrinted;

    @Option(
            names = "--original-ref",
            paramLabel = "NUMBER",
            description = "The payer's claim number a corrected (7) or void (8) claim replaces (item 22).")
    @Nullable
    String originalReference;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        quietPdfBox();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<Claim> claims = read(file);
        if (claims.isEmpty()) {
            throw new CliFailure(CliFailure.USAGE, file + " holds no claims: there is no form to print.");
        }
        boolean oneFile = claims.size() == 1
                && out != null
                && !Files.isDirectory(out)
                && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
        if (!oneFile
                && out != null
                && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new CliFailure(
                    CliFailure.USAGE,
                    file + " holds " + claims.size() + " claims: give --out a folder to write one PDF per claim.");
        }
        Path folder = oneFile ? null : out == null ? Path.of("") : out;
        FormOptions options = (prePrinted ? FormOptions.PRE_PRINTED : FormOptions.PLAIN_PAPER)
                .withOriginalReference(originalReference);
        Cms1500Form form = new Cms1500Form();
        Set<String> used = new HashSet<>();
        boolean refused = false;
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            String label = claim.id() != null ? claim.id() : "claim " + (i + 1);
            if (claim.kind() != null && claim.kind().strip().equalsIgnoreCase("institutional")) {
                stderr.println(label + ": an institutional claim is billed on the UB-04, not the CMS-1500; skipped.");
                refused = true;
                continue;
            }
            Path target = oneFile ? out : folder.resolve(fileName(claim, i, used));
            write(target, form.render(claim, options));
            int pages = Cms1500Form.pages(claim);
            stdout.println(label + ": " + pages + (pages == 1 ? " page" : " pages") + " -> " + target);
        }
        return refused ? CliFailure.FAILED : 0;
    }

    private static List<Claim> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(CliFailure.USAGE, file + " does not exist");
        }
        try {
            return ClaimJson.read(file);
        } catch (ClaimJsonException e) {
            throw new CliFailure(CliFailure.USAGE, file + ": " + e.getMessage());
        }
    }

    /** The claim id made safe as a file name, unique within this run. */
    static String fileName(Claim claim, int index, Set<String> used) {
        String base = claim.id() == null || claim.id().isBlank()
                ? "claim-" + (index + 1)
                : claim.id().strip().replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.startsWith(".")) {
            base = "_" + base.substring(1);
        }
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name + ".pdf";
    }

    private static void write(Path target, byte[] pdf) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(target, pdf);
        } catch (IOException e) {
            throw new CliFailure(
                    CliFailure.FAILED, "cannot write " + target + ": " + CliFailure.firstLine(e.getMessage()));
        }
    }

    /**
     * PDFBox tells at INFO level that it built its font cache, on the first form of a machine; a command line user
     * has nothing to do with that. Outside Spring, logback has no configuration, so the level is set here.
     */
    private static void quietPdfBox() {
        if (org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox") instanceof ch.qos.logback.classic.Logger l) {
            l.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
