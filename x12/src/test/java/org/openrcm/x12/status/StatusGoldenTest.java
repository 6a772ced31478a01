package org.openrcm.x12.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.validate.X12Validator;

/** The 277CA the payer sandbox writes, byte for byte, and what the writer refuses to write. */
class StatusGoldenTest {

    static final Party PAYER = Party.organization("PR", "OPENRCM TEST PAYER", "PI", "99999");
    static final Party SUBMITTER = Party.organization("41", "SUNNY CLINIC", "46", "CLINIC01");
    static final Party PROVIDER = Party.organization("85", "SUNNY CLINIC", "XX", "1234567893");

    static List<Object> acknowledgment() {
        LocalDate day = LocalDate.of(2024, 5, 17);
        return List.of(
                new ReceiverStatus(
                        PAYER,
                        "000000042",
                        day,
                        day,
                        SUBMITTER,
                        "BATCH0042",
                        List.of(new ClaimStatus(
                                StatusCode.of("A1", "19"),
                                List.of(),
                                day,
                                "WQ",
                                new BigDecimal("350"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)),
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        new BigDecimal("150"),
                        new BigDecimal("200")),
                new ProviderStatus(
                        PAYER,
                        SUBMITTER,
                        PROVIDER,
                        "PROV0001",
                        List.of(new ClaimStatus(
                                new StatusCode("A1", "19", "85", null),
                                List.of(),
                                day,
                                "WQ",
                                new BigDecimal("350"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)),
                        List.of(),
                        BigDecimal.ONE,
                        BigDecimal.ONE,
                        new BigDecimal("150"),
                        new BigDecimal("200")),
                new ClaimAcknowledgment(
                        PAYER,
                        SUBMITTER,
                        PROVIDER,
                        Party.person("QC", "DOE", "JANE", "MI", "W123456789"),
                        "PCN1001",
                        List.of(new ClaimStatus(
                                new StatusCode("A2", "20", null, null),
                                List.of(),
                                day,
                                "WQ",
                                new BigDecimal("150"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)),
                        "2024138000001",
                        null,
                        null,
                        null,
                        LocalDate.of(2024, 5, 10),
                        null,
                        List.of()),
                new ClaimAcknowledgment(
                        PAYER,
                        SUBMITTER,
                        PROVIDER,
                        Party.person("QC", "ROE", "RICHARD", "MI", "W987654321"),
                        "PCN1002",
                        List.of(new ClaimStatus(
                                new StatusCode("A7", "562", "85", null),
                                List.of(new StatusCode("A7", "21", null, null)),
                                day,
                                "U",
                                new BigDecimal("200.5"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                "NPI NOT ON FILE")),
                        null,
                        null,
                        null,
                        null,
                        LocalDate.of(2024, 5, 1),
                        LocalDate.of(2024, 5, 3),
                        List.of(new ServiceLine(
                                "HC",
                                "99213",
                                List.of("25"),
                                new BigDecimal("200.5"),
                                null,
                                null,
                                BigDecimal.ONE,
                                List.of(new ClaimStatus(
                                        StatusCode.of("A7", "454"),
                                        List.of(),
                                        day,
                                        "U",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)),
                                "LINE1",
                                null,
                                LocalDate.of(2024, 5, 1),
                                null))));
    }

    static byte[] write(List<Object> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StatusWriter(ControlNumbers.startingAt(42))
                .write277CA(
                        out,
                        new StatusWriter.Route(
                                "ZZ", "OPENRCMPAYER", "ZZ", "CLINIC01", "OPENRCMPAYER", "CLINIC01", false),
                        LocalDateTime.of(2024, 5, 17, 9, 30),
                        "ACK0042",
                        records);
        return out.toByteArray();
    }

    @Test
    void acknowledgmentMatchesTheGoldenFile() throws IOException {
        byte[] written = write(acknowledgment());
        byte[] golden;
        try (InputStream in = getClass().getResourceAsStream("/status/golden-277CA.x12")) {
            assertThat(in).as("golden file on the test classpath").isNotNull();
            golden = in.readAllBytes();
        }
        assertThat(new String(written, StandardCharsets.ISO_8859_1))
                .isEqualTo(new String(golden, StandardCharsets.ISO_8859_1));
        assertThat(written).isEqualTo(golden);
        assertThat(new X12Validator()
                        .validate(new ByteArrayInputStream(written), "golden")
                        .findings())
                .isEmpty();
        List<Object> read = StatusReadTest.read(written);
        assertThat(read).isEqualTo(acknowledgment());
        assertThat(StatusReadTest.only(read, ClaimAcknowledgment.class))
                .extracting(ClaimAcknowledgment::patientControlNumber, ClaimAcknowledgment::rejected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PCN1001", false),
                        org.assertj.core.groups.Tuple.tuple("PCN1002", true));
    }

    @Test
    void anIndependentParserReadsTheGoldenFileWithoutErrors() throws IOException {
        // imsweb's x12-parser knows the 277CA as "ANSI837_5010_X214"
        com.imsweb.x12.reader.X12Reader other = new com.imsweb.x12.reader.X12Reader(
                com.imsweb.x12.reader.X12Reader.FileType.ANSI837_5010_X214,
                new ByteArrayInputStream(write(acknowledgment())));
        assertThat(other.getFatalErrors()).isEmpty();
        assertThat(other.getErrors()).isEmpty();
        assertThat(other.getLoops()).isNotEmpty();
    }

    @Test
    void aClaimWithoutItsBatchStatusIsRefused() {
        List<Object> claimsOnly = List.of(acknowledgment().get(2));
        assertThatThrownBy(() -> write(claimsOnly))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PCN1001");
    }

    @Test
    void anEmptyTransactionIsRefused() {
        assertThatThrownBy(() -> write(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing to write");
    }

    /** Regenerates the golden file after a deliberate format change: run main, review the diff, commit. */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of("x12/src/test/resources/status/golden-277CA.x12"), write(acknowledgment()));
    }
}
