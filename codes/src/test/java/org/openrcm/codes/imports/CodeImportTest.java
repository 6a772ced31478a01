package org.openrcm.codes.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.icd10cm.IndexEntry;

/** The import path a user takes: a zip or files in, recognised, named, read whole, or refused whole. */
class CodeImportTest {

    static final String ORDER = """
            00001 A00     0 Cholera                                                      Cholera
            00002 A000    1 Cholera due to Vibrio cholerae 01, biovar cholerae           Cholera due to Vibrio cholerae 01, biovar cholerae
            00003 A001    1 Cholera due to Vibrio cholerae 01, biovar eltor              Cholera due to Vibrio cholerae 01, biovar eltor
            """;

    @TempDir
    Path dir;

    static byte[] zip(String... nameAndContent) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameAndContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry(nameAndContent[i]));
                zip.write(nameAndContent[i + 1].getBytes(StandardCharsets.ISO_8859_1));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aCmsZipIsOpenedAndItsReadMeAndAddendaAreSkippedWithTheReason() throws IOException {
        Path z = dir.resolve("April-1-2026-Code-Descriptions-in-Tabular-Order.zip");
        Files.write(
                z,
                zip(
                        "icd10cm_order_2026.txt",
                        ORDER,
                        "icd10cm_order_addenda_2026.txt",
                        "Add:    A001 Cholera\n",
                        "icd10cm_index_addenda_2026.xml",
                        "<?xml version=\"1.0\"?>\n<ICD10CM.index isAddenda=\"true\"><version>2026</version>"
                                + "</ICD10CM.index>\n",
                        "README.pdf",
                        "%PDF-1.4"));
        List<CodeImport.Planned> plan = CodeImport.plan(CodeImport.expand(List.of(z)), null);
        assertThat(plan).hasSize(4);
        CodeImport.Planned order = plan.getFirst();
        assertThat(order.kind()).isEqualTo(FileKind.ICD10CM_ORDER);
        assertThat(order.release())
                .as("the April zip's name makes its order file the April release, not October's")
                .isEqualTo(new ReleaseName("FY2026-APR", LocalDate.of(2026, 4, 1)));
        assertThat(plan.get(1).skipReason()).contains("diff");
        assertThat(plan.get(2).skipReason())
                .as("index addenda XML are skipped, not refused")
                .contains("addenda");
        assertThat(plan.get(3).skipReason()).isEqualTo("not a code-set file");
        List<CodeImport.Part> parts = CodeImport.readAll(plan, CodeImport.Progress.NONE);
        assertThat(parts)
                .singleElement()
                .satisfies(
                        p -> assertThat(p.releases().getFirst().billableCount()).isEqualTo(2));
    }

    @Test
    void anAprilUpdateUnzippedIntoAFolderIsStillTheAprilRelease() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("April-1-2026-Code-Descriptions-in-Tabular-Order"));
        Files.writeString(folder.resolve("icd10cm_order_2026.txt"), ORDER);
        assertThat(CodeImport.plan(CodeImport.expand(List.of(folder)), null))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.file().name())
                            .isEqualTo("April-1-2026-Code-Descriptions-in-Tabular-Order/icd10cm_order_2026.txt");
                    assertThat(p.release()).isEqualTo(new ReleaseName("FY2026-APR", LocalDate.of(2026, 4, 1)));
                });
    }

    @Test
    void anUnknownFileNamedDirectlyIsRefusedByName() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> CodeImport.plan(CodeImport.expand(List.of(notes)), null))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("notes.txt")
                .hasMessageContaining("not a code-set file");
    }

    @Test
    void aFileWhoseNameHasNoYearNeedsAnEffectiveDate() throws IOException {
        Path order = Files.writeString(dir.resolve("order.txt"), ORDER);
        assertThatThrownBy(() -> CodeImport.plan(CodeImport.expand(List.of(order)), null))
                .hasMessageContaining("--effective");
        assertThat(CodeImport.plan(CodeImport.expand(List.of(order)), LocalDate.of(2025, 10, 1)))
                .singleElement()
                .extracting(CodeImport.Planned::release)
                .isEqualTo(new ReleaseName("FY2026", LocalDate.of(2025, 10, 1)));
    }

    @Test
    void aCutZipIsRefusedWithItsName() throws IOException {
        byte[] whole = zip("icd10cm_order_2026.txt", ORDER.repeat(200));
        Path cut = dir.resolve("2026-code-descriptions.zip");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> CodeImport.expand(List.of(cut)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("2026-code-descriptions.zip");
    }

    @Test
    void anAprilUpdateThatBringsOnlyIndexesKeepsOctobersCodes() {
        Release october = new Release(
                CodeSystem.ICD10CM,
                "FY2026",
                LocalDate.of(2025, 10, 1),
                java.util.Map.of(
                        "A000", new org.openrcm.codes.Code(CodeSystem.ICD10CM, "A000", true, "Cholera", "Cholera")));
        Release april = new Release(
                CodeSystem.ICD10CM,
                "FY2026-APR",
                LocalDate.of(2026, 4, 1),
                java.util.Map.of(),
                null,
                List.of(new IndexEntry(IndexEntry.Source.DRUG, List.of("Aspirin", "Poisoning"), "T39011", null, null)));
        Catalog catalog = new Catalog();
        catalog.add(april);
        catalog.add(october);
        Release inApril =
                catalog.releaseOn(CodeSystem.ICD10CM, LocalDate.of(2026, 5, 1)).orElseThrow();
        assertThat(inApril.id()).isEqualTo("FY2026-APR");
        assertThat(inApril.code("A000")).isPresent();
        assertThat(inApril.index()).hasSize(1);
        assertThat(catalog.icd10cm("A00.0", LocalDate.of(2026, 5, 1))).isPresent();
    }
}
