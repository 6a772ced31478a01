package org.openrcm.app.claim.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.app.claim.batch.BatchWriter.BatchFile;
import org.openrcm.app.kernel.Refused;
import org.openrcm.edits.claim.Claim;
import org.openrcm.x12.claim.Claims;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;

/**
 * 837P files written from canonical claims are valid (SNIP 1-3 of the x12 module's validator), read back as the same
 * claims, carry increasing control numbers, and are the same bytes for the same input.
 */
class BatchWriterTest {

    static final BatchWriter.Submitter SUBMITTER =
            new BatchWriter.Submitter("OAKFP01", "OAK FAMILY PRACTICE", "BILLING OFFICE", "217-555-0100");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-21T09:05:00Z"), ZoneOffset.UTC);

    static BatchWriter writer(ControlNumbers numbers) {
        return new BatchWriter(SUBMITTER, null, numbers, CLOCK, false);
    }

    static ValidationReport validate(BatchFile f) {
        ValidationReport report = new X12Validator().validate(new ByteArrayInputStream(f.content()), f.fileName());
        assertThat(report.findings())
                .as(() -> new String(f.content(), StandardCharsets.ISO_8859_1))
                .filteredOn(Finding::isError)
                .isEmpty();
        assertThat(report.valid()).isTrue();
        return report;
    }

    static List<org.openrcm.x12.claim.Claim> readBack(BatchFile f) {
        return Claims.read(new ByteArrayInputStream(f.content()));
    }

    @Test
    void theDesignExampleIsAValid837PThatReadsBackAsWritten() {
        Claim input = CanonicalClaims.one(CanonicalClaims.EXAMPLE);

        List<BatchFile> files = writer(ControlNumbers.sequential(1)).write(List.of(input));

        BatchFile f = files.getFirst();
        assertThat(files).hasSize(1);
        validate(f);
        assertThat(f.fileName()).isEqualTo("837P-MCR-J12-000000001.x12");
        assertThat(f.payerId()).isEqualTo("MCR-J12");
        assertThat(f.receiverId()).as("the payer receives its own file").isEqualTo("MCR-J12");
        assertThat(f.claimIds()).containsExactly("C-1001");
        assertThat(f.totalCharge()).isEqualByComparingTo("350.00");
        String text = new String(f.content(), StandardCharsets.ISO_8859_1);
        assertThat(text)
                .startsWith("ISA*00*")
                .contains("*ZZ*OAKFP01        *ZZ*MCR-J12        *260321*0905*")
                .contains("GS*HC*OAKFP01*MCR-J12*20260321*0905*1*X*005010X222A1~")
                .contains("ST*837*0001*005010X222A1~")
                .contains("BHT*0019*00*000000001*20260321*0905*CH~")
                .contains("PER*IC*BILLING OFFICE*TE*2175550100~")
                .contains("SBR*P*18*******MB~")
                .contains("CLM*C-1001*350***11:B:1*Y*A*Y*Y~")
                .contains("HI*ABK:E119*ABF:I10~")
                .contains("SV1*HC:99214:25*150*UN*1***1:2~")
                .contains("SV1*HC:20610:RT*200*UN*1***1~")
                .contains("DTP*472*D8*20260302~")
                .doesNotContain("NM1*82")
                .doesNotContain("REF*G1");

        List<org.openrcm.x12.claim.Claim> read = readBack(f);
        assertThat(read)
                .usingRecursiveFieldByFieldElementComparator(
                        org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                                .build())
                .containsExactly(ProfessionalClaimMapper.toX12(input));
        assertMatchesInput(read.getFirst(), input);
    }

