package org.openrcm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openrcm.app.claim.ClaimContent;
import org.openrcm.app.claim.Claims;
import org.openrcm.app.claim.ServiceLine;
import org.openrcm.app.identity.CurrentActor;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.Money;
import org.openrcm.app.patient.CoverageView;
import org.openrcm.app.patient.PatientDetails;
import org.openrcm.app.patient.PatientSummary;
import org.openrcm.app.patient.Patients;
import org.openrcm.app.practice.Practices;
import org.openrcm.app.practice.ProviderView;
import org.openrcm.app.testing.Demo;
import org.openrcm.app.testing.TestDatabases;
import org.springframework.context.ConfigurableApplicationContext;

/** A biller batching a practice's READY claims from the database on the command line. */
class ClaimsBatchDatabaseCommandTest {
    record Run(int exit, String out, String err) {}

    @TempDir
    static Path dir;

    static String url;
    static final List<ClaimId> ready = new ArrayList<>();

    /** The demo data set and three READY claims of OAK for one patient. */
    @BeforeAll
    static void demoWithReadyClaims() {
        url = TestDatabases.fresh("claims_batch");
        try (ConfigurableApplicationContext context = Launch.batch(
                Database.resolve(url, dir.resolve("home")), dir.resolve("home"), Map.of("openrcm.demo.seed", true))) {
            Claims claims = context.getBean(Claims.class);
            context.getBean(CurrentActor.class).runAsSystem("test", () -> {
                ClaimContent content = content(context);
                for (int i = 0; i < 3; i++) {
                    ClaimId id = claims.createDraft(content);
                    claims.markReady(id);
                    ready.add(id);
                }
                return null;
            });
        }
    }

    static ClaimContent content(ConfigurableApplicationContext context) {
        Patients patients = context.getBean(Patients.class);
        for (PatientSummary patient : context.getBean(Demo.class).patientsOf("OAK")) {
            PatientDetails details = patients.find(patient.id()).orElseThrow();
            if (details.coverages().isEmpty()) {
                continue;
            }
            CoverageView coverage = details.coverages().getFirst();
            ProviderView provider = context.getBean(Practices.class).allProviders().stream()
                    .filter(p -> p.practiceId().equals(details.practice().id()))
                    .findFirst()
                    .orElseThrow();
            LocalDate dos = LocalDate.of(2026, 2, 16);
            return new ClaimContent(
                    details.practice().id(),
                    patient.id(),
                    null,
                    coverage.payer().id(),
                    coverage.id(),
                    provider.id(),
                    null,
                    "11",
                    List.of("I10", "E11.65"),
                    List.of(new ServiceLine(
                            "99214", List.of("25"), BigDecimal.ONE, Money.of("165.00"), List.of(1, 2), dos)));
        }
        throw new IllegalStateException("no demo patient with a coverage in OAK");
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

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void readyClaimsAreStoredAndWrittenAndASecondRunFindsNothingLeft() throws IOException {
        Path out = dir.resolve("out");

        Run first =
                run("claims", "batch", "--practice", "OAK", "--out", out.toString(), "--contact-phone", "2175550100");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out())
                .as("all of the patient's claims go to one payer in one file, numbered from 1 for the sender")
                .containsPattern("837P-\\S+-000000001\\.x12: 3 claims to \\S+ \\(.+\\), \\$495\\.00, ISA13 000000001");
        List<Path> written = files(out);
        assertThat(written).hasSize(1);
        List<org.openrcm.x12.claim.Claim> read =
                org.openrcm.x12.claim.Claims.read(new ByteArrayInputStream(Files.readAllBytes(written.getFirst())));
        assertThat(read)
                .extracting(org.openrcm.x12.claim.Claim::claimId)
                .containsExactlyInAnyOrderElementsOf(
                        ready.stream().map(ClaimId::toString).toList());

        Run second = run("claims", "batch", "--practice", "OAK", "--contact-phone", "2175550100");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("No claim of OAK is ready to batch: no file written.");
        assertThat(files(out)).hasSize(1);
    }

    @Test
    void anUnknownPracticeOrBothFormsAreRefused() {
        Run unknown = run("claims", "batch", "--practice", "NOPE", "--contact-phone", "2175550100");
        assertThat(unknown.exit()).isEqualTo(CliFailure.FAILED);
        assertThat(unknown.err()).contains("No practice with code 'NOPE'");

        Run both = run("claims", "batch", "x.json", "--practice", "OAK", "--contact-phone", "2175550100");
        assertThat(both.exit()).isEqualTo(CliFailure.USAGE);
        assertThat(both.err()).contains("either CLAIMS.json or --practice CODE");
    }
}
