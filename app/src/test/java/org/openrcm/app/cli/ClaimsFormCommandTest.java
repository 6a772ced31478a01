package org.openrcm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openrcm.app.claim.form.FormClaims;
import picocli.CommandLine;

class ClaimsFormCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** The command as {@code openrcm claims form} runs it: failures as one line and an exit code. */
    private int run(String... args) {
        return new CommandLine(new ClaimsFormCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println("openrcm: " + Cli.sentence(e));
                    return e instanceof CliFailure failure ? failure.exitCode() : CliFailure.FAILED;
                })
                .execute(args);
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void writesOneClaimToTheNamedPdf() throws IOException {
        Path claim = Files.writeString(dir.resolve("claim.json"), FormClaims.DESIGN_EXAMPLE);
        Path pdf = dir.resolve("out/form.pdf");

        assertThat(run(claim.toString(), "--out", pdf.toString())).isZero();

        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        assertThat(pages(pdf)).isEqualTo(1);
        assertThat(out.toString()).contains("C-1001: 1 page -> " + pdf);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writesEachClaimOfAnArrayToAFolderByClaimId() throws IOException {
        String second = FormClaims.withLines(7).replace("\"C-1001\"", "\"C/1002\"");
        String third = FormClaims.DESIGN_EXAMPLE.replace("\"id\": \"C-1001\",", "");
        Path claims = Files.writeString(
                dir.resolve("claims.json"), "[" + FormClaims.DESIGN_EXAMPLE + "," + second + "," + third + "]");
        Path folder = dir.resolve("forms");

        assertThat(run(claims.toString(), "--out", folder.toString())).isZero();

        assertThat(pages(folder.resolve("C-1001.pdf"))).isEqualTo(1);
        assertThat(pages(folder.resolve("C_1002.pdf"))).isEqualTo(2); // 7 lines continue on a second page
        assertThat(pages(folder.resolve("claim-3.pdf"))).isEqualTo(1);
        assertThat(out.toString()).contains("C/1002: 2 pages").contains("claim 3: 1 page");
    }

    @Test
    void refusesAnInstitutionalClaimButPrintsTheOthers() throws IOException {
        String institutional = FormClaims.DESIGN_EXAMPLE
                .replace("\"professional\"", "\"institutional\"")
                .replace("C-1001", "H-7");
        Path claims = Files.writeString(
                dir.resolve("claims.json"), "[" + FormClaims.DESIGN_EXAMPLE + "," + institutional + "]");
        Path folder = dir.resolve("forms");

        assertThat(run(claims.toString(), "--out", folder.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("H-7: an institutional claim is billed on the UB-04");
        assertThat(folder.resolve("C-1001.pdf")).exists();
        assertThat(folder.resolve("H-7.pdf")).doesNotExist();
    }

    @Test
    void severalClaimsNeedAFolder() throws IOException {
        Path claims = Files.writeString(
                dir.resolve("claims.json"), "[" + FormClaims.DESIGN_EXAMPLE + "," + FormClaims.DESIGN_EXAMPLE + "]");

        assertThat(run(claims.toString(), "--out", dir.resolve("one.pdf").toString()))
                .isEqualTo(2);

        assertThat(err.toString()).contains("holds 2 claims: give --out a folder");
        assertThat(dir.resolve("one.pdf")).doesNotExist();
    }

    @Test
    void unreadableInputIsAUsageError() throws IOException {
        assertThat(run(dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.json does not exist");

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"lines\": [");
        assertThat(run(broken.toString(), "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("broken.json");

        Path empty = Files.writeString(dir.resolve("empty.json"), "[]");
        assertThat(run(empty.toString(), "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("holds no claims");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".pdf"))).isEmpty();
        }
    }

    @Test
    void duplicateIdsGetDistinctFiles() throws IOException {
        Path claims = Files.writeString(
                dir.resolve("claims.json"), "[" + FormClaims.DESIGN_EXAMPLE + "," + FormClaims.DESIGN_EXAMPLE + "]");

        assertThat(run(claims.toString(), "--out", dir.toString(), "--pre-printed"))
                .isZero();

        assertThat(dir.resolve("C-1001.pdf")).exists();
        assertThat(dir.resolve("C-1001-2.pdf")).exists();
    }
}
