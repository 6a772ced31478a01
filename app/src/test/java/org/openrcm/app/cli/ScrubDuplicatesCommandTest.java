package org.openrcm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A biller scrubbing a batch that holds the same visit twice, or a claim the payer already has ({@code --submitted}):
 * the repeat is a {@code DUPLICATE_CLAIM}, the first is not. Code sets from an empty {@code --data} folder.
 */
class ScrubDuplicatesCommandTest {

    @TempDir
    Path dir;

    static String claim(String id) {
        return """
                {"id": "%s", "kind": "professional", "frequency": "1",
                 "payer": {"id": "MCR-J12", "name": "Medicare", "kind": "medicare"},
                 "patient": {"id": "P-7", "birthDate": "1950-04-02", "sex": "F"},
                 "billingProvider": {"npi": "1234567893"},
                 "diagnoses": ["E11.9"],
                 "lines": [{"procedure": "99213", "units": 1, "charge": "90.00", "pointers": [1],
                            "serviceDate": "2026-03-02"}]}
                """.formatted(id);
    }

    String scrub(Path claims, String... more) {
        StringWriter out = new StringWriter();
        String[] args = new String[7 + more.length];
        args[0] = "scrub";
        args[1] = claims.toString();
        args[2] = "--on";
        args[3] = "2026-03-20";
        args[4] = "--data";
        args[5] = dir.resolve("data").toString();
        args[6] = "--json";
        System.arraycopy(more, 0, args, 7, more.length);
        Cli.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                .execute(args);
        return out.toString();
    }

    @Test
    void theSecondClaimOfAVisitInOneBatchIsADuplicate() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Path batch = Files.writeString(dir.resolve("batch.json"), "[" + claim("C-1") + "," + claim("C-2") + "]");
        String out = scrub(batch);
        assertThat(out.indexOf("DUPLICATE_CLAIM"))
                .as(out)
                .isGreaterThan(out.indexOf("\"claim\" : \"C-2\""))
                .isEqualTo(out.lastIndexOf("DUPLICATE_CLAIM"));
        assertThat(out).contains("This claim repeats claim C-1");
    }

    @Test
    void aClaimThePayerAlreadyHasIsADuplicate() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Path sent = Files.writeString(dir.resolve("sent.json"), claim("C-1"));
        Path again = Files.writeString(dir.resolve("again.json"), claim("C-9"));
        assertThat(scrub(again)).doesNotContain("DUPLICATE_CLAIM");
        assertThat(scrub(again, "--submitted", sent.toString()))
                .contains("DUPLICATE_CLAIM")
                .contains("claim C-1");
    }
}
