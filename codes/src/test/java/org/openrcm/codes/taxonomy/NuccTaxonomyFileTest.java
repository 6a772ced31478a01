package org.openrcm.codes.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.ReleaseDiff;
import org.openrcm.codes.imports.ReleaseName;
import org.openrcm.codes.testing.SharedData;

/** The NUCC taxonomy 25.0 and 25.1 in NUCC's CSV layout, their versions told by the file names, and their diff. */
class NuccTaxonomyFileTest {

    static String name(String version) {
        return "remittance/nucc_taxonomy_" + version + ".csv";
    }

    static Release release(String version) throws IOException {
        try (InputStream in = Files.newInputStream(SharedData.codes(name(version)))) {
            return NuccTaxonomyFile.read(in, name(version));
        }
    }

    static Release read(String text) {
        return NuccTaxonomyFile.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "nucc_taxonomy_251.csv");
    }

    @Test
    void bothVersionsAreReadWithTheirDatesFromTheFileNames() throws IOException {
        long t0 = System.nanoTime();
        Release v250 = release("250");
        System.out.printf("NUCC taxonomy 25.0 read in %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        Release v251 = release("251");
        assertThat(v250.id()).isEqualTo("25.0");
        assertThat(v250.effective()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(v251.id()).isEqualTo("25.1");
        assertThat(v251.effective()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(v250.codes()).hasSize(879);
        assertThat(v250.billableCount()).as("28 codes NUCC marked inactive").isEqualTo(851);
        assertThat(v251.codes()).hasSize(883);
        assertThat(v251.billableCount()).isEqualTo(855);
    }

    @Test
    void familyMedicineWithItsDetails() throws IOException {
        Code fm = release("251").code("207Q00000X").orElseThrow();
        assertThat(fm.shortTitle()).isEqualTo("Family Medicine");
        assertThat(fm.longTitle()).isEqualTo("Family Medicine Physician");
        assertThat(fm.billable()).isTrue();
        assertThat(fm.details())
                .containsEntry(NuccTaxonomyFile.GROUPING, "Allopathic & Osteopathic Physicians")
                .containsEntry(NuccTaxonomyFile.CLASSIFICATION, "Family Medicine")
                .containsEntry(NuccTaxonomyFile.SECTION, "Individual")
                .doesNotContainKey(NuccTaxonomyFile.SPECIALIZATION);
        assertThat(fm.details().get(NuccTaxonomyFile.DEFINITION))
                .startsWith("Family Medicine is the medical specialty which is concerned with the total health care");
        assertThat(fm.details().get(NuccTaxonomyFile.NOTES))
                .as("NUCC's <br/> become line breaks")
                .contains("modified definition]\nNote:  The American Osteopathic Board")
                .doesNotContain("<br");
        Code adult = release("251").code("207QA0505X").orElseThrow();
        assertThat(adult.shortTitle()).isEqualTo("Family Medicine, Adult Medicine");
        assertThat(adult.details()).containsEntry(NuccTaxonomyFile.SPECIALIZATION, "Adult Medicine");
    }

    @Test
    void codesMarkedInactiveAreKeptNotBillableWithTheirDates() throws IOException {
        Catalog catalog = new Catalog();
        catalog.add(release("250"));
        catalog.add(release("251"));
        Catalog.Lookup coder = catalog.lookup(CodeSystem.TAXONOMY, "246yc3301x", LocalDate.of(2025, 8, 1))
                .orElseThrow();
        assertThat(coder.release().id()).isEqualTo("25.1");
        assertThat(coder.code().longTitle()).isEqualTo("Hospital Based Coding Specialist");
        assertThat(coder.code().billable()).isFalse();
        assertThat(coder.code().details()).containsEntry(NuccTaxonomyFile.INACTIVE_SINCE, "2023-01-01");
        assertThat(coder.code().validTo()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(coder.validOnDate()).isFalse();
        Code biochemist = catalog.lookup(CodeSystem.TAXONOMY, "246ZB0500X", LocalDate.of(2025, 8, 1))
                .orElseThrow()
                .code();
        assertThat(biochemist.billable()).isFalse();
        assertThat(biochemist.validTo()).as("no deactivation date given").isNull();
        assertThat(biochemist.details()).containsEntry(NuccTaxonomyFile.INACTIVE_SINCE, "2025-01-01");
        assertThat(catalog.lookup(CodeSystem.TAXONOMY, "207QB0505X", LocalDate.of(2025, 6, 30)))
                .as("added in 25.1")
                .isEmpty();
        assertThat(catalog.lookup(CodeSystem.TAXONOMY, "207QB0505X", LocalDate.of(2025, 7, 1)))
                .isPresent();
    }

    @Test
    void theDiffFrom250To251() throws IOException {
        ReleaseDiff diff = ReleaseDiff.between(release("250"), release("251"));
        assertThat(diff.added())
                .extracting(Code::value)
                .containsExactlyInAnyOrder("146E00000X", "1835P1400X", "207QB0505X", "207QD0401X");
        assertThat(diff.deleted()).isEmpty();
        assertThat(diff.retitled())
                .as("display names NUCC changed; trailing spaces alone do not count")
                .extracting(r -> r.after().value())
                .containsExactlyInAnyOrder("207LP4000X", "207WX0110X", "341800000X");
        assertThat(diff.retitled())
                .filteredOn(r -> r.after().value().equals("207LP4000X"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.before().longTitle()).isEqualTo("Physician Nutrition Specialist (Anesthesia)");
                    assertThat(r.after().longTitle()).isEqualTo("Physician Nutrition Specialist (Anesthesiology)");
                });
    }

    @Test
    void versionsFromFileNames() {
        assertThat(NuccTaxonomyFile.releaseOf("downloads/nucc_taxonomy_240.csv"))
                .contains(new ReleaseName("24.0", LocalDate.of(2024, 1, 1)));
        assertThat(NuccTaxonomyFile.releaseOf("nucc_taxonomy_25.1.csv"))
                .contains(new ReleaseName("25.1", LocalDate.of(2025, 7, 1)));
        assertThat(NuccTaxonomyFile.releaseOf("taxonomy.csv")).isEmpty();
        assertThatThrownBy(() -> NuccTaxonomyFile.read(new ByteArrayInputStream(new byte[0]), "codes.csv"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("cannot be told from the file name");
    }

    @Test
    void quotedFieldsMayHoldLineBreaksAndTheFileIsRecognizedByItsHeader() throws IOException {
        Release r = read("Code,Grouping,Classification,Specialization,Definition,Notes,Display Name,Section\n"
                + "207Q00000X,Allopathic & Osteopathic Physicians,Family Medicine,,\"Line one,\nline two\","
                + "\"[7/1/2003: new]\",Family Medicine Physician,Individual\n");
        assertThat(r.code("207Q00000X").orElseThrow().details())
                .containsEntry(NuccTaxonomyFile.DEFINITION, "Line one,\nline two");
        byte[] head = Arrays.copyOf(Files.readAllBytes(SharedData.codes(name("250"))), 4096);
        assertThat(NuccTaxonomyFile.recognizes("x.csv", head)).isTrue();
        assertThat(NuccTaxonomyFile.recognizes(
                        "nucc_taxonomy_250.csv", "pos_code,pos_name\n".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }

    @Test
    void damagedRowsAreRefusedNamingTheLine() throws IOException {
        String text = Files.readString(SharedData.codes(name("251")));
        assertThatThrownBy(() -> read(text.replace("\n207Q00000X,", "\n207Q0000X,")))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line 30")
                .hasMessageContaining("'207Q0000X' is not a taxonomy code");
        assertThatThrownBy(() -> read(text.substring(0, text.indexOf("\n207Q00000X,") + 80)))
                .hasMessageContaining("line 30")
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> read(text.replace(
                        "\n207Q00000X,Allopathic & Osteopathic Physicians,Family Medicine,",
                        "\n207Q00000X,Allopathic & Osteopathic Physicians,,")))
                .hasMessageContaining("line 30")
                .hasMessageContaining("no grouping or classification");
    }
}
