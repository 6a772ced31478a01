package org.openrcm.x12.ack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.X12Reader;
import org.openrcm.x12.ack.ImplementationAck.Context;
import org.openrcm.x12.ack.ImplementationAck.ElementError;
import org.openrcm.x12.ack.ImplementationAck.SegmentError;
import org.openrcm.x12.ack.ImplementationAck.TransactionSetAck;
import org.openrcm.x12.testing.SharedData;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;

/** Real 999 and TA1 files: they validate as their sources say, and read to the values they hold. */
class AckSamplesTest {

    static ValidationReport validate(String sample) throws IOException {
        try (InputStream in = Files.newInputStream(SharedData.x12(sample))) {
            return new X12Validator().validate(in, sample);
        }
    }

    static List<Object> read(String sample) throws IOException {
        List<Object> records = new ArrayList<>();
        try (InputStream in = Files.newInputStream(SharedData.x12(sample))) {
            new X12Reader().read(in, (Consumer<Object>) records::add);
        }
        return records;
    }

    static List<String> errorCodes(ValidationReport r) {
        return r.findings().stream().filter(Finding::isError).map(Finding::code).toList();
    }

    @Test
    void acceptedSampleReadsAndItsMismatchedIeaIsTheOnlyError() throws IOException {
        ValidationReport r = validate("imsweb/837_5010/x12_999_accepted.txt");
        // IEA02 000000001 against ISA13 000000286: a genuine SNIP 1 error of the sample itself
        assertThat(errorCodes(r)).containsExactly("X12-SNIP1-IEA-CONTROL");

        assertThat(read("imsweb/837_5010/x12_999_accepted.txt"))
                .containsExactly(new ImplementationAck(
                        "HC",
                        "17456",
                        "005010X223A2",
                        List.of(new TransactionSetAck("837", "0001", "005010X223A2", "A", List.of(), List.of())),
                        "A",
                        1,
                        1,
                        1,
                        List.of()));
    }

    @Test
    void rejectedSampleIsValidAndReadsItsSegmentError() throws IOException {
        assertThat(errorCodes(validate("imsweb/837_5010/x12_999_rejected.txt"))).isEmpty();

        ImplementationAck ack =
                (ImplementationAck) read("imsweb/837_5010/x12_999_rejected.txt").getFirst();
        assertThat(ack.groupAccepted()).isFalse();
        assertThat(ack.status()).isEqualTo("R");
        assertThat(List.of(ack.included(), ack.received(), ack.accepted())).containsExactly(1, 1, 0);
        TransactionSetAck set = ack.transactionSets().getFirst();
        assertThat(set.controlNumber()).isEqualTo("0028");
        assertThat(set.version()).isEmpty();
        assertThat(set.accepted()).isFalse();
        assertThat(set.codes()).containsExactly("5");
        assertThat(set.segmentErrors()).containsExactly(new SegmentError("NM", 17, "", "1", List.of(), List.of()));
    }

    @Test
    void staediSimple999ReadsContextsAndElementErrors() throws IOException {
        assertThat(errorCodes(validate("staedi/simple999.edi"))).isEmpty();

        List<Object> records = read("staedi/simple999.edi");
        assertThat(records).hasSize(1);
        ImplementationAck ack = (ImplementationAck) records.getFirst();
        assertThat(ack.version()).isEqualTo("005010X222");
        assertThat(ack.status()).isEqualTo("P");
        assertThat(List.of(ack.included(), ack.received(), ack.accepted())).containsExactly(3, 3, 1);
        assertThat(ack.transactionSets()).extracting(TransactionSetAck::status).containsExactly("A", "R", "R");

        SegmentError clm = ack.transactionSets().get(1).segmentErrors().getFirst();
        assertThat(clm.segmentId()).isEqualTo("CLM");
        assertThat(clm.position()).isEqualTo(22);
        assertThat(clm.code()).isEqualTo("8");
        assertThat(clm.context()).containsExactly(Context.businessUnit("CLM01", "123456789"));
        assertThat(clm.elementErrors()).containsExactly(new ElementError(2, 0, 0, "782", "1", "", List.of()));

        SegmentError ref = ack.transactionSets().get(2).segmentErrors().getFirst();
        assertThat(ref.code()).isEqualTo("3");
        assertThat(ref.context())
                .containsExactly(
                        new Context("SITUATIONAL TRIGGER", "", "CLM", 43, "", 5, 3, 0, "1325"),
                        Context.businessUnit("CLM01", "987654321"));
        assertThat(ref.context().getFirst().isSituationalTrigger()).isTrue();
    }

