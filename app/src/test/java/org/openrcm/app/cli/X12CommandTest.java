package org.openrcm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code openrcm x12 validate|read}: exit codes a script can rely on, findings a biller can act on. */
class X12CommandTest {

    static final String ISA =
            "ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*OPENRCM        *260320*0930*^*00501*000000905*0*P*:~\n";

    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    Path interchangeAck() throws IOException {
        return file("ta1.x12", ISA + "TA1*000000041*260320*0929*A*000~\nIEA*0*000000905~\n");
    }

    Path brokenCount() throws IOException {
        return file("broken.x12", ISA + "TA1*000000041*260320*0929*A*000~\nIEA*1*000000905~\n");
    }

    @Test
    void aValidFileExitsZero() throws IOException {
        CliTest.Run run = CliTest.run("x12", "validate", interchangeAck().toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("ta1.x12: VALID");
    }

    @Test
    void anInvalidFileExitsOneAndNamesTheSegmentAndElement() throws IOException {
        CliTest.Run run = CliTest.run(
                "x12", "validate", interchangeAck().toString(), brokenCount().toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("broken.x12: INVALID, 1 error")
                .contains("at segment 3 (line 3) IEA01")
                .contains("IEA01 says 1 functional group(s), but the interchange has 0");
    }

    @Test
    void aFileThatCannotBeReadExitsTwo() throws IOException {
        CliTest.Run run = CliTest.run(
                "x12",
                "validate",
                brokenCount().toString(),
                dir.resolve("missing.x12").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("missing.x12: UNREADABLE").contains("does not exist");
    }

    @Test
    void jsonOutputCarriesEveryPartOfAFinding() throws IOException {
        CliTest.Run run = CliTest.run("x12", "validate", "--json", brokenCount().toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode finding =
                X12Command.json().readTree(run.out()).get(0).get("findings").get(0);
        assertThat(finding.get("code").asString()).isEqualTo("X12-SNIP1-IEA-COUNT");
        assertThat(finding.get("snip").asString()).isEqualTo("SNIP1");
        assertThat(finding.get("segmentNumber").asInt()).isEqualTo(3);
        assertThat(finding.get("segmentId").asString()).isEqualTo("IEA");
        assertThat(finding.get("element").asInt()).isEqualTo(1);
        assertThat(finding.get("message").asString()).contains("functional group");
    }

    @Test
    void aHostileFileStopsAtTheLimitTheUserSet() throws IOException {
        Path big = file("big.x12", ISA + "TA1*000000041*260320*0929*A*000~\n".repeat(50) + "IEA*0*000000905~\n");
        CliTest.Run run = CliTest.run("x12", "validate", "--max-segments", "10", big.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("X12-LIMIT-SEGMENTS").contains("more than 10 segments");
    }

    @Test
    void writesTheAcknowledgmentsOfEachFile() throws IOException {
        Path acks = dir.resolve("acks");
        CliTest.Run run = CliTest.run(
                "x12", "validate", "--ack", acks.toString(), brokenCount().toString());
        assertThat(run.exit()).isEqualTo(1);
        String ta1 = Files.readString(acks.resolve("broken.x12.ta1"));
        assertThat(ta1)
                .as("a TA1 from the receiver back to the sender, rejecting the interchange for its group count")
                .contains("*ZZ*OPENRCM        *ZZ*CLEARINGHOUSE  *")
                .contains("TA1*000000905*260320*0930*R*021~");
        CliTest.Run check =
                CliTest.run("x12", "validate", acks.resolve("broken.x12.ta1").toString());
        assertThat(check.exit()).as(check.out()).isZero();
    }

    @Test
    void readPrintsTheTypedRecordsAsJson() throws IOException {
        CliTest.Run run = CliTest.run("x12", "read", "--json", interchangeAck().toString());
        assertThat(run.exit()).isZero();
        JsonNode record = X12Command.json()
                .readTree(run.out())
                .get("transactions")
                .get(0)
                .get("records")
                .get(0);
        assertThat(record.get("type").asString()).isEqualTo("InterchangeAck");
        assertThat(record.get("value").get("controlNumber").asString()).isEqualTo("000000041");
        assertThat(record.get("value").get("status").asString()).isEqualTo("A");
    }

    static final String REMITTANCE =
            ISA.replace("*ZZ*CLEARINGHOUSE  *ZZ*OPENRCM        *", "*ZZ*PAYER          *ZZ*OPENRCM        *")
                    + "GS*HP*PAYER*OPENRCM*20260320*0930*7*X*005010X221A1~\n"
                    + "ST*835*0001*005010X221A1~\n"
                    + "BPR*I*70*C*ACH*CCP*01*011000015*DA*123456789*1999999999**01*021000021*DA*987654321*20260323~\n"
                    + "TRN*1*EFT0001*1999999999~\n"
                    + "N1*PR*ACME HEALTH~\nN3*1 MAIN ST~\nN4*SPRINGFIELD*IL*62701~\nPER*BL*EDI*TE*8005551313~\n"
                    + "N1*PE*OAK CLINIC*XX*1234567893~\n"
                    + "LX*1~\n"
                    + "CLP*C-1001*1*150*80*20*12*PAYER-1*11*1~\n"
                    + "NM1*QC*1*RIVERA*ANA****MI*1EG4TE5MK73~\n"
                    + "SVC*HC:99214:25*150*80~\nDTM*472*20260302~\nCAS*CO*45*50~\nCAS*PR*2*20~\n"
                    + "PLB*1234567893*20261231*WO:REC1*10~\n"
                    + "SE*17*0001~\nGE*1*7~\nIEA*1*000000905~\n";

    @Test
    void readingAnEraGivesPayerPaymentTraceClaimsAdjustmentsAndProviderAdjustments() throws IOException {
        Path era = file("era.835", REMITTANCE);
        CliTest.Run valid = CliTest.run("x12", "validate", era.toString());
        assertThat(valid.exit()).as(valid.out()).isZero();

        CliTest.Run run = CliTest.run("x12", "read", "--json", era.toString());
        assertThat(run.exit()).isZero();
        JsonNode records =
                X12Command.json().readTree(run.out()).get("transactions").get(0).get("records");
        JsonNode header = records.get(0).get("value");
        assertThat(header.get("payment").get("amount").decimalValue()).isEqualByComparingTo("70");
        assertThat(header.get("traceNumber").asString()).isEqualTo("EFT0001");
        assertThat(header.get("payer").get("name").asString()).isEqualTo("ACME HEALTH");
        assertThat(header.get("payee").toString()).contains("1234567893");
        JsonNode claim = records.get(1).get("value");
        assertThat(records.get(1).get("type").asString()).isEqualTo("ClaimPayment");
        assertThat(claim.get("patientControlNumber").asString()).isEqualTo("C-1001");
        assertThat(claim.get("totalCharge").decimalValue()).isEqualByComparingTo("150");
        assertThat(claim.get("payment").decimalValue()).isEqualByComparingTo("80");
        assertThat(claim.get("services").get(0).get("adjustments").toString()).contains("\"CO\"", "\"45\"", "50");
        assertThat(records.get(2).get("type").asString()).isEqualTo("ProviderAdjustment");
        assertThat(records.get(2).toString()).contains("WO", "REC1");
    }

    @Test
    void anUnbalancedEraIsInvalidAtSnip3NamingTheSegment() throws IOException {
        Path era = file("era.835", REMITTANCE.replace("BPR*I*70*", "BPR*I*75*"));
        CliTest.Run run = CliTest.run("x12", "validate", era.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("X12-SNIP3-BPR-BALANCE at segment 4 (line 4) BPR02");
    }

    @Test
    void theAcknowledgmentOfAnUnbalancedEraRejectsItsSetAndIsItselfValid() throws IOException {
        Path era = file("era.835", REMITTANCE.replace("BPR*I*70*", "BPR*I*75*"));
        Path acks = dir.resolve("acks");
        CliTest.run("x12", "validate", "--ack", acks.toString(), era.toString());
        String ack = Files.readString(acks.resolve("era.835.999"));
        assertThat(ack)
                .contains("AK1*HP*7*005010X221A1~")
                .contains("AK2*835*0001*005010X221A1~")
                .contains("IK3*BPR*2**8~")
                .contains("IK5*R*5~")
                .contains("AK9*R*1*1*0~");
        CliTest.Run check =
                CliTest.run("x12", "validate", acks.resolve("era.835.999").toString());
        assertThat(check.exit()).as(check.out()).isZero();
    }

    @Test
    void anEmptyFileIsInvalidForBothCommands() throws IOException {
        Path empty = file("empty.x12", "\n\n");
        CliTest.Run validate = CliTest.run("x12", "validate", empty.toString());
        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.out()).contains("X12-SNIP1-EMPTY");
        CliTest.Run read = CliTest.run("x12", "read", empty.toString());
        assertThat(read.exit()).isEqualTo(1);
        assertThat(read.err()).contains("holds no segments");
    }

    @Test
    void readingSomethingThatIsNotX12ExitsOneWithTheReason() throws IOException {
        CliTest.Run run =
                CliTest.run("x12", "read", file("note.txt", "Dear doctor,").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("does not start with an ISA segment");
    }
}
