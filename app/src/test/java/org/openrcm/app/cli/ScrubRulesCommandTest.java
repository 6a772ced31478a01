package org.openrcm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A biller scrubbing claims against a payer's rule packs with {@code --rules}: the shipped example pack (Acme Health)
 * and a broken one. The code sets come from an empty {@code --data} folder, so no database is needed.
 */
class ScrubRulesCommandTest {
    record Run(int exit, String out, String err) {}

    static final Path EXAMPLE = Path.of("../docs/rule-packs/example-commercial.yaml");

    @TempDir
    Path dir;

    static final String A1C_FOR_HYPERTENSION = """
            {"id": "C-2001", "kind": "professional",
             "payer": {"id": "ACME01", "name": "Acme Health", "kind": "commercial"},
             "patient": {"id": "P-1", "birthDate": "1950-04-02", "sex": "F"},
             "placeOfService": "11",
             "diagnoses": ["E11.9", "I10"],
             "lines": [{"procedure": "83036", "units": 1, "charge": "30.00", "pointers": [2],
                        "serviceDate": "2026-03-02"}]}
            """;

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--home", dir.resolve("home").toString()));
        int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aPayersCoverageListFlagsALineWhoseDiagnosisItDoesNotCover() throws IOException {
        Path claims = Files.writeString(dir.resolve("claims.json"), A1C_FOR_HYPERTENSION);
        Path data = Files.createDirectories(dir.resolve("data"));
        Path packs = Files.createDirectories(dir.resolve("packs"));
        Files.copy(EXAMPLE, packs.resolve("acme.yaml"));

        Run run = run(
                "scrub",
                claims.toString(),
                "--on",
                "2026-03-20",
                "--data",
                data.toString(),
                "--rules",
                packs.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("MEDICAL_NECESSITY")
                .contains("Line 1 (83036) is billed for I10, none of which Acme Health policy AH-LAB-102");

        Path covered = Files.writeString(dir.resolve("covered.json"), A1C_FOR_HYPERTENSION.replace("[2]", "[1]"));
        Run ok = run(
                "scrub",
                covered.toString(),
                "--on",
                "2026-03-20",
                "--data",
                data.toString(),
                "--rules",
                EXAMPLE.toString(),
                "--json");
        assertThat(ok.out())
                .as("one file works as well as a folder")
                .contains("\"claim\" : \"C-2001\"")
                .doesNotContain("MEDICAL_NECESSITY");

        Run without = run("scrub", claims.toString(), "--on", "2026-03-20", "--data", data.toString());
        assertThat(without.out())
                .as("no --rules: no payer rules")
                .contains("C-2001: ")
                .doesNotContain("MEDICAL_NECESSITY");
    }

    @Test
    void aBrokenPackIsExit2WithItsLine() throws IOException {
        Path claims = Files.writeString(dir.resolve("claims.json"), A1C_FOR_HYPERTENSION);
        Path packs = Files.createDirectories(dir.resolve("packs"));
        String example = Files.readString(EXAMPLE);
        Files.writeString(packs.resolve("acme.yaml"), example.replace("\"Z79.84\"", "\"Z79.*84\""));
        int line = (int)
                example.substring(0, example.indexOf("\"Z79.84\"")).lines().count();

        Run run = run(
                "scrub",
                claims.toString(),
                "--data",
                Files.createDirectories(dir.resolve("data")).toString(),
                "--rules",
                packs.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains(packs.resolve("acme.yaml") + " line " + line + ", column ")
                .contains("'coveredDiagnoses' entry 'Z79.*84' is not a code, a prefix ending in '*' or a range");
        assertThat(run.out()).as("nothing is scrubbed with half the rules").isEmpty();
    }
}