    @Test
    void pyx12AcknowledgmentsUnderTheGuideWithoutErrataAreValid() throws IOException {
        assertThat(errorCodes(validate("pyx12/834_ls_le_ls_5010.999.txt"))).isEmpty();
        assertThat(read("pyx12/834_ls_le_ls_5010.999.txt"))
                .containsExactly(new ImplementationAck(
                        "BE",
                        "146",
                        "005010X220A1",
                        List.of(new TransactionSetAck("834", "146001", "005010X220A1", "A", List.of(), List.of())),
                        "A",
                        1,
                        1,
                        1,
                        List.of()));

        assertThat(errorCodes(validate("pyx12/834_lui_id_5010.999.txt"))).isEmpty();
        List<Object> four = read("pyx12/834_lui_id_5010.999.txt");
        assertThat(four).hasSize(4).allSatisfy(o -> {
            ImplementationAck a = (ImplementationAck) o;
            assertThat(a.groupControl()).isEqualTo("13360001");
            assertThat(a.groupAccepted()).isTrue();
            assertThat(a.transactionSets())
                    .singleElement()
                    .satisfies(t -> assertThat(t.accepted()).isTrue());
        });
    }

    @Test
    void staediInvalid999IsReportedWhereItIsWrong() throws IOException {
        ValidationReport r = validate("staedi/invalid999.edi");
        assertThat(r.valid()).isFalse();
        List<String> where = r.findings().stream()
                .filter(Finding::isError)
                .map(f -> f.code() + "@" + f.where() + "#" + f.ackCode())
                .toList();
        assertThat(where)
                .contains(
                        "X12-SNIP2-UNEXPECTED-SEGMENT@IK5#2", // IK5 before AK1
                        "X12-SNIP2-ELEMENT-TOO-LONG@AK101#5", // 'HC   '
                        "X12-SNIP2-INVALID-CODE@IK501#7", // 'Q'
                        "X12-SNIP2-SEGMENT-REPEATED@IK5#5", // a second IK5 in one AK2 loop
                        "X12-SNIP2-NOT-A-NUMBER@CTX06-1#6", // 'C023'
                        "X12-SNIP1-SE-COUNT@SE01#4");
    }

    @Test
    void interchangeAcknowledgmentsReadAndValidate() throws IOException {
        assertThat(errorCodes(validate("staedi/x12_interchange_ack.txt"))).isEmpty();
        InterchangeAck ta1 =
                (InterchangeAck) read("staedi/x12_interchange_ack.txt").getFirst();
        assertThat(ta1).isEqualTo(new InterchangeAck("000000050", "200229", "1200", "A", "000"));
        assertThat(ta1.accepted()).isTrue();

        ValidationReport uhin = validate("uhin/TA1.edi");
        assertThat(errorCodes(uhin)).contains("X12-SNIP1-ISA-WIDTH");
        assertThat(uhin.findings())
                .filteredOn(f -> f.code().equals("X12-SNIP1-ISA-WIDTH"))
                .extracting(Finding::where)
                .containsExactly("ISA02", "ISA04", "ISA06", "ISA08");
        InterchangeAck rejected = (InterchangeAck) read("uhin/TA1.edi").getFirst();
        assertThat(rejected).isEqualTo(new InterchangeAck("000000100", "030809", "0823", "R", "024"));
        assertThat(rejected.accepted()).isFalse();
    }
}