    @Test
    void theVariantsAreValidAndReadBackWithTheirDiagnosesPatientsAndProviders() {
        List<Claim> inputs =
                CanonicalClaims.all(CanonicalClaims.TWELVE_DIAGNOSES, CanonicalClaims.CHILD, CanonicalClaims.RENDERING);

        List<BatchFile> files = writer(ControlNumbers.sequential(500)).write(inputs);

        assertThat(files).extracting(BatchFile::payerId).containsExactly("MCR-J12", "60054");
        assertThat(files)
                .extracting(BatchFile::claimIds)
                .containsExactly(List.of("C-1012", "C-3001"), List.of("C-2001"));
        for (BatchFile f : files) {
            validate(f);
            for (org.openrcm.x12.claim.Claim read : readBack(f)) {
                Claim input = inputs.stream()
                        .filter(c -> read.claimId().equals(c.id()))
                        .findFirst()
                        .orElseThrow();
                assertMatchesInput(read, input);
            }
        }
        String medicare = new String(files.getFirst().content(), StandardCharsets.ISO_8859_1);
        assertThat(medicare)
                .contains("HI*ABK:E119*ABF:I10*ABF:E785*ABF:M5450*ABF:J45909*ABF:K219*ABF:F411*ABF:G4733*ABF:N183"
                        + "*ABF:Z794*ABF:E669*ABF:R7303~")
                .contains("SV1*HC:20610:RT*200*UN*1***12:3:7:1~")
                .contains("NM1*82*1*SMITH*JOHN****XX*1972947588~")
                .contains("PRV*PE*PXC*207R00000X~")
                .contains("REF*G1*AUTH-77~");
        List<org.openrcm.x12.claim.Claim> child = readBack(files.get(1));
        assertThat(child.getFirst().patient()).isNotNull();
        assertThat(child.getFirst().patient().relationship()).isEqualTo("19");
        assertThat(child.getFirst().patient().person().firstName()).isEqualTo("LUCIA");
        assertThat(child.getFirst().subscriber().person().firstName()).isEqualTo("JUAN");
        assertThat(new String(files.get(1).content(), StandardCharsets.ISO_8859_1))
                .contains("SBR*P********CI~")
                .contains("PAT*19~");
    }

    @Test
    void threePayersMakeThreeFilesWithIncreasingControlNumbers() {
        List<Claim> inputs = CanonicalClaims.all(
                CanonicalClaims.forPayer("A-1", "60054", "ACME HEALTH", "commercial"),
                CanonicalClaims.forPayer("M-1", "MCR-J12", "Medicare Part B J12", "medicare"),
                CanonicalClaims.forPayer("A-2", "60054", "ACME HEALTH", "commercial"),
                CanonicalClaims.forPayer("D-1", "SKCO0", "STATE MEDICAID", "medicaid"));

        List<BatchFile> files = writer(ControlNumbers.sequential(41)).write(inputs);

        assertThat(files).hasSize(3);
        assertThat(files)
                .extracting(BatchFile::fileName)
                .containsExactly("837P-60054-000000041.x12", "837P-MCR-J12-000000042.x12", "837P-SKCO0-000000043.x12");
        assertThat(files)
                .extracting(BatchFile::claimIds)
                .containsExactly(List.of("A-1", "A-2"), List.of("M-1"), List.of("D-1"));
        for (int i = 0; i < 3; i++) {
            BatchFile f = files.get(i);
            ValidationReport report = validate(f);
            long n = 41 + i;
            assertThat(report.interchanges()).singleElement().satisfies(isa -> {
                assertThat(isa.controlNumber()).isEqualTo(String.format("%09d", n));
                assertThat(isa.receiverId()).isEqualTo(f.payerId());
                assertThat(isa.groups()).singleElement().satisfies(gs -> {
                    assertThat(gs.controlNumber()).isEqualTo(Long.toString(n));
                    assertThat(gs.transactionSets())
                            .singleElement()
                            .satisfies(st -> assertThat(st.controlNumber()).isEqualTo(String.format("%04d", n)));
                });
            });
            assertThat(f.interchangeControlNumber()).isEqualTo(String.format("%09d", n));
            assertThat(f.groupControlNumber()).isEqualTo(Long.toString(n));
            assertThat(f.transactionSetControlNumber()).isEqualTo(String.format("%04d", n));
            assertThat(readBack(f))
                    .extracting(org.openrcm.x12.claim.Claim::claimId)
                    .containsExactlyElementsOf(f.claimIds());
        }
        assertThat(files.get(2).content()).asString(StandardCharsets.ISO_8859_1).contains("SBR*P*18*******MC~");
    }

    @Test
    void theSameInputWritesTheSameBytes() {
        List<Claim> inputs = CanonicalClaims.all(
                CanonicalClaims.EXAMPLE,
                CanonicalClaims.CHILD,
                CanonicalClaims.RENDERING,
                CanonicalClaims.TWELVE_DIAGNOSES);

        List<BatchFile> once = writer(ControlNumbers.sequential(7)).write(inputs);
        List<BatchFile> again = writer(ControlNumbers.sequential(7)).write(inputs);

        assertThat(again).isEqualTo(once);
        assertThat(again.getFirst().content()).isEqualTo(once.getFirst().content());
        List<BatchFile> later = writer(ControlNumbers.sequential(8)).write(inputs);
        assertThat(later.getFirst().content())
                .as("another control number is another file")
                .isNotEqualTo(once.getFirst().content());
    }

