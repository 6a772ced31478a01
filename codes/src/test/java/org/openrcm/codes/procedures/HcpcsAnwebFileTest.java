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
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.testing.SharedData;

/** The CMS 2020 alpha-numeric HCPCS file in its fixed-width form: disclaimer, 320-column records, continuations. */
class HcpcsAnwebFileTest {

    static final String NAME = "hcpcs/cms_2020/HCPC2020_ANWEB_w_disclaimer.txt";

    static String text() throws IOException {
        return new String(Files.readAllBytes(SharedData.codes(NAME)), StandardCharsets.ISO_8859_1);
    }

    static HcpcsRelease read(String text) {
        return HcpcsAnwebFile.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)),
                "HCPC2020_ANWEB_w_disclaimer.txt",
                "2020-JAN",
                LocalDate.of(2020, 1, 1));
    }

    @Test
    void proceduresAndModifiersAreCountedApart() throws IOException {
        String text = text();
        long start = System.nanoTime();
        HcpcsRelease hcpcs = read(text);
        System.out.printf(
                "HCPCS ANWEB 2020 (%.1f MB) read in %d ms%n",
                text.length() / 1e6, (System.nanoTime() - start) / 1_000_000);
        assertThat(hcpcs.codes().system()).isEqualTo(CodeSystem.HCPCS);
        assertThat(hcpcs.codes().codes()).hasSize(6_710);
        Release modifiers = hcpcs.modifiers().orElseThrow();
        assertThat(modifiers.system()).isEqualTo(CodeSystem.MODIFIER);
        assertThat(modifiers.codes()).hasSize(369);
        assertThat(modifiers.id()).isEqualTo("2020-JAN");
        assertThat(hcpcs.codes().code("RT"))
                .as("a modifier is not a procedure code")
                .isEmpty();
    }

    @Test
    void aCodeCarriesItsTitlesDatesAndMedicareData() throws IOException {
        HcpcsRelease hcpcs = read(text());
        Code g0008 = hcpcs.codes().code("G0008").orElseThrow();
        assertThat(g0008.longTitle()).isEqualTo("Administration of influenza virus vaccine");
        assertThat(g0008.shortTitle()).isEqualTo("Admin influenza virus vac");
        assertThat(g0008.validFrom()).isEqualTo(LocalDate.of(1994, 1, 1));
        assertThat(g0008.validTo()).isNull();
        assertThat(g0008.details())
                .containsEntry(Details.PRICING, "54")
                .containsEntry(Details.COVERAGE, "C")
                .containsEntry(Details.BETOS, "O1G")
                .containsEntry(Details.TYPE_OF_SERVICE, "V")
                .containsEntry(Details.ACTION, "N")
                .containsEntry(Details.ACTION_EFFECTIVE, "1996-01-01");
        Code j1100 = hcpcs.codes().code("J1100").orElseThrow();
        assertThat(j1100.longTitle()).isEqualTo("Injection, dexamethasone sodium phosphate, 1 mg");
        assertThat(j1100.shortTitle()).isEqualTo("Dexamethasone sodium phos");
        assertThat(j1100.details())
                .containsEntry(Details.PRICING, "51")
                .containsEntry(Details.COVERAGE, "D")
                .containsEntry(Details.CARRIERS_MANUAL, "2049")
                .containsEntry(Details.TYPE_OF_SERVICE, "1, P")
                .containsEntry(Details.BETOS, "O1E");
        assertThat(hcpcs.codes().code("E0100").orElseThrow().details())
                .containsEntry(Details.COVERAGE_ISSUES_MANUAL, "60-3, 60-9")
                .containsEntry(Details.TYPE_OF_SERVICE, "A, P, R");
        assertThat(hcpcs.codes().code("Q0144").orElseThrow().details())
                .containsEntry(Details.PROCESSING_NOTE, "0054")
                .containsEntry(Details.COVERAGE, "M");
    }

    @Test
    void aLongDescriptionIsJoinedFromItsContinuationRecords() throws IOException {
        HcpcsRelease hcpcs = read(text());
        assertThat(hcpcs.codes().code("J7192").orElseThrow().longTitle())
                .isEqualTo("Factor viii (antihemophilic factor, recombinant) per i.u., not otherwise specified");
        Code g0503 = hcpcs.codes().code("G0503").orElseThrow();
        assertThat(g0503.longTitle())
                .as("17 records")
                .startsWith("Subsequent psychiatric collaborative care management, first 60 minutes in a subsequent"
                        + " month of behavioral health care manager activities,")
                .endsWith("and are prepared for discharge from active treatment")
                .hasSize(1251);
        assertThat(g0503.shortTitle()).isEqualTo("Subseq  psych care man,60mi");
        assertThat(hcpcs.modifiers().orElseThrow().code("XS").orElseThrow().longTitle())
                .isEqualTo("Separate structure, a service that is distinct because it was performed on a separate"
                        + " organ/structure");
    }

    @Test
    void terminatedCodesAndModifiersEndOnTheirTerminationDate() throws IOException {
        HcpcsRelease hcpcs = read(text());
        assertThat(hcpcs.codes().codes()).filteredOn(c -> c.validTo() != null).hasSize(605);
        Code g0503 = hcpcs.codes().code("G0503").orElseThrow();
        assertThat(g0503.validFrom()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(g0503.validTo()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(g0503.validOn(LocalDate.of(2018, 1, 1))).isFalse();
        Code gd = hcpcs.modifiers().orElseThrow().code("GD").orElseThrow();
        assertThat(gd.details())
                .containsEntry(Details.TYPE, "HCPCS")
                .containsEntry(Details.ACTION, "D")
                .containsEntry(Details.ACTION_EFFECTIVE, "2020-01-01");
        assertThat(gd.validFrom()).as("the added date, not the action's").isEqualTo(LocalDate.of(2008, 1, 1));
        assertThat(gd.validTo()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(gd.validOn(LocalDate.of(2019, 12, 31))).isTrue();
        assertThat(gd.validOn(LocalDate.of(2020, 1, 1))).isFalse();
        Code rt = hcpcs.modifiers().orElseThrow().code("RT").orElseThrow();
        assertThat(rt.longTitle())
                .isEqualTo("Right side (used to identify procedures performed on the right side of the body)");
        assertThat(rt.validTo()).isNull();
    }

    @Test
    void aRecordCutShortNamesItsLine() throws IOException {
        String text = text();
        int at = text.indexOf("G0008001003");
        String cut = text.substring(0, at + 250) + "\r\n" + text.substring(text.indexOf('\n', at) + 1);
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        assertThatThrownBy(() -> read(cut))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("HCPC2020_ANWEB_w_disclaimer.txt, line " + line)
                .hasMessageContaining("code G0008 ends at column 250");
        assertThatThrownBy(() -> read(text.substring(0, text.length() - 200)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line 12368")
                .hasMessageContaining("cut short");
    }

    @Test
    void aFileCutAtAnyByteOrARecordOfAnotherLengthIsRefused() throws IOException {
        String text = text();
        // 609 whole lines before byte 150,000: the cut falls in line 610, a continuation of A0888.
        assertThatThrownBy(() -> read(text.substring(0, 150_000)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("HCPC2020_ANWEB_w_disclaimer.txt, line 610")
                .hasMessageContaining("the file ends inside a line: it is cut short");
        int at = text.indexOf("A0888002004");
        int eol = text.indexOf('\r', at);
        String trimmed = text.substring(0, eol).stripTrailing() + text.substring(eol);
        assertThatThrownBy(() -> read(trimmed))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line 610")
                .hasMessageContaining("continuation record of code A0888 has 32 columns")
                .hasMessageContaining("have 91");
        int g0008 = text.indexOf("G0008001003");
        int g0008End = text.indexOf('\r', g0008);
        String trimmedFirst = text.substring(0, g0008End).stripTrailing() + text.substring(g0008End);
        assertThatThrownBy(() -> read(trimmedFirst))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("code G0008 ends at column 293")
                .hasMessageContaining("has 320 columns");
        assertThat(read(text + "\u001a").codes().codes())
                .as("a trailing Ctrl-Z is ignored")
                .hasSize(6_710);
    }

    @Test
    void aContinuationOutOfPlaceOrABadCodeOrDateIsRefused() throws IOException {
        String text = text();
        String j7192More =
                text.substring(text.indexOf("J7192002004"), text.indexOf('\n', text.indexOf("J7192002004")) + 1);
        String moved = text.replace(j7192More, "");
        int a0021 = moved.indexOf("A0021001003");
        String misplaced = moved.substring(0, a0021) + j7192More + moved.substring(a0021);
        assertThatThrownBy(() -> read(misplaced))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line 559")
                .hasMessageContaining("continuation of the long description of code J7192 follows modifier ZC");
        assertThatThrownBy(() -> read(text.replace("G0008001003", "G00X8001003")))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("'G00X8' is not a HCPCS Level II code");
        assertThatThrownBy(() -> read(text.replace("O1G V      01994010119960101", "O1G V      01994013219960101")))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("'19940132' in the added date (columns 269-276) is not a date");
        assertThatThrownBy(() -> read("Disclaimer only\r\n\r\nNothing else\r\n"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("not a CMS alpha-numeric HCPCS file");
    }

    @Test
    void recognizesTheFixedWidthFileByItsRecordsAfterTheDisclaimer() throws IOException {
        byte[] head = Arrays.copyOf(text().getBytes(StandardCharsets.ISO_8859_1), 4096);
        assertThat(HcpcsAnwebFile.recognizes("renamed.txt", head)).isTrue();
        byte[] csv = Arrays.copyOf(Files.readAllBytes(SharedData.codes("hcpcs/hcpcs_level2_2024_jul.csv")), 4096);
        assertThat(HcpcsAnwebFile.recognizes("hcpcs_level2_2024_jul.csv", csv)).isFalse();
        byte[] pcs = Arrays.copyOf(Files.readAllBytes(SharedData.codes("icd10pcs/icd10pcs_order_2026.txt")), 4096);
        assertThat(HcpcsAnwebFile.recognizes("icd10pcs_order_2026.txt", pcs)).isFalse();
    }
}
