package org.openrcm.codes.procedures;

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
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.imports.ReleaseName;
import org.openrcm.codes.testing.SharedData;

/**
 * CPT code numbers from the MPFS RVU file July 2024 and the list derived from it, and descriptors from a licensed file
 * (here: invented text, and the E/M short descriptors CMS publishes).
 */
class CptFilesTest {

    static final String RVU = "fees/PPRRVU2024_JUL_rvu24c.csv";
    static final String NUMBERS = "cpt/cpt_code_numbers_from_pprrvu_2024_jul.csv";
    static final String EM = "cpt/em_99202_99215_short_descriptors_pprrvu_2024.csv";

    static Release numbers(String path) throws IOException {
        String name = path.substring(path.indexOf('/') + 1);
        ReleaseName release = ReleaseName.quarter(name).orElseThrow();
        try (InputStream in = Files.newInputStream(SharedData.codes(path))) {
            return CptNumbersFile.read(in, name, release.id(), release.effective());
        }
    }

    static Release descriptors(String text, String name) {
        return CptDescriptorFile.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                name,
                "2024",
                LocalDate.of(2024, 1, 1));
    }

    @Test
    void theRvuFileAndTheListDerivedFromItHoldTheSameCodes() throws IOException {
        long start = System.nanoTime();
        Release rvu = numbers(RVU);
        long rvuMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        Release list = numbers(NUMBERS);
        System.out.printf(
                "CPT numbers: MPFS RVU file (18,664 rows) %d ms, derived list %d ms%n",
                rvuMs, (System.nanoTime() - start) / 1_000_000);
        assertThat(rvu.codes()).as("one code per HCPCS, Level II rows skipped").hasSize(10_752);
        assertThat(list.codes()).hasSize(10_752);
        assertThat(rvu.codes())
                .extracting(Code::value)
                .containsExactlyElementsOf(
                        list.codes().stream().map(Code::value).toList());
        assertThat(rvu.codes())
                .filteredOn(c -> c.details().get(Details.CATEGORY).equals("II"))
                .hasSize(565);
        assertThat(rvu.codes())
                .filteredOn(c -> c.details().get(Details.CATEGORY).equals("III"))
                .hasSize(516);
        assertThat(rvu.id()).isEqualTo("2024-JUL");
        assertThat(rvu.system()).isEqualTo(CodeSystem.CPT);
        assertThat(rvu.code("A0021")).as("HCPCS Level II rows are not CPT").isEmpty();
        for (String value : new String[] {"10021", "27447", "70170", "86153", "0001F", "0042T"}) {
            assertThat(rvu.code(value).orElseThrow().details())
                    .as(value)
                    .isEqualTo(list.code(value).orElseThrow().details());
        }
    }

    @Test
    void aCodeHasNoTitleButItsFeeScheduleData() throws IOException {
        Release rvu = numbers(RVU);
        Code tka = rvu.code("27447").orElseThrow();
        assertThat(tka.longTitle()).as("CPT descriptors are the AMA's").isEmpty();
        assertThat(tka.shortTitle()).isEmpty();
        assertThat(tka.details())
                .containsEntry(Details.CATEGORY, "I")
                .containsEntry(Details.STATUS, "A")
                .containsEntry(Details.GLOBAL_DAYS, "090");
        assertThat(rvu.code("70170").orElseThrow().details())
                .as("from the row without modifier; its 26 row is active")
                .containsEntry(Details.STATUS, "C");
        assertThat(rvu.code("86153").orElseThrow().details())
                .as("only a 26 row")
                .containsEntry(Details.STATUS, "A");
        assertThat(rvu.code("0001F").orElseThrow().details())
                .containsEntry(Details.CATEGORY, "II")
                .containsEntry(Details.STATUS, "I");
        Code visit = rvu.code("99213").orElseThrow();
        assertThat(visit.shortTitle())
                .as("CMS publishes the E/M short descriptors")
                .isEqualTo("Office o/p est low 20 min");
        assertThat(rvu.codes()).filteredOn(c -> !c.shortTitle().isEmpty()).hasSize(9);
    }

    @Test
    void aLicensedDescriptorFileGivesTitlesToTheNumbers() throws IOException {
        // Invented descriptors, not AMA text.
        String ama = "Concept Id\tCPT Code\tShort Descriptor\tLong Descriptor\n"
                + "1001\t27447\tKNEE ARTHROPLASTY TEST\tTest descriptor for a knee arthroplasty code\n"
                + "1002\t99213\tOFFICE VISIT TEST\tTest descriptor for an established patient visit\n"
                + "1003\t0001F\tQUALITY TEST\tTest descriptor for a tracking code\n"
                + "1004\t9999T\tNEW TECH TEST\tTest descriptor for a code the fee schedule lacks\n";
        Release titles = descriptors(ama, "LONGULT.txt");
        assertThat(titles.codes()).hasSize(4);
        assertThat(titles.code("27447").orElseThrow().longTitle())
                .isEqualTo("Test descriptor for a knee arthroplasty code");
        assertThat(titles.code("27447").orElseThrow().shortTitle()).isEqualTo("KNEE ARTHROPLASTY TEST");
        Release cpt = CptDescriptorFile.withTitles(numbers(RVU), titles);
        assertThat(cpt.codes()).hasSize(10_753);
        assertThat(cpt.id()).isEqualTo("2024-JUL");
        Code tka = cpt.code("27447").orElseThrow();
        assertThat(tka.longTitle()).isEqualTo("Test descriptor for a knee arthroplasty code");
        assertThat(tka.details()).containsEntry(Details.GLOBAL_DAYS, "090");
        assertThat(cpt.code("10021").orElseThrow().longTitle()).isEmpty();
        assertThat(cpt.code("9999T")).isPresent();

        Release plain = descriptors("code,long_descriptor\r\n27447,\"Test, with a comma\"\r\n", "mine.csv");
        assertThat(plain.code("27447").orElseThrow().longTitle()).isEqualTo("Test, with a comma");
    }

    @Test
    void theEmShortDescriptorsServeAsADescriptorFile() throws IOException {
        Release em =
                descriptors(Files.readString(SharedData.codes(EM)), "em_99202_99215_short_descriptors_pprrvu_2024.csv");
        assertThat(em.codes())
                .extracting(Code::value)
                .containsExactly("99202", "99203", "99204", "99205", "99211", "99212", "99213", "99214", "99215");
        Code visit = em.code("99211").orElseThrow();
        assertThat(visit.shortTitle()).isEqualTo("Off/op est may x req phy/qhp");
        assertThat(visit.longTitle())
                .as("the short descriptor is all there is")
                .isEqualTo("Off/op est may x req phy/qhp");
    }

    @Test
    void badInputNamesItsLine() throws IOException {
        assertThatThrownBy(() -> descriptors("code,status\n27447,A\n", "x.csv"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("x.csv, line 1")
                .hasMessageContaining("no header row naming a code column and a descriptor column");
        assertThatThrownBy(() -> descriptors("code,long_descriptor\n27447,Test one\n2744,Test two\n", "x.csv"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("x.csv, line 3")
                .hasMessageContaining("'2744' is not a CPT code");
        assertThatThrownBy(() -> descriptors("code,long_descriptor\n27447,Test one\n27447,Test two\n", "x.csv"))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("x.csv, line 3")
                .hasMessageContaining("code 27447 appears again (first on line 2) with another descriptor");
        String rvu = Files.readString(SharedData.codes(RVU));
        assertThatThrownBy(() -> CptNumbersFile.read(
                        new ByteArrayInputStream(
                                rvu.replace("\n27447,,", "\n2744X,,").getBytes(StandardCharsets.UTF_8)),
                        "PPRRVU2024_JUL_rvu24c.csv",
                        "2024-JUL",
                        LocalDate.of(2024, 7, 1)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("'2744X' is not a CPT code");
        assertThatThrownBy(() -> CptNumbersFile.read(
                        new ByteArrayInputStream(
                                rvu.substring(0, rvu.indexOf("\n27447,,") + 20).getBytes(StandardCharsets.UTF_8)),
                        "PPRRVU2024_JUL_rvu24c.csv",
                        "2024-JUL",
                        LocalDate.of(2024, 7, 1)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("cut short");
    }

    @Test
    void eachFileIsRecognizedByItsReaderOnly() throws IOException {
        byte[] rvu = head(RVU);
        byte[] list = head(NUMBERS);
        byte[] em = head(EM);
        byte[] ama = "Concept Id\tCPT Code\tLong Descriptor\n1001\t27447\tTest\n".getBytes(StandardCharsets.UTF_8);
        assertThat(CptNumbersFile.recognizes("a.csv", rvu)).isTrue();
        assertThat(CptNumbersFile.recognizes("a.csv", list)).isTrue();
        assertThat(CptNumbersFile.recognizes("a.csv", em)).isFalse();
        assertThat(CptNumbersFile.recognizes("a.txt", ama)).isFalse();
        assertThat(CptDescriptorFile.recognizes("a.csv", em)).isTrue();
        assertThat(CptDescriptorFile.recognizes("a.txt", ama)).isTrue();
        assertThat(CptDescriptorFile.recognizes("a.csv", rvu)).isFalse();
        assertThat(CptDescriptorFile.recognizes("a.csv", list)).isFalse();
        assertThat(CptDescriptorFile.recognizes("a.csv", head("hcpcs/hcpcs_level2_2024_jul.csv")))
                .isFalse();
        assertThat(CptNumbersFile.recognizes("a.csv", head("hcpcs/hcpcs_level2_2024_jul.csv")))
                .isFalse();
    }

    static byte[] head(String path) throws IOException {
        byte[] all = Files.readAllBytes(SharedData.codes(path));
        return Arrays.copyOf(all, Math.min(all.length, 4096));
    }
}
