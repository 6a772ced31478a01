package org.openrcm.codes.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.Release;
import org.openrcm.codes.imports.ReleaseName;
import org.openrcm.codes.testing.SharedData;

/** HCPCS Level II as CSV: the July 2024 list (one row per code) and the CMS record layout's columns. */
class HcpcsCsvFileTest {

    static final String NAME = "hcpcs/hcpcs_level2_2024_jul.csv";

    static String text() throws IOException {
        return Files.readString(SharedData.codes(NAME));
    }

    static HcpcsRelease read(String text, String name) {
        ReleaseName release = ReleaseName.quarter(name).orElseThrow();
        return HcpcsCsvFile.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                name,
                release.id(),
                release.effective());
    }

    @Test
    void aCodeTerminatedBeforeTheReleaseIsNotBillable() throws IOException {
        Release codes = read(text(), "hcpcs_level2_2024_jul.csv").codes();
        Code a4397 = codes.code("A4397").orElseThrow();
        assertThat(a4397.validTo()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(a4397.billable()).as("terminated 2021-12-31").isFalse();
        assertThat(codes.code("G0124").orElseThrow().billable()).isTrue();
        // 8,033 rows, 1,058 with a termination date, all before July 1, 2024; none added after it.
        assertThat(codes.codes()).filteredOn(c -> c.validTo() != null).hasSize(1_058);
        assertThat(codes.billableCount()).isEqualTo(8_033 - 1_058);
    }

    @Test
    void theJuly2024ListHoldsEveryCode() throws IOException {
        String text = text();
        long start = System.nanoTime();
        HcpcsRelease hcpcs = read(text, "hcpcs_level2_2024_jul.csv");
        System.out.printf(
                "HCPCS CSV July 2024 (%.1f MB) read in %d ms%n",
                text.length() / 1e6, (System.nanoTime() - start) / 1_000_000);
        Release codes = hcpcs.codes();
        assertThat(codes.codes()).hasSize(8_033);
        assertThat(codes.id()).isEqualTo("2024-JUL");
        assertThat(codes.effective()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(hcpcs.modifiers()).as("this list has no modifiers").isEmpty();
        Code g0124 = codes.code("G0124").orElseThrow();
        assertThat(g0124.longTitle())
                .isEqualTo(
                        "Screening cytopathology, cervical or vaginal (any reporting system), collected in"
                                + " preservative fluid, automated thin layer preparation, requiring interpretation by physician");
        assertThat(g0124.shortTitle()).isEqualTo("Screen c/v thin layer by md");
        assertThat(g0124.details())
                .containsEntry(Details.PRICING, "11, 21")
                .containsEntry(Details.MULTIPLE_PRICING, "C")
                .containsEntry(Details.LAB_CERTIFICATION, "630")
                .containsEntry(Details.COVERAGE_ISSUES_MANUAL, "50-20")
                .containsEntry(Details.PROCESSING_NOTE, "0045")
                .doesNotContainKey(Details.ANESTHESIA_BASE_UNITS);
        assertThat(codes.code("A0021").orElseThrow().details()).containsEntry(Details.CROSS_REFERENCE, "A0030");
    }

    @Test
    void aCodeDiscontinuedThisQuarterEndsTheDayBefore() throws IOException {
        Release codes = read(text(), "hcpcs_level2_2024_jul.csv").codes();
        assertThat(codes.codes()).filteredOn(c -> c.validTo() != null).hasSize(1_058);
        Code c9113 = codes.code("C9113").orElseThrow();
        assertThat(c9113.shortTitle()).isEqualTo("Inj pantoprazole sodium, via");
        assertThat(c9113.validFrom()).isEqualTo(LocalDate.of(2002, 1, 1));
        assertThat(c9113.validTo()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(c9113.details())
                .containsEntry(Details.ACTION, "D")
                .containsEntry(Details.ACTION_EFFECTIVE, "2024-07-01");
        assertThat(c9113.validOn(LocalDate.of(2024, 7, 1))).isFalse();
        assertThat(codes.code("G0519").orElseThrow().validFrom())
                .as("added in July 2024")
                .isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void aCodeUnchangedSince2020ReadsTheSameFromTheFixedWidthFile() throws IOException {
        Code csv =
                read(text(), "hcpcs_level2_2024_jul.csv").codes().code("G0008").orElseThrow();
        Code anweb = HcpcsAnwebFileTest.read(HcpcsAnwebFileTest.text())
                .codes()
                .code("G0008")
                .orElseThrow();
        assertThat(csv.details()).isEqualTo(anweb.details());
        assertThat(csv.longTitle()).isEqualTo(anweb.longTitle());
        assertThat(csv.validFrom()).isEqualTo(anweb.validFrom());
        Code j1100 =
                read(text(), "hcpcs_level2_2024_jul.csv").codes().code("J1100").orElseThrow();
        assertThat(j1100.details())
                .containsEntry(Details.TYPE_OF_SERVICE, "1, P")
                .containsEntry(Details.CARRIERS_MANUAL, "2049");
    }

    @Test
    void theCmsRecordLayoutAsCsvJoinsContinuationRowsAndKeepsModifiers() {
        // Rows of the 2020 CMS file (public domain) in the column layout of its spreadsheet form.
        String text =
                "HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION,PRICE1,PRICE2,PRICE3,PRICE4,MULT_PI,CIM1,CIM2,"
                        + "CIM3,MCM1,MCM2,MCM3,STATUTE,LABCERT1,XREF1,COV,ASC_GRP,ASC_DT,PROCNOTE,BETOS,TOS1,TOS2,TOS3,TOS4,TOS5,"
                        + "ANEST_BU,ADD_DT,ACT_EFF_DT,TERM_DT,ACTION_CD\r\n"
                        + "XS,00100,7,\"Separate structure, a service that is distinct because it was performed on a\",Separate"
                        + " organ/structure,,,,,,,,,,,,,,,C,,,,,,,,,,,20150101,20150101,,N\r\n"
                        + "XS,00200,8,separate organ/structure,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n"
                        + "J7192,00100,3,\"Factor viii (antihemophilic factor, recombinant) per i.u., not otherwise\",Factor viii"
                        + " recombinant nos,51,,,,A,,,,2049,,,,,,D,YY,20100101,,O1E,1,P,,,,0,19940101,20100101,,N\r\n"
                        + "J7192,00200,4,specified,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n";
        HcpcsRelease hcpcs = read(text, "HCPC2020_CONTR_ANWEB.csv");
        assertThat(hcpcs.codes().id()).isEqualTo("2020-JAN");
        Code j7192 = hcpcs.codes().code("J7192").orElseThrow();
        assertThat(j7192.longTitle())
                .isEqualTo("Factor viii (antihemophilic factor, recombinant) per i.u., not otherwise specified");
        assertThat(j7192.details())
                .containsEntry(Details.TYPE_OF_SERVICE, "1, P")
                .containsEntry(Details.ASC_GROUP, "YY")
                .containsEntry(Details.ASC_GROUP_EFFECTIVE, "2010-01-01")
                .containsEntry(Details.CARRIERS_MANUAL, "2049");
        assertThat(j7192.validFrom()).isEqualTo(LocalDate.of(1994, 1, 1));
        Code xs = hcpcs.modifiers().orElseThrow().code("XS").orElseThrow();
        assertThat(xs.longTitle()).endsWith("performed on a separate organ/structure");
        assertThat(xs.details()).containsEntry(Details.TYPE, "HCPCS").containsEntry(Details.COVERAGE, "C");
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedAtItsHeader() {
        assertThatThrownBy(() ->
                        read("hcpcs_code,short_description\nA0021,Outside state ambulance serv\n", "h_2024_jul.csv"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("h_2024_jul.csv, line 1")
                .hasMessageContaining("no header row naming the HCPCS code and long description columns");
    }

    @Test
    void aCutRowABadCodeOrABadDateNamesItsLine() throws IOException {
        String text = text();
        assertThatThrownBy(() -> read(text.substring(0, text.indexOf("V5364,") + 30), "hcpcs_level2_2024_jul.csv"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line 8034")
                .hasMessageContaining("the row has 3 fields where the header names 20; the line may be cut short");
        assertThatThrownBy(() -> read(text.replace("\nG0008,", "\nG008,"), "hcpcs_level2_2024_jul.csv"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line 2056")
                .hasMessageContaining("'G008' is not a HCPCS Level II code");
        assertThatThrownBy(() -> read(
                        text.replace(",1994-01-01,1996-01-01,", ",1994-01-01,1996-02-30,"),
                        "hcpcs_level2_2024_jul.csv"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("'1996-02-30' in date_action is not a date");
        assertThatThrownBy(() -> read(
                        text.replace("\nG0124,\"Screening", "\nG0124,\"Screening\"x"), "hcpcs_level2_2024_jul.csv"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line 2142")
                .hasMessageContaining("a field may hold an unquoted comma");
    }

    @Test
    void recognizesTheCsvByItsHeader() throws IOException {
        byte[] head = Arrays.copyOf(text().getBytes(StandardCharsets.UTF_8), 4096);
        assertThat(HcpcsCsvFile.recognizes("renamed.csv", head)).isTrue();
        assertThat(HcpcsCsvFile.recognizes(
                        "x.csv",
                        "HCPC,SEQNUM,RECID,LONG DESCRIPTION,SHORT DESCRIPTION\r\n".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        byte[] rvu = Arrays.copyOf(Files.readAllBytes(SharedData.codes("fees/PPRRVU2024_JUL_rvu24c.csv")), 4096);
        assertThat(HcpcsCsvFile.recognizes("PPRRVU2024_JUL_rvu24c.csv", rvu)).isFalse();
        byte[] modifiers = Arrays.copyOf(Files.readAllBytes(SharedData.codes("hcpcs/modifiers_2024.csv")), 4096);
        assertThat(HcpcsCsvFile.recognizes("modifiers_2024.csv", modifiers)).isFalse();
    }
}
