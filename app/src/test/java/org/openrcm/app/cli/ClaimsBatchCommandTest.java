package org.openrcm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openrcm.x12.claim.Claim;
import org.openrcm.x12.claim.Claims;
import org.openrcm.x12.validate.X12Validator;
import picocli.CommandLine;

/** A biller writing the 837P files of clean claim JSON into a folder, one file per payer. */
class ClaimsBatchCommandTest {
    record Run(int exit, String out, String err) {}

    @TempDir
    Path dir;

    static final String CLAIM = """
            {"id": "C-1001", "kind": "professional", "frequency": "1",
             "payer": {"id": "MCR-J12", "name": "Medicare Part B J12", "kind": "medicare"},
             "subscriber": {"memberId": "1EG4TE5MK73", "relationship": "self", "name": {"last": "RIVERA", "first": "ANA"}},
             "patient": {"id": "P-1", "name": {"last": "RIVERA", "first": "ANA"}, "birthDate": "1950-04-02", "sex": "F",
                         "address": {"line1": "12 OAK ST", "city": "SPRINGFIELD", "state": "IL", "zip": "62701"}},
             "billingProvider": {"npi": "1234567893", "taxonomy": "207Q00000X", "taxId": "371234567",
                                 "name": "OAK FAMILY PRACTICE",
                                 "address": {"line1": "400 MAIN ST", "city": "SPRINGFIELD", "state": "IL", "zip": "627011234"}},
             "placeOfService": "11",
             "diagnoses": ["E11.9", "I10"],
             "lines": [{"procedure": "99214", "modifiers": ["25"], "units": 1, "charge": "150.00", "pointers": [1, 2],
                        "serviceDate": "2026-03-02"}]}
            """;

    static String forPayer(String id, String payerId, String kind) {
        return CLAIM.replace("C-1001", id)
                .replace(
                        "\"id\": \"MCR-J12\", \"name\": \"Medicare Part B J12\", \"kind\": \"medicare\"",
                        "\"id\": \"" + payerId + "\", \"name\": \"PAYER " + payerId + "\", \"kind\": \"" + kind + "\"");
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ClaimsBatchCommand command = new ClaimsBatchCommand();
        command.clock = Clock.fixed(Instant.parse("2026-03-21T09:05:00Z"), ZoneOffset.UTC);
        int exit = new CommandLine(command)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    commandLine.getErr().println("openrcm: " + Cli.sentence(e));
                    return e instanceof CliFailure failure ? failure.exitCode() : CliFailure.FAILED;
                })
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void threePayersGiveThreeValidFilesAndTheNextRunContinuesTheirNumbers() throws IOException {
        Path claims = Files.writeString(
                dir.resolve("claims.json"),
                "["
                        + String.join(
                                ",",
                                forPayer("A-1", "60054", "commercial"),
                                CLAIM,
                                forPayer("A-2", "60054", "commercial"),
                                forPayer("D-1", "SKCO0", "medicaid"))
                        + "]");
        Path out = dir.resolve("out");

        Run run =
                run(claims.toString(), "--out", out.toString(), "--sender", "OAKFP01", "--contact-phone", "2175550100");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("837P-60054-000000001.x12: 2 claims to 60054, $300.00, ISA13 000000001 GS06 1 ST02 0001")
                .contains("837P-MCR-J12-000000002.x12: 1 claim to MCR-J12, $150.00")
                .contains("837P-SKCO0-000000003.x12: 1 claim to SKCO0");
        assertThat(files(out))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("837P-60054-000000001.x12", "837P-MCR-J12-000000002.x12", "837P-SKCO0-000000003.x12");
        for (Path f : files(out)) {
            byte[] bytes = Files.readAllBytes(f);
            assertThat(new X12Validator()
                            .validate(new ByteArrayInputStream(bytes), f.toString())
                            .valid())
                    .isTrue();
        }
        List<Claim> acme = Claims.read(Files.newInputStream(out.resolve("837P-60054-000000001.x12")));
        assertThat(acme).extracting(Claim::claimId).containsExactly("A-1", "A-2");
        assertThat(Files.readString(out.resolve("837P-60054-000000001.x12")))
                .contains("*ZZ*OAKFP01        *ZZ*60054          *260321*0905*")
                .contains("*T*:~");

        Run again = run(
                claims.toString(),
                "--out",
                out.toString(),
                "--sender",
                "OAKFP01",
                "--contact-phone",
                "2175550100",
                "--receiver",
                "CLEARHOUSE",
                "--production");

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("837P-60054-000000004.x12").contains("837P-SKCO0-000000006.x12");
        assertThat(Files.readString(out.resolve("837P-MCR-J12-000000005.x12")))
                .contains("*ZZ*CLEARHOUSE     *")
                .contains("*P*:~");
    }

    @Test
    void aClaimMissingWhatAn837PNeedsWritesNoFileAndNamesTheField() throws IOException {
        Path claims = Files.writeString(
                dir.resolve("claims.json"),
                "[" + CLAIM + "," + forPayer("B-1", "60054", "commercial").replace("\"taxId\": \"371234567\",", "")
                        + "]");
        Path out = dir.resolve("out");

        Run run = run(claims.toString(), "--out", out.toString(), "--contact-phone", "2175550100");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("1 of 2 claims cannot be batched, so no file was written")
                .contains("Claim B-1 cannot be written as an 837P: billingProvider.taxId is missing (2010AA REF02)");
        assertThat(out).doesNotExist();
    }

    @Test
    void unreadableInputAndMissingOptionsAreUsageErrors() throws IOException {
        Path out = dir.resolve("out");
        Run missing =
                run(dir.resolve("nope.json").toString(), "--out", out.toString(), "--contact-phone", "2175550100");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json does not exist");

        Path broken = Files.writeString(dir.resolve("broken.json"), "[{\"id\": ");
        Run bad = run(broken.toString(), "--out", out.toString(), "--contact-phone", "2175550100");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("broken.json");

        Path claims = Files.writeString(dir.resolve("claims.json"), CLAIM);
        Run noPhone = run(claims.toString(), "--out", out.toString());
        assertThat(noPhone.exit()).isEqualTo(2);
        assertThat(noPhone.err()).contains("--contact-phone");

        Run shortPhone = run(claims.toString(), "--out", out.toString(), "--contact-phone", "555-0100");
        assertThat(shortPhone.exit()).isEqualTo(2);
        assertThat(shortPhone.err()).contains("at least 10 digits");
        assertThat(out).doesNotExist();
    }

    @Test
    void anEmptyArrayWritesNothing() throws IOException {
        Path claims = Files.writeString(dir.resolve("claims.json"), "[]");
        Path out = dir.resolve("out");

        Run run = run(claims.toString(), "--out", out.toString(), "--contact-phone", "2175550100");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("holds no claims");
        assertThat(out).doesNotExist();
    }
}
