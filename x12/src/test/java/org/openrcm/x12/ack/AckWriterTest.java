package org.openrcm.x12.ack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.X12Reader;
import org.openrcm.x12.X12Writer;
import org.openrcm.x12.ack.ImplementationAck.Context;
import org.openrcm.x12.ack.ImplementationAck.ElementError;
import org.openrcm.x12.ack.ImplementationAck.SegmentError;
import org.openrcm.x12.ack.ImplementationAck.TransactionSetAck;
import org.openrcm.x12.validate.Finding;
import org.openrcm.x12.validate.ValidationReport;
import org.openrcm.x12.validate.X12Validator;

/** What AckWriter writes is a valid 999 / TA1 interchange that reads back to what was written. */
class AckWriterTest {

    static final LocalDateTime CREATED = LocalDateTime.of(2024, 5, 6, 7, 8);
    static final AckWriter.Parties PARTIES =
            new AckWriter.Parties("ZZ", "PAYER01", "ZZ", "SUBMITTER01", "PAYER01", "SUBMITTER01", false);

    static final ImplementationAck PARTIAL = new ImplementationAck(
            "HC",
            "1001",
            "005010X222A1",
            List.of(
                    new TransactionSetAck("837", "0001", "005010X222A1", "A", List.of(), List.of()),
                    new TransactionSetAck(
                            "837",
                            "0002",
                            "005010X222A1",
                            "R",
                            List.of("5", "4"),
                            List.of(
                                    new SegmentError(
                                            "CLM",
                                            22,
                                            "2300",
                                            "8",
                                            List.of(Context.businessUnit("CLM01", "PATIENT-77")),
                                            List.of(
                                                    new ElementError(2, 0, 0, "782", "6", "12X", List.of()),
                                                    new ElementError(
                                                            5,
                                                            3,
                                                            1,
                                                            "1325",
                                                            "7",
                                                            "9",
                                                            List.of(new Context(
                                                                    "SITUATIONAL TRIGGER",
                                                                    "",
                                                                    "CLM",
                                                                    22,
                                                                    "2300",
                                                                    5,
                                                                    1,
                                                                    0,
                                                                    "1331"))))),
                                    new SegmentError(
                                            "REF",
                                            57,
                                            "2010AA",
                                            "3",
                                            List.of(new Context(
                                                    "SITUATIONAL TRIGGER", "", "NM1", 55, "2010AA", 0, 0, 0, "")),
                                            List.of())))),
            "P",
            2,
            2,
            1,
            List.of());

    static final ImplementationAck REJECTED_GROUP = new ImplementationAck(
            "HC",
            "1002",
            "005010X223A2",
            List.of(new TransactionSetAck("837", "0003", "", "R", List.of("I6"), List.of())),
            "R",
            1,
            1,
            0,
            List.of("4", "5"));

    static String write(Consumer<X12Writer> what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        X12Writer w = new X12Writer(out);
        what.accept(w);
        w.flush();
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    static List<Object> read(String x12) {
        List<Object> records = new ArrayList<>();
        new X12Reader().read(new ByteArrayInputStream(x12.getBytes(StandardCharsets.ISO_8859_1)), (Consumer<Object>)
                records::add);
        return records;
    }

    static List<Finding> errors(String x12) {
        ValidationReport r =
                new X12Validator().validate(new ByteArrayInputStream(x12.getBytes(StandardCharsets.ISO_8859_1)), "t");
        return r.findings().stream().filter(Finding::isError).toList();
    }

    @Test
    void a999RoundTripsThroughWriterAndReader() {
        String x12 = write(w -> new AckWriter(ControlNumbers.startingAt(40))
                .implementationAcks(w, PARTIES, CREATED, List.of(PARTIAL, REJECTED_GROUP)));

        assertThat(errors(x12)).isEmpty();
        assertThat(read(x12)).containsExactly(PARTIAL, REJECTED_GROUP);
        assertThat(x12)
                .startsWith("ISA*00*          *00*          *ZZ*PAYER01        *ZZ*SUBMITTER01    *240506*0708*^*00501"
                        + "*000000040*0*T*:~")
                .contains("GS*FA*PAYER01*SUBMITTER01*20240506*0708*41*X*005010X231A1~")
                .contains("ST*999*0042*005010X231A1~")
                .contains("IK4*5:3:1*1325*7*9~")
                .contains("CTX*CLM01:PATIENT-77~")
                .contains("CTX*SITUATIONAL TRIGGER*CLM*22*2300*5:1*1331~")
                .contains("IK5*R*5*4~")
                .contains("AK9*R*1*1*0*4*5~")
                .endsWith("GE*2*41~\nIEA*1*000000040~\n");
    }

    @Test
    void aTa1StandsAloneBetweenIsaAndIea() {
        InterchangeAck ta1 = new InterchangeAck("000000905", "240501", "1200", "R", "001");
        String x12 = write(w -> new AckWriter(ControlNumbers.startingAt(7)).interchangeAck(w, PARTIES, CREATED, ta1));

        assertThat(x12.lines()).hasSize(3);
        assertThat(x12.lines().toList().get(1)).isEqualTo("TA1*000000905*240501*1200*R*001~");
        assertThat(x12).endsWith("IEA*0*000000007~\n");
        assertThat(errors(x12)).isEmpty();
        assertThat(read(x12)).containsExactly(ta1);
    }

    @Test
    void controlNumbersKeepIncreasingAcrossInterchanges() {
        ControlNumbers numbers = ControlNumbers.startingAt(1);
        AckWriter writer = new AckWriter(numbers);
        String first = write(w -> writer.implementationAcks(w, PARTIES, CREATED, List.of(PARTIAL)));
        String second = write(w -> writer.implementationAcks(w, PARTIES, CREATED, List.of(PARTIAL)));
        // ISA13, GS06, ST02 of the first: 1, 2, 3; of the second: 4, 5, 6
        assertThat(first)
                .contains("*000000001*0*T*:~")
                .contains("*2*X*005010X231A1~")
                .contains("ST*999*0003*");
        assertThat(second)
                .contains("*000000004*0*T*:~")
                .contains("*5*X*005010X231A1~")
                .contains("ST*999*0006*");
    }
}