    @Test
    void aClearinghouseReceivesEveryPayersFile() {
        BatchWriter writer = new BatchWriter(
                SUBMITTER,
                new BatchWriter.Receiver("CLEARHOUSE", "CLEAR HOUSE INC"),
                ControlNumbers.sequential(1),
                CLOCK,
                true);

        List<BatchFile> files = writer.write(CanonicalClaims.all(CanonicalClaims.EXAMPLE, CanonicalClaims.CHILD));

        assertThat(files).hasSize(2).allSatisfy(f -> {
            ValidationReport report = validate(f);
            assertThat(report.interchanges().getFirst().receiverId()).isEqualTo("CLEARHOUSE");
            assertThat(f.receiverId()).isEqualTo("CLEARHOUSE");
            assertThat(new String(f.content(), StandardCharsets.ISO_8859_1))
                    .contains("NM1*40*2*CLEAR HOUSE INC*****46*CLEARHOUSE~")
                    .contains("*P*:~");
        });
        assertThat(files)
                .extracting(BatchFile::fileName)
                .containsExactly("837P-MCR-J12-000000001.x12", "837P-60054-000000002.x12");
    }

    @Test
    void oneUnwritableClaimRefusesTheBatchWithoutSpendingAControlNumber() {
        ControlNumbers numbers = ControlNumbers.sequential(1);
        List<Claim> inputs = CanonicalClaims.all(
                CanonicalClaims.EXAMPLE, CanonicalClaims.CHILD.replace("\"memberId\": \"1EG4TE5MK73\", ", ""));

        assertThatThrownBy(() -> writer(numbers).write(inputs)).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.code()).isEqualTo(BatchWriter.NOT_BATCHABLE);
            assertThat(r.getMessage())
                    .startsWith("1 of 2 claims cannot be batched, so no file was written:")
                    .contains("Claim C-2001 cannot be written as an 837P: subscriber.memberId is missing")
                    .doesNotContain("C-1001");
        });
        assertThat(numbers.next().interchange()).as("no number was taken").isEqualTo(1);
    }

    @Test
    void noClaimsNoFiles() {
        ControlNumbers numbers = ControlNumbers.sequential(1);

        assertThat(writer(numbers).write(List.of())).isEmpty();
        assertThat(numbers.next().interchange()).isEqualTo(1);
    }

    /** The read-back claim holds the canonical claim's ids, codes, amounts to the cent, pointers and dates. */
    static void assertMatchesInput(org.openrcm.x12.claim.Claim read, Claim input) {
        assertThat(read.claimId()).isEqualTo(input.id());
        assertThat(read.payer().id()).isEqualTo(input.payer().id());
        assertThat(read.billingProvider().npi())
                .isEqualTo(input.billingProvider().npi());
        assertThat(read.placeOfService()).isEqualTo(input.placeOfService());
        assertThat(read.diagnosisCodes()).containsExactlyElementsOf(input.diagnoses());
        assertThat(read.priorAuthorization())
                .isEqualTo(input.priorAuthorization() == null ? "" : input.priorAuthorization());
        BigDecimal total = BigDecimal.ZERO;
        assertThat(read.lines()).hasSameSizeAs(input.lines());
        for (int i = 0; i < input.lines().size(); i++) {
            Claim.Line in = input.lines().get(i);
            var out = read.lines().get(i);
            assertThat(out.procedureCode()).isEqualTo(in.procedure());
            assertThat(out.modifiers()).containsExactlyElementsOf(in.modifiers());
            assertThat(out.units()).isEqualByComparingTo(in.units());
            assertThat(out.charge().setScale(2)).isEqualTo(in.charge());
            assertThat(out.diagnosisPointers()).containsExactlyElementsOf(in.pointers());
            assertThat(out.from()).isEqualTo(in.serviceDate());
            total = total.add(in.charge());
        }
        assertThat(read.totalCharge().setScale(2)).isEqualTo(total);
        String rendering = input.renderingProvider() == null
                ? null
                : input.renderingProvider().npi();
        if (rendering == null || rendering.equals(input.billingProvider().npi())) {
            assertThat(read.provider("82")).isNull();
        } else {
            assertThat(read.provider("82").npi()).isEqualTo(rendering);
        }
    }
}
