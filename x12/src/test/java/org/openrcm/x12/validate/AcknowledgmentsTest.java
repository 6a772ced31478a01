package org.openrcm.x12.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.X12Reader;
import org.openrcm.x12.X12Writer;
import org.openrcm.x12.ack.ImplementationAck;
import org.openrcm.x12.ack.ImplementationAck.ElementError;
import org.openrcm.x12.ack.ImplementationAck.SegmentError;
import org.openrcm.x12.ack.ImplementationAck.TransactionSetAck;
import org.openrcm.x12.ack.InterchangeAck;
import org.openrcm.x12.testing.SharedData;

/** The 999 and TA1 written from a validation report acknowledge exactly what the validator found. */
class AcknowledgmentsTest {

    static final LocalDateTime CREATED = LocalDateTime.of(2024, 5, 6, 7, 8);

    static ValidationReport validate(byte[] x12) {
        return new X12Validator().validate(new ByteArrayInputStream(x12), "test");
    }

    static ValidationReport validateSample(String sample) throws IOException {
        try (InputStream in = Files.newInputStream(SharedData.x12(sample))) {
            return new X12Validator().validate(in, sample);
        }
    }

    static String ack999(ValidationReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Acknowledgments.write999(r, new X12Writer(out), ControlNumbers.startingAt(1), CREATED, false);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    static String ta1(ValidationReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Acknowledgments.writeTa1(r, new X12Writer(out), ControlNumbers.startingAt(500), CREATED, false);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** The generated acknowledgment must itself be valid, and reads back with the typed reader. */
    static List<Object> validAndRead(String x12) {
        ValidationReport r = validate(x12.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(r.findings()).filteredOn(Finding::isError).as(x12).isEmpty();
        List<Object> records = new ArrayList<>();
        new X12Reader().read(new ByteArrayInputStream(x12.getBytes(StandardCharsets.ISO_8859_1)), (Consumer<Object>)
                records::add);
        return records;
    }

    @Test
    void aValidFileIsAcceptedSetBySet() throws IOException {
        // a valid 999 is itself a file to acknowledge: its group FA gets an AK1*FA and every set an IK5*A
        ValidationReport report = validateSample("pyx12/834_lui_id_5010.999.txt");
        assertThat(report.valid()).isTrue();

        List<Object> acks = validAndRead(ack999(report));
        assertThat(acks).hasSize(2).allSatisfy(o -> {
            ImplementationAck a = (ImplementationAck) o;
            assertThat(a.functionalId()).isEqualTo("FA");
            assertThat(a.version()).isEqualTo("005010X231");
            assertThat(a.status()).isEqualTo("A");
            assertThat(List.of(a.included(), a.received(), a.accepted())).containsExactly(2, 2, 2);
            assertThat(a.transactionSets()).allSatisfy(t -> {
                assertThat(t.status()).isEqualTo("A");
                assertThat(t.codes()).isEmpty();
                assertThat(t.segmentErrors()).isEmpty();
            });
        });
        assertThat(acks).extracting(o -> ((ImplementationAck) o).groupControl()).containsExactly("344666205", "102");

        List<Object> ta1 = validAndRead(ta1(report));
        assertThat(ta1).containsExactly(new InterchangeAck("308082146", "130808", "2146", "A", "000"));
    }

    @Test
    void an837IsAcknowledgedAsTheValidatorJudgedEachSet() throws IOException {
        ValidationReport report = validateSample("imsweb/837_5010/x12_ambiguous_loop.txt");
        ValidationReport.GroupResult group =
                report.interchanges().getFirst().groups().getFirst();

        ImplementationAck ack = (ImplementationAck) validAndRead(ack999(report)).getFirst();
        assertThat(ack.functionalId()).isEqualTo("HC");
        assertThat(ack.groupControl()).isEqualTo(group.controlNumber());
        assertThat(ack.transactionSets()).hasSameSizeAs(group.transactionSets());
        for (int i = 0; i < ack.transactionSets().size(); i++) {
            TransactionSetAck t = ack.transactionSets().get(i);
            ValidationReport.TransactionResult judged = group.transactionSets().get(i);
            assertThat(t.controlNumber()).isEqualTo(judged.controlNumber());
            assertThat(t.status()).isEqualTo(judged.errors() ? "R" : "A");
            assertThat(t.segmentErrors().isEmpty()).isEqualTo(!judged.errors());
        }
        assertThat(ack.status()).isEqualTo(report.valid() ? "A" : "R");
    }

    @Test
    void segmentErrorsBecomeIk3AndTheWrongSegmentCountAnIk5Code() throws IOException {
        ValidationReport report = validateSample("imsweb/837_5010/x12_segment_errors.txt");
        assertThat(report.valid()).isFalse();
        String x12 = ack999(report);
        ImplementationAck ack = (ImplementationAck) validAndRead(x12).getFirst();

        TransactionSetAck set = ack.transactionSets().getFirst();
        assertThat(set.status()).isEqualTo("R");
        assertThat(set.codes()).containsExactly("4", "5"); // SE01 count, then "segments in error"
        List<String> expected = report.findings().stream()
                .filter(f -> f.scope() == Scope.SEGMENT || f.scope() == Scope.ELEMENT)
                .map(f -> f.segmentId() + "@" + f.positionInSet())
                .distinct()
                .toList();
        assertThat(set.segmentErrors())
                .extracting(e -> e.segmentId() + "@" + e.position())
                .containsExactlyElementsOf(expected);
        assertThat(ack.status()).isEqualTo("R");
        assertThat(List.of(ack.received(), ack.accepted())).containsExactly(1, 0);
        // sender and receiver swapped: the 837 went SUBMITTERS.ID -> RECEIVERS.ID
        assertThat(x12).startsWith("ISA*00*          *00*          *ZZ*RECEIVERS.ID   *ZZ*SUBMITTERS.ID  *");
        assertThat(x12).contains("GS*FA*RECEIVERS.ID*SUBMITTERS.ID*");
    }

    @Test
    void trailerErrorsReachIk5Ak9AndTheTa1() throws IOException {
        ValidationReport report = validateSample("pyx12/trailer_errors.txt");
        String x12 = ack999(report);
        ImplementationAck ack = (ImplementationAck) validAndRead(x12).getFirst();

        assertThat(ack.transactionSets())
                .extracting(TransactionSetAck::status, TransactionSetAck::codes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("R", List.of("I6", "4")),
                        org.assertj.core.groups.Tuple.tuple("R", List.of("I6")));
        assertThat(ack.status()).isEqualTo("R");
        assertThat(ack.codes()).containsExactly("4"); // GE02 does not match GS06
        assertThat(List.of(ack.included(), ack.received(), ack.accepted())).containsExactly(2, 2, 0);

        // IEA02 333 against ISA13 000484950: the first interchange error, note 001
        List<Object> ta1 = validAndRead(ta1(report));
        assertThat(ta1).containsExactly(new InterchangeAck("000484950", "040820", "1133", "R", "001"));
        assertThat(ta1(report)).startsWith("ISA*00*          *00*          *ZZ*ENCOUNTER      *ZZ*00HP           *");
    }

    @Test
    void theGenerated999MatchesItsGoldenFile() throws IOException {
        String x12 = ack999(mixedReport());
        if (Boolean.getBoolean("openrcm.golden.update")) { // -Dopenrcm.golden.update=true rewrites it
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of("src/test/resources/ack/mixed.999"), x12, StandardCharsets.ISO_8859_1);
        }
        String golden;
        try (InputStream in = getClass().getResourceAsStream("/ack/mixed.999")) {
            assertThat(in).as("golden file /ack/mixed.999").isNotNull();
            golden = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        assertThat(x12).isEqualTo(golden);
    }

    /** Set 0001 with element and segment errors, 0002 with a warning only, 0003 clean; GE01 wrong. */
    @Test
    void anInvalidCodeIsEchoedInIk404SoTheSenderSeesWhatWasWrong() throws IOException {
        String bad = new String(
                        Files.readAllBytes(SharedData.x12("pyx12/835_mult_loops.txt")), StandardCharsets.ISO_8859_1)
                .replaceFirst("CLP\\*([^*]*)\\*[^*]*\\*", "CLP*$1*Q9*");
        String ack = ack999(validate(bad.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(ack).containsPattern("IK3\\*CLP\\*\\d+\\*2100\\*8~").contains("IK4*2**7*Q9~");
        validAndRead(ack);
    }

    static ValidationReport mixedReport() {
        List<Finding> findings = List.of(
                finding(Severity.ERROR, Scope.ELEMENT, "7", "0001", "NM1", 5, "2010AA", 1, 0),
                finding(Severity.ERROR, Scope.ELEMENT, "5", "0001", "NM1", 5, "2010AA", 9, 0),
                finding(Severity.ERROR, Scope.SEGMENT, "3", "0001", "N4", 7, "2010AA", 0, 0),
                finding(Severity.ERROR, Scope.ELEMENT, "6", "0001", "SV1", 30, "2400", 1, 2),
                finding(Severity.WARNING, Scope.SEGMENT, "8", "0002", "CLM", 20, "2300", 2, 0),
                finding(Severity.ERROR, Scope.GROUP, "5", "", "GE", 0, "", 1, 0));
        return report(findings, set("0001", true), set("0002", false), set("0003", false));
    }

    @Test
    void elementFindingsOfOneSegmentShareAnIk3AndWarningsGiveE() {
        ValidationReport report = mixedReport();

        ImplementationAck ack = Acknowledgments.implementationAcks(
                        report, report.interchanges().getFirst())
                .getFirst();
        TransactionSetAck rejected = ack.transactionSets().getFirst();
        assertThat(rejected.status()).isEqualTo("R");
        assertThat(rejected.codes()).containsExactly("5");
        assertThat(rejected.segmentErrors())
                .containsExactly(
                        new SegmentError(
                                "NM1",
                                5,
                                "2010AA",
                                "8",
                                List.of(),
                                List.of(
                                        new ElementError(1, 0, 0, "", "7", "", List.of()),
                                        new ElementError(9, 0, 0, "", "5", "", List.of()))),
                        new SegmentError("N4", 7, "2010AA", "3", List.of(), List.of()),
                        new SegmentError(
                                "SV1",
                                30,
                                "2400",
                                "8",
                                List.of(),
                                List.of(new ElementError(1, 2, 0, "", "6", "", List.of()))));
        assertThat(ack.transactionSets().get(1).status()).isEqualTo("E");
        assertThat(ack.transactionSets().get(1).segmentErrors()).hasSize(1);
        assertThat(ack.transactionSets().get(2).status()).isEqualTo("A");
        // GE01 wrong: the group is rejected whatever its sets
        assertThat(ack.status()).isEqualTo("R");
        assertThat(ack.codes()).containsExactly("5");
        assertThat(ack.accepted()).isZero();

        validAndRead(ack999(report));
    }

    @Test
    void aFileWithThousandsOfErrorsGetsABounded999() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < X12Validator.MAX_FINDINGS; i++) {
            findings.add(finding(Severity.ERROR, Scope.ELEMENT, "7", "0001", "SV1", 10 + i, "2400", 1, 2));
        }
        ValidationReport report = report(findings, set("0001", true));
        String x12 = ack999(report);
        ImplementationAck ack = (ImplementationAck) validAndRead(x12).getFirst();
        assertThat(ack.transactionSets().getFirst().segmentErrors()).hasSize(Acknowledgments.MAX_SEGMENT_ERRORS);
        assertThat(ack.transactionSets().getFirst().codes()).containsExactly("5");
        assertThat(x12.lines().count()).isLessThan(2 * Acknowledgments.MAX_SEGMENT_ERRORS + 20);
    }

    @Test
    void anUnreadableInterchangeIsRejectedByTa1WithItsNoteCode() {
        byte[] x12 = ("ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501"
                        + "*000000123*0*P*:~GS*HC*S*R*20240101*1200*1*X*005010X222A1~GE*0*1~IEA*1*000000124~")
                .getBytes(StandardCharsets.ISO_8859_1);
        ValidationReport report = validate(x12);
        List<Object> ta1 = validAndRead(ta1(report));
        assertThat(ta1).containsExactly(new InterchangeAck("000000123", "240101", "1200", "R", "001"));
        assertThat(ta1(report)).contains("*ZZ*RECEIVER       *ZZ*SENDER         *");
        // its group is empty but sound: the 999 accepts it with no sets
        ImplementationAck ack = (ImplementationAck) validAndRead(ack999(report)).getFirst();
        assertThat(ack.status()).isEqualTo("A");
        assertThat(ack.transactionSets()).isEmpty();
    }

    static ValidationReport.TransactionResult set(String control, boolean errors) {
        return new ValidationReport.TransactionResult("837", control, "005010X222A1", errors, false, "005010X222A1");
    }

    static ValidationReport report(List<Finding> findings, ValidationReport.TransactionResult... sets) {
        ValidationReport.GroupResult group =
                new ValidationReport.GroupResult("HC", "77", "005010X222A1", sets.length, false, true, List.of(sets));
        ValidationReport.InterchangeResult ic = new ValidationReport.InterchangeResult(
                "000000077", "ZZ", "CLINIC", "ZZ", "PAYER", "240101", "1200", "00501", false, List.of(group));
        return new ValidationReport("t", findings, 0, 100, List.of(ic));
    }

    static Finding finding(
            Severity severity,
            Scope scope,
            String ack,
            String set,
            String segment,
            int position,
            String loop,
            int element,
            int component) {
        return new Finding(
                Snip.SNIP2,
                severity,
                "X12-TEST",
                scope,
                ack,
                position,
                position,
                segment,
                set.isEmpty() ? 0 : position,
                loop,
                element,
                component,
                "000000077",
                "77",
                set,
                set.isEmpty() ? "" : "837",
                "test",
                "");
    }
}
