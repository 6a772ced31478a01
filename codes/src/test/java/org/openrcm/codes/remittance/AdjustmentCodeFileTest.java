package org.openrcm.codes.remittance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.testing.SharedData;

/** The CARC, RARC and group code lists of June 2024 in one file, and X12's own published layout. */
class AdjustmentCodeFileTest {

    static final String NAME = "remittance/carc_rarc_group_codes_northstar_2024-06.csv";
    static final LocalDate JUNE_2024 = LocalDate.of(2024, 6, 1);

    static Path file() {
        return SharedData.codes(NAME);
    }

    static Map<CodeSystem, Release> read() throws IOException {
        try (InputStream in = Files.newInputStream(file())) {
            return AdjustmentCodeFile.read(in, NAME, "2024-06", JUNE_2024);
        }
    }

    static Map<CodeSystem, Release> read(String text) {
        return AdjustmentCodeFile.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x12.csv", "2024-06", JUNE_2024);
    }

    @Test
    void theFileGivesThreeListsWithTheirCounts() throws IOException {
        long t0 = System.nanoTime();
        Map<CodeSystem, Release> lists = read();
        System.out.printf("CARC/RARC/group list read in %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        assertThat(lists.keySet()).containsExactly(CodeSystem.CARC, CodeSystem.RARC, CodeSystem.GROUP);
        assertThat(lists.get(CodeSystem.CARC).codes()).hasSize(405);
        assertThat(lists.get(CodeSystem.RARC).codes()).hasSize(1171);
        assertThat(lists.get(CodeSystem.GROUP).codes())
                .extracting(Code::value)
                .containsExactly("CO", "CR", "OA", "PI", "PR");
        assertThat(lists.get(CodeSystem.CARC).codes().stream().filter(c -> c.validTo() != null))
                .as("deactivated CARCs are kept")
                .hasSize(110);
        assertThat(lists.values()).allSatisfy(r -> assertThat(r.id()).isEqualTo("2024-06"));
    }

    @Test
    void carcTextsUsageAndDates() throws IOException {
        Release carc = read().get(CodeSystem.CARC);
        Code c45 = carc.code("45").orElseThrow();
        assertThat(c45.longTitle())
                .isEqualTo("Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.");
        assertThat(c45.details().get(AdjustmentCodeFile.USAGE))
                .endsWith("(Use only with Group Codes PR or CO depending upon liability)");
        assertThat(c45.validFrom()).isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(c45.validTo()).isNull();
        assertThat(c45.details()).containsEntry(AdjustmentCodeFile.LAST_MODIFIED, "2017-07-01");
        assertThat(carc.code("97").orElseThrow().shortTitle())
                .isEqualTo("The benefit for this service is included in the payment/allowance for another"
                        + " service/procedure that has already been adjudicated.");
        assertThat(carc.code("50").orElseThrow().shortTitle())
                .isEqualTo("These are non-covered services because this is not deemed a 'medical necessity' by the"
                        + " payer.");
        assertThat(read().get(CodeSystem.GROUP).code("PR").orElseThrow().shortTitle())
                .isEqualTo("Patient Responsibility");
    }

    @Test
    void aDeactivatedCarcIsStillExplainedButNotValidAfterItsStopDate() throws IOException {
        Catalog catalog = new Catalog();
        read().values().forEach(catalog::add);
        LocalDate today = LocalDate.of(2024, 7, 15);
        Catalog.Lookup d1 = catalog.lookup(CodeSystem.CARC, "d1", today).orElseThrow();
        assertThat(d1.code().longTitle())
                .isEqualTo("Claim/service denied. Level of subluxation is missing or inadequate.");
        assertThat(d1.code().details())
                .containsEntry(AdjustmentCodeFile.NOTES, "Use code 16 and remark codes if necessary.");
        assertThat(d1.validOnDate()).isFalse();
        assertThat(d1.code().validOn(LocalDate.of(2003, 10, 16)))
                .as("the stop date is the last valid day")
                .isTrue();
        assertThat(d1.code().validOn(LocalDate.of(2003, 10, 17))).isFalse();
        Code c15 = catalog.lookup(CodeSystem.CARC, "15", today).orElseThrow().code();
        assertThat(c15.validTo()).isEqualTo(LocalDate.of(2018, 5, 1));
        assertThat(c15.validOn(LocalDate.of(2018, 4, 30))).isTrue();
        assertThat(c15.validOn(LocalDate.of(2018, 5, 2))).isFalse();
        assertThat(catalog.lookup(CodeSystem.CARC, "45", today).orElseThrow().validOnDate())
                .isTrue();
    }

    @Test
    void rarcTexts() throws IOException {
        Release rarc = read().get(CodeSystem.RARC);
        Code n130 = rarc.code("N130").orElseThrow();
        assertThat(n130.longTitle())
                .isEqualTo(
                        "Consult plan benefit documents/guidelines for information about restrictions for this service.");
        assertThat(n130.validFrom()).isEqualTo(LocalDate.of(2002, 10, 31));
        assertThat(n130.details()).containsEntry(AdjustmentCodeFile.NOTES, "(Modified 4/1/07, 7/1/08, 11/1/09)");
        assertThat(rarc.code("M15").orElseThrow().longTitle())
                .isEqualTo("Separately billed services/tests have been bundled as they are considered components of"
                        + " the same procedure. Separate payment is not allowed.");
        assertThat(rarc.code("MA01")).isPresent();
    }

    @Test
    void x12sPublishedLayoutIsReadWithUsageSplitOffAndTheListToldByTheCode() {
        Map<CodeSystem, Release> lists = read(
                "Code,Description,Start,Last Modified,Stop\r\n"
                        + "45,\"Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement. Usage:"
                        + " This adjustment amount cannot equal the total service or claim charge amount.\",01/01/1995,07/01/2017,\r\n"
                        + "D1,Claim/service denied. Level of subluxation is missing or inadequate. Notes: Use code 16.,01/01/1995,,10/16/2003\r\n"
                        + "N130,Consult plan benefit documents/guidelines for information about restrictions for this service.,10/31/2002,11/01/2009,\r\n");
        Code c45 = lists.get(CodeSystem.CARC).code("45").orElseThrow();
        assertThat(c45.longTitle())
                .isEqualTo("Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.");
        assertThat(c45.details().get(AdjustmentCodeFile.USAGE))
                .isEqualTo("This adjustment amount cannot equal the total service or claim charge amount.");
        assertThat(c45.details()).containsEntry(AdjustmentCodeFile.LAST_MODIFIED, "2017-07-01");
        Code d1 = lists.get(CodeSystem.CARC).code("D1").orElseThrow();
        assertThat(d1.validTo()).isEqualTo(LocalDate.of(2003, 10, 16));
        assertThat(d1.details()).containsEntry(AdjustmentCodeFile.NOTES, "Use code 16.");
        assertThat(lists.get(CodeSystem.RARC).code("N130").orElseThrow().validFrom())
                .isEqualTo(LocalDate.of(2002, 10, 31));
        assertThat(lists).doesNotContainKey(CodeSystem.GROUP);
    }

    @Test
    void bothLayoutsAreRecognizedByTheirHeader() throws IOException {
        byte[] head = Arrays.copyOf(Files.readAllBytes(file()), 4096);
        assertThat(AdjustmentCodeFile.recognizes("x.csv", head)).isTrue();
        assertThat(AdjustmentCodeFile.recognizes(
                        "carc.csv",
                        "Code,Description,Start,Last Modified,Stop\n1,Deductible Amount,01/01/1995,,\n"
                                .getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(AdjustmentCodeFile.recognizes(
                        "carc.csv", "pos_code,pos_type,pos_name,pos_description\n".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }

    @Test
    void damagedRowsAreRefusedNamingLineAndProblem() throws IOException {
        String text = Files.readString(file());
        assertThatThrownBy(() -> read(text.replace("\n15,CARC,", "\nN15,CARC,")))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line 21")
                .hasMessageContaining("code N15 is marked CARC but is written as a RARC code");
        assertThatThrownBy(() ->
                        read(text.replace(",1995-01-01,2017-11-01,2018-05-01", ",1995-01-01,2017-11-01,2018-13-01")))
                .hasMessageContaining("line 21")
                .hasMessageContaining("'adj_end_date' column holds '2018-13-01', not a date");
        assertThatThrownBy(() ->
                        read(text.replace(",1995-01-01,2017-11-01,2018-05-01", ",2019-01-01,2017-11-01,2018-05-01")))
                .hasMessageContaining("line 21")
                .hasMessageContaining("code 15 stops on 2018-05-01, before it starts on 2019-01-01");
        assertThatThrownBy(() -> read(text.replace(
                        "\n15,CARC,\"The authorization number is missing, invalid,",
                        "\n15,CARC,The authorization number is missing, invalid,")))
                .hasMessageContaining("line 21")
                .hasMessageContaining("a field holding a comma may have lost its quotes");
        assertThatThrownBy(() -> read(text.substring(0, text.indexOf("\n15,CARC,") + 20)))
                .as("cut inside a quoted description")
                .hasMessageContaining("line 21")
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> read(text.substring(0, text.indexOf("\n15,CARC,") + 7)))
                .as("cut after the type")
                .hasMessageContaining("line 21")
                .hasMessageContaining("2 fields where the header has 8");
        assertThatThrownBy(() -> read(text + "45,CARC,Again,,,1995-01-01,,\n"))
                .hasMessageContaining("line 1583")
                .hasMessageContaining("CARC 45 appears twice");
    }
}
