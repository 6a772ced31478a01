package org.openrcm.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.imsweb.x12.reader.X12Reader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;

/** Claims written by {@link ClaimWriter} are valid 837s and read back as the same claims. */
class ClaimRoundTripTest {

    @Property(tries = 60)
    void professionalClaimsRoundTrip(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int count) {
        roundTrip(ClaimFixtures.randomClaims(seed, count, ClaimKind.PROFESSIONAL), ClaimKind.PROFESSIONAL);
    }

    @Property(tries = 60)
    void institutionalClaimsRoundTrip(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int count) {
        roundTrip(ClaimFixtures.randomClaims(seed, count, ClaimKind.INSTITUTIONAL), ClaimKind.INSTITUTIONAL);
    }

    private static void roundTrip(List<Claim> claims, ClaimKind kind) {
        byte[] file = ClaimFixtures.write(kind, claims);
        ValidationReport report = new X12Validator().validate(new ByteArrayInputStream(file), "written");
        assertThat(report.findings())
                .as(() -> new String(file, StandardCharsets.ISO_8859_1))
                .filteredOn(Finding::isError)
                .isEmpty();
        List<Claim> read = Claims.read(new ByteArrayInputStream(file));
        assertThat(read).containsExactlyElementsOf(ClaimWriter.grouped(claims));
    }

    @Test
    void theSubmissionHeaderIsReadBack() {
        byte[] file = ClaimFixtures.write(ClaimKind.PROFESSIONAL, ClaimFixtures.goldenClaims());
        List<Object> records = new ArrayList<>();
        new org.openrcm.x12.X12Reader()
                .read(new ByteArrayInputStream(file), (java.util.function.Consumer<Object>) records::add);
        assertThat(records.getFirst()).isEqualTo(ClaimFixtures.SUBMISSION);
        assertThat(records).hasSize(2);
    }

    @Test
    void anUnbalancedClaimIsReportedAtClm02WithBothAmounts() {
        List<Claim> claims = ClaimFixtures.goldenClaims();
        Claim c = claims.getFirst();
        Claim wrong = new Claim(
                c.kind(),
                c.billingProvider(),
                c.payToAddress(),
                c.payToPlan(),
                c.subscriber(),
                c.patient(),
                c.payer(),
                c.claimId(),
                ClaimFixtures.money(16000),
                c.placeOfService(),
                c.frequency(),
                c.providerSignature(),
                c.assignment(),
                c.benefitsAssignment(),
                c.releaseOfInformation(),
                c.relatedCauses(),
                c.autoAccidentState(),
                c.delayReason(),
                c.patientPaid(),
                c.originalClaimNumber(),
                c.priorAuthorization(),
                c.referralNumber(),
                c.medicalRecordNumber(),
                c.dates(),
                c.codes(),
                c.notes(),
                c.providers(),
                c.otherPayers(),
                c.lines(),
                c.institutional());
        byte[] file = ClaimFixtures.write(ClaimKind.PROFESSIONAL, List.of(wrong));
        ValidationReport report = new X12Validator().validate(new ByteArrayInputStream(file), "unbalanced");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("X12-SNIP3-CLM-BALANCE");
            assertThat(f.where()).isEqualTo("CLM02");
            assertThat(f.loop()).isEqualTo("2300");
            assertThat(f.message()).contains("160").contains("155.5");
        });
    }

    @Test
    void theGoldenProfessionalInterchangeIsWrittenByteForByte() throws IOException {
        byte[] file = ClaimFixtures.write(ClaimKind.PROFESSIONAL, ClaimFixtures.goldenClaims());
        if (System.getProperty("claim.golden.write") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of("src/test/resources/claim/golden-837p.txt"), file);
        }
        byte[] golden;
        try (InputStream in = getClass().getResourceAsStream("/claim/golden-837p.txt")) {
            assertThat(in).as("golden file").isNotNull();
            golden = in.readAllBytes();
        }
        assertThat(new String(file, StandardCharsets.ISO_8859_1))
                .isEqualTo(new String(golden, StandardCharsets.ISO_8859_1));
        assertThat(Claims.read(new ByteArrayInputStream(golden))).isEqualTo(ClaimFixtures.goldenClaims());
    }

    @Test
    void writtenProfessionalFilesPassTheImswebParser() throws IOException {
        for (long seed = 1; seed <= 10; seed++) {
            byte[] file = ClaimFixtures.write(
                    ClaimKind.PROFESSIONAL, ClaimFixtures.randomClaims(seed, 5, ClaimKind.PROFESSIONAL));
            X12Reader reader = new X12Reader(X12Reader.FileType.ANSI837_5010_X222, new ByteArrayInputStream(file));
            assertThat(reader.getFatalErrors()).as("seed " + seed).isEmpty();
            assertThat(reader.getErrors()).as("seed " + seed).isEmpty();
            assertThat(reader.getLoops()).isNotEmpty();
        }
        byte[] golden = ClaimFixtures.write(ClaimKind.PROFESSIONAL, ClaimFixtures.goldenClaims());
        X12Reader reader = new X12Reader(X12Reader.FileType.ANSI837_5010_X222, new ByteArrayInputStream(golden));
        assertThat(reader.getFatalErrors()).isEmpty();
        assertThat(reader.getErrors()).isEmpty();
    }

    @Test
    void writtenInstitutionalFilesPassTheImswebParser() throws IOException {
        for (long seed = 1; seed <= 10; seed++) {
            byte[] file = ClaimFixtures.write(
                    ClaimKind.INSTITUTIONAL, ClaimFixtures.randomClaims(seed, 5, ClaimKind.INSTITUTIONAL));
            X12Reader reader = new X12Reader(X12Reader.FileType.ANSI837_5010_X223, new ByteArrayInputStream(file));
            assertThat(reader.getFatalErrors()).as("seed " + seed).isEmpty();
            // imsweb's X223 map allows one HI per 2300, where the guide has principal, admitting, other (2),
            // procedure, occurrence, value and condition HI segments: it flags valid files the same way
            // (e.g. ../shared/data/x12/vscode-edi-x12/complete.edi). Every other finding must be absent.
            assertThat(reader.getErrors())
                    .as("seed " + seed)
                    .allMatch(e -> e.equals("HI in loop 2300 appears too many times"));
            assertThat(reader.getLoops()).isNotEmpty();
        }
    }
}
