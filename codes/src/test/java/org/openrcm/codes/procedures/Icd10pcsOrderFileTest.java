package org.openrcm.codes.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.testing.SharedData;

/** The CMS ICD-10-PCS FY2026 order file, read whole through the order-file layout ICD-10-CM shares. */
class Icd10pcsOrderFileTest {

    static final String NAME = "icd10pcs/icd10pcs_order_2026.txt";

    static byte[] bytes() throws IOException {
        return Files.readAllBytes(SharedData.codes(NAME));
    }

    static Release read(byte[] bytes) {
        return Icd10pcsOrderFile.read(
                new ByteArrayInputStream(bytes), "icd10pcs_order_2026.txt", "FY2026", LocalDate.of(2025, 10, 1));
    }

    @Test
    void countsMatchTheRelease() throws IOException {
        byte[] bytes = bytes();
        long start = System.nanoTime();
        Release pcs = read(bytes);
        System.out.printf(
                "ICD-10-PCS order file (%.1f MB) read in %d ms%n",
                bytes.length / 1e6, (System.nanoTime() - start) / 1_000_000);
        assertThat(pcs.system()).isEqualTo(CodeSystem.ICD10PCS);
        assertThat(pcs.billableCount()).isEqualTo(79_115);
        assertThat(pcs.codes()).hasSize(79_115 + 914);
        assertThat(pcs.id()).isEqualTo("FY2026");
        assertThat(pcs.effective()).isEqualTo(LocalDate.of(2025, 10, 1));
    }

    @Test
    void codesAndHeadersCarryTheirTitles() throws IOException {
        Release pcs = read(bytes());
        assertThat(pcs.code("0DTJ4ZZ")).hasValueSatisfying(c -> {
            assertThat(c.billable()).isTrue();
            assertThat(c.longTitle()).isEqualTo("Resection of Appendix, Percutaneous Endoscopic Approach");
        });
        assertThat(pcs.code("0DT")).hasValueSatisfying(c -> {
            assertThat(c.billable())
                    .as("a header: section, body system, operation")
                    .isFalse();
            assertThat(c.longTitle()).isEqualTo("Gastrointestinal System, Resection");
        });
        assertThat(pcs.code("XW033E5")).hasValueSatisfying(c -> {
            assertThat(c.shortTitle()).isEqualTo("Introduce Remdesivir in Periph Vein, Perc, New Tech 5");
            assertThat(c.longTitle())
                    .isEqualTo("Introduction of Remdesivir Anti-infective into Peripheral Vein, Percutaneous Approach,"
                            + " New Technology Group 5");
        });
        Catalog catalog = new Catalog();
        catalog.add(pcs);
        assertThat(catalog.releaseOn(CodeSystem.ICD10PCS, LocalDate.of(2025, 12, 1)))
                .hasValueSatisfying(r -> assertThat(r.code(CodeSystem.ICD10PCS.normalize("0w9g3zz")))
                        .isPresent());
    }

    @Test
    void aTruncatedFileNamesItsLastLineAndYieldsNothing() throws IOException {
        String text = new String(bytes(), StandardCharsets.ISO_8859_1);
        int cut = text.indexOf("00003 0016071");
        String truncated = text.substring(0, cut + 60);
        assertThatThrownBy(() -> read(truncated.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("icd10pcs_order_2026.txt, line 3")
                .hasMessageContaining("the file ends inside a line: it is cut short");
        assertThatThrownBy(() -> read((truncated + "\r\n").getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("icd10pcs_order_2026.txt, line 3")
                .hasMessageContaining("0016071 has no long title");
    }

    @Test
    void aCodeWithTheLettersIOrOIsRefused() throws IOException {
        String text = new String(bytes(), StandardCharsets.ISO_8859_1).replace("00002 0016070 1", "00002 0016O70 1");
        assertThatThrownBy(() -> read(text.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("'0016O70' is not an ICD-10-PCS code");
    }

    @Test
    void aHeaderFlaggedValidIsRefused() {
        String text = "00001 001     1 Central Nervous System and Cranial Nerves, Bypass            Central Nervous\n";
        assertThatThrownBy(() -> read(text.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("'001' is flagged as a valid code but has 3 characters");
    }

    @Test
    void recognizesThePcsOrderFileNotTheCmOne() throws IOException {
        byte[] head = Arrays.copyOf(bytes(), 4096);
        assertThat(Icd10pcsOrderFile.recognizes("renamed.txt", head)).isTrue();
        Path cm = SharedData.codes("icd10cm/fy2026/icd10cm_order_2026.txt");
        byte[] cmHead = Arrays.copyOf(Files.readAllBytes(cm), 4096);
        assertThat(Icd10pcsOrderFile.recognizes("icd10cm_order_2026.txt", cmHead))
                .isFalse();
        assertThat(Icd10pcsOrderFile.recognizes(
                        "icd10pcs_order_2026.txt", "code,title\n".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
    }
}
