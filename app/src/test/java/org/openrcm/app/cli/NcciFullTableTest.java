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
import org.openrcm.app.testing.SharedData;
import org.openrcm.app.testing.TestDatabases;

/** The full CMS practitioner PTP table (2.5 million rows, gzip) imported and read back from the database. */
class NcciFullTableTest {

    @TempDir
    Path dir;

    String url;

    NcciImportTest.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--database-url", url, "--home", dir.resolve("home").toString()));
        int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(all.toArray(String[]::new));
        return new NcciImportTest.Run(exit, out.toString(), err.toString());
    }

    @Test
    void theFullGzipPtpTableImportsAndJudgesAPairTheSampleDoesNotHave() throws IOException {
        url = TestDatabases.fresh("ncci_full");
        NcciImportTest.Run imported = run(
                "codes",
                "import",
                SharedData.file("codes/ncci/ptp_practitioner_eff_2024-07-01.csv.gz")
                        .toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("NCCI 2024Q3: 2,546,017 PTP edits (1,669,820 in force, 876,197 deleted)");

        // a knee replacement and a joint injection the same day: 27447/20610 is not in the sample
        Path claim = Files.writeString(dir.resolve("knee.json"), """
                {"id": "C-9", "kind": "professional", "placeOfService": "21", "diagnoses": ["M17.11"],
                 "lines": [{"procedure": "27447", "units": 1, "charge": "1500.00", "pointers": [1],
                            "serviceDate": "2024-08-05"},
                           {"procedure": "20610", "units": 1, "charge": "90.00", "pointers": [1],
                            "serviceDate": "2024-08-05"}]}
                """);
        NcciImportTest.Run scrub = run("scrub", claim.toString());
        assertThat(scrub.out()).contains("20610 (line 2) is bundled into 27447 (line 1) on 2024-08-05");
        assertThat(scrub.out())
                .as("only the PTP table of 2024Q3 is imported: said, not silently passed")
                .contains("NCCI 2024Q3 is imported without its MUE practitioner, add-on code edits tables");
    }
}
