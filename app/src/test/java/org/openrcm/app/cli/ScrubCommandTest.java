package org.openrcm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openrcm.app.testing.SharedData;
import org.openrcm.app.testing.TestDatabases;

/** A biller scrubbing claim JSON from the command line against the ICD-10-CM releases imported into PostgreSQL. */
class ScrubCommandTest {
    record Run(int exit, String out, String err) {}

    static String url;

    @TempDir
    static Path dir;

    static final String CLEAN = """
            {"id": "C-1001", "kind": "professional",
             "payer": {"id": "ACME01", "name": "ACME HEALTH", "kind": "commercial"},
             "subscriber": {"memberId": "1EG4TE5MK73", "relationship": "self", "name": {"last": "RIVERA", "first": "ANA"}},
             "patient": {"id": "P-1", "name": {"last": "RIVERA", "first": "ANA"}, "birthDate": "1950-04-02", "sex": "F"},
             "billingProvider": {"npi": "1234567893", "taxonomy": "207Q00000X", "taxId": "371234567",
                                 "name": "OAK FAMILY PRACTICE",
                                 "address": {"line1": "400 MAIN ST", "city": "SPRINGFIELD", "state": "IL",
                                             "zip": "627011234"}},
             "placeOfService": "11",
             "diagnoses": ["E11.9", "I10"],
             "lines": [{"procedure": "99214", "modifiers": ["25"], "units": 1, "charge": "150.00", "pointers": [1, 2],
                        "serviceDate": "2025-11-02"}]}
            """;

    @BeforeAll
    static void importFy2025AndFy2026AndTheCptNumbers() {
        url = TestDatabases.fresh("scrub");
        Run imported = run(
                "codes",
                "import",
                SharedData.file("codes/icd10cm/fy2025/icd10cm_order_2025.txt").toString(),
                SharedData.file("codes/icd10cm/fy2026/icd10cm_order_2026.txt").toString(),
                SharedData.file("codes/cpt/cpt_code_numbers_from_pprrvu_2024_jul.csv")
                        .toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--database-url", url, "--home", dir.resolve("home").toString()));
        int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aCleanClaimPassesAndACodeDeletedInFy2026IsCaught() throws IOException {
        Path claims = Files.writeString(
                dir.resolve("claims.json"),
                "[" + CLEAN + ","
                        + CLEAN.replace("C-1001", "C-1002")
                                .replace("P-1", "P-2")
                                .replace("\"I10\"", "\"S30.1XXA\"") + "]");
        Run run = run("scrub", claims.toString(), "--json");
        assertThat(run.exit()).as("a claim with an error finding").isEqualTo(1);
        assertThat(run.out())
                .contains("\"claim\" : \"C-1001\",\n  \"findings\" : [ ]")
                .contains("\"rule\" : \"CODE_NOT_EFFECTIVE\"")
                .contains("S30.1XXA is not valid on 2025-11-02 under ICD-10-CM FY2026");

        Path clean = Files.writeString(dir.resolve("clean.json"), CLEAN);
        Run ok = run("scrub", clean.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("C-1001: clean");
    }

    @Test
    void unreadableInputIsExit2WithTheJsonPath() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), CLEAN.replace("\"150.00\"", "\"15O.00\""));
        Run run = run("scrub", bad.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("bad.json").contains("$.lines[0].charge");
    }

    @Test
    void aFolderOfOfficialFilesIsReadOnTheFlyWithItsNcciTables() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("data/ncci"));
        Files.createSymbolicLink(
                dir.resolve("data/icd10cm_order_2025.txt"),
                SharedData.file("codes/icd10cm/fy2025/icd10cm_order_2025.txt"));
        for (String ncci : List.of(
                "ptp_practitioner_eff_2024-07-01.csv.gz",
                "mue_practitioner_eff_2024-07-01.csv",
                "aoc_addon_code_edits_2024-06-03.csv")) {
            Files.createSymbolicLink(folder.resolve(ncci), SharedData.file("codes/ncci/" + ncci));
        }
        String bundled = CLEAN.replace("2025-11-02", "2024-11-04")
                .replace("\"modifiers\": [\"25\"], ", "")
                .replace(
                        "\"serviceDate\": \"2024-11-04\"}]",
                        "\"serviceDate\": \"2024-11-04\"}, {\"procedure\": \"99211\", \"units\": 1,"
                                + " \"charge\": \"40.00\", \"pointers\": [1], \"serviceDate\": \"2024-11-04\"}]");
        Path claim = Files.writeString(dir.resolve("bundled.json"), bundled);
        Run run = run("scrub", claim.toString(), "--data", dir.resolve("data").toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("NCCI_PTP")
                .contains("99211 (line 2) is bundled into 99214 (line 1) on 2024-11-04")
                .as("no CPT numbers in the folder: said, not silently passed")
                .contains("REFERENCE_MISSING");
    }
}
