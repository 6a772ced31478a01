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

/**
 * A biller imports the CMS NCCI tables with 'codes import' and scrubs claims against the database: the quarter in force
 * on each date of service judges the lines.
 */
class NcciImportTest {
    record Run(int exit, String out, String err) {}

    static final String PTP = "codes/ncci/ptp_practitioner_eff_2024-07-01_sample.csv";
    static final String MUE = "codes/ncci/mue_practitioner_eff_2024-07-01.csv";
    static final String AOC = "codes/ncci/aoc_addon_code_edits_2024-06-03.csv";

    static String url;
    static Run imported;

    @TempDir
    static Path dir;

    @BeforeAll
    static void importTheJuly2024Tables() {
        url = TestDatabases.fresh("ncci");
        imported = run(
                "codes",
                "import",
                SharedData.file(PTP).toString(),
                SharedData.file(MUE).toString(),
                SharedData.file(AOC).toString());
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

    /** One claim of two lines on a date: 99214, and 99211 with the given modifiers. */
    static Path claim(String name, String date, String line2Modifiers, String extraLine) throws IOException {
        return Files.writeString(
                dir.resolve(name),
                """
                {"id": "C-1", "kind": "professional",
                 "subscriber": {"memberId": "1EG4TE5MK73", "relationship": "self",
                                "name": {"last": "RIVERA", "first": "ANA"}},
                 "patient": {"id": "P-1", "name": {"last": "RIVERA", "first": "ANA"}, "birthDate": "1950-04-02",
                             "sex": "F"},
                 "billingProvider": {"npi": "1234567893", "taxonomy": "207Q00000X", "taxId": "371234567",
                                     "name": "OAK FAMILY PRACTICE"},
                 "placeOfService": "11",
                 "diagnoses": ["E11.9"],
                 "lines": [{"procedure": "99214", "units": 1, "charge": "150.00", "pointers": [1],
                            "serviceDate": "DATE"},
                           {"procedure": "99211", "modifiers": [MODS], "units": 1, "charge": "40.00",
                            "pointers": [1], "serviceDate": "DATE"}EXTRA]}
                """.replace("DATE", date).replace("MODS", line2Modifiers).replace("EXTRA", extraLine));
    }

    static final String THREE_UNITS_OF_20610 = ", {\"procedure\": \"20610\", \"units\": 3, \"charge\": \"90.00\","
            + " \"pointers\": [1], \"serviceDate\": \"2024-08-05\"}";

    @Test
    void theImportRecognisesEachTableAndNamesItsQuarter() {
        assertThat(imported.out())
                .contains("IMPORTED  ptp_practitioner_eff_2024-07-01_sample.csv — NCCI 2024Q3: 19,445 PTP edits")
                .contains("IMPORTED  mue_practitioner_eff_2024-07-01.csv — NCCI 2024Q3: 14,677 Practitioner MUEs")
                .contains("IMPORTED  aoc_addon_code_edits_2024-06-03.csv — NCCI 2024Q3:");
        Run again = run("codes", "import", SharedData.file(PTP).toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out())
                .contains("UNCHANGED")
                .contains("already imported")
                .contains("Nothing changed.");

        Run releases = run("codes", "releases");
        assertThat(releases.out())
                .contains("NCCI edits")
                .contains("2024Q3 (effective 2024-07-01)")
                .contains("NCCI MUE (practitioner services)");
    }

    @Test
    void scrubWithoutDataUsesTheImportedTables() throws IOException {
        Run bundled = run(
                "scrub",
                claim("bundled.json", "2024-08-05", "", THREE_UNITS_OF_20610).toString());
        assertThat(bundled.exit()).as(bundled.err()).isEqualTo(1);
        assertThat(bundled.out())
                .contains("NCCI_PTP")
                .contains("99211 (line 2) is bundled into 99214 (line 1) on 2024-08-05")
                .contains("MUE")
                .contains("20610: 3 units on 2024-08-05, above the medically unlikely edit of 2");
        assertThat(bundled.err()).doesNotContain("no NCCI tables are imported");

        // negative: XU on 99211, 25 on the visit beside the joint injection (20610/99214), and 2 units are within
        // the MUE
        Path allowedClaim = claim(
                "allowed.json",
                "2024-08-05",
                "\"XU\"",
                THREE_UNITS_OF_20610
                        .replace("\"units\": 3", "\"units\": 2")
                        .replace("{\"procedure\": \"20610\",", "{\"procedure\": \"20610\", \"modifiers\": [\"RT\"],"));
        Files.writeString(
                allowedClaim,
                Files.readString(allowedClaim)
                        .replace("{\"procedure\": \"99214\",", "{\"procedure\": \"99214\", \"modifiers\": [\"25\"],"));
        Run allowed = run("scrub", allowedClaim.toString());
        assertThat(allowed.out()).contains("C-1:");
        assertThat(allowed.out()).doesNotContain("NCCI_PTP").doesNotContain(" MUE ");
    }

    @Test
    void aDateBeforeTheFirstImportedQuarterIsSaidNotChecked() throws IOException {
        Run early = run("scrub", claim("early.json", "2024-03-15", "", "").toString());
        assertThat(early.out())
                .doesNotContain("NCCI_PTP")
                .contains("No NCCI tables are imported for 2024Q1 (the earliest imported is 2024Q3");
    }

    @Test
    void aBadModifierIndicatorRefusesTheFileWithItsLineAndStoresNothing() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SharedData.file(PTP)));
        lines.set(2, lines.get(2).replace(",1,", ",7,"));
        Path bad = Files.write(dir.resolve("ptp_practitioner_eff_2025-01-01.csv"), lines);
        Path mue = Files.copy(SharedData.file(MUE), dir.resolve("mue_practitioner_eff_2025-01-01.csv"));
        Run run = run("codes", "import", mue.toString(), bad.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err())
                .contains("ptp_practitioner_eff_2025-01-01.csv, line 3: modifier indicator '7' is not 0, 1 or 9")
                .contains("Nothing was imported");
        assertThat(run("codes", "releases").out()).doesNotContain("2025Q1");
    }

    @Test
    void theDateOfServicePicksTheQuarter() throws IOException {
        // October 2024: 99214/99211 allows no modifier any more (indicator 0), in a PTP table of its own
        String october = Files.readString(SharedData.file(PTP)).replace("99214,99211,*,1,", "99214,99211,*,0,");
        Path folder = Files.createDirectories(dir.resolve("2024q4"));
        Files.writeString(folder.resolve("ptp_practitioner_eff_2024-10-01.csv"), october);
        Run imported = run("codes", "import", folder.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("NCCI 2024Q4");

        Run september =
                run("scrub", claim("sep.json", "2024-09-30", "\"XU\"", "").toString(), "--json");
        assertThat(september.out()).doesNotContain("NCCI_PTP");

        Run november =
                run("scrub", claim("nov.json", "2024-11-04", "\"XU\"", "").toString(), "--json");
        assertThat(november.exit()).isEqualTo(1);
        assertThat(november.out())
                .contains("\"rule\" : \"NCCI_PTP\"")
                .contains("no modifier allows them together (modifier indicator 0)")
                .contains("\"release\" : \"2024Q4\"")
                .as("October was imported without its MUE and add-on tables: said, not silently passed")
                .contains("NCCI 2024Q4 is imported without its MUE practitioner, add-on code edits tables");
    }
}
