package org.openrcm.codes.pos;

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
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.testing.SharedData;

/** The CMS place of service list (2024), with its facility / non-facility setting and its unassigned codes. */
class PlaceOfServiceFileTest {

    static final String NAME = "remittance/place_of_service_codes_northstar_2024.csv";
    static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);

    static Path file() {
        return SharedData.codes(NAME);
    }

    static Release read(byte[] bytes) {
        return PlaceOfServiceFile.read(new ByteArrayInputStream(bytes), "pos.csv", "2024", JAN_2024);
    }

    @Test
    void everyCodeIsKeptAndTheUnassignedOnesAreNotBillable() throws IOException {
        long t0 = System.nanoTime();
        Release pos;
        try (InputStream in = Files.newInputStream(file())) {
            pos = PlaceOfServiceFile.read(in, NAME, "2024", JAN_2024);
        }
        System.out.printf("POS list read in %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        assertThat(pos.codes()).hasSize(99);
        assertThat(pos.billableCount()).isEqualTo(52);
        assertThat(pos.codes().stream()
                        .filter(c -> PlaceOfServiceFile.facilityRate(c).orElse(false)))
                .extracting(Code::value)
                .containsExactly(
                        "02", "06", "08", "19", "21", "22", "23", "24", "26", "31", "34", "41", "42", "51", "52", "53",
                        "56", "61");
        Code office = pos.code("11").orElseThrow();
        assertThat(office.shortTitle()).isEqualTo("Office");
        assertThat(office.longTitle()).startsWith("Location, other than a hospital, skilled nursing facility (SNF),");
        assertThat(office.billable()).isTrue();
        assertThat(PlaceOfServiceFile.facilityRate(office)).contains(false);
        Code telehealth = pos.code("02").orElseThrow();
        assertThat(telehealth.shortTitle()).isEqualTo("Telehealth Provided Other than in Patient’s Home");
        assertThat(PlaceOfServiceFile.facilityRate(telehealth)).contains(true);
        assertThat(PlaceOfServiceFile.facilityRate(pos.code("10").orElseThrow()))
                .as("telehealth in the patient's home is paid at the non-facility rate")
                .contains(false);
        Code unassigned = pos.code("28").orElseThrow();
        assertThat(unassigned.billable()).isFalse();
        assertThat(unassigned.shortTitle()).isEqualTo("Unassigned");
        assertThat(PlaceOfServiceFile.facilityRate(unassigned)).isEmpty();

        Catalog catalog = new Catalog();
        catalog.add(pos);
        assertThat(catalog.lookup(CodeSystem.POS, " 23 ", LocalDate.of(2024, 8, 1)))
                .hasValueSatisfying(l -> assertThat(l.code().shortTitle()).isEqualTo("Emergency Room-Hospital"));
    }

    @Test
    void theFileIsRecognizedByItsHeaderNotItsName() throws IOException {
        byte[] head = Arrays.copyOf(Files.readAllBytes(file()), 4096);
        assertThat(PlaceOfServiceFile.recognizes("anything.csv", head)).isTrue();
        assertThat(PlaceOfServiceFile.recognizes(
                        "pos.csv", "Code,Grouping,Classification\n".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }

    @Test
    void cmsTableHeadingsAndRangesOfUnassignedCodesAreRead() {
        String cms = "Place of Service Code(s),Place of Service Name,Place of Service Description\n"
                + "11,Office,\"Location, other than a hospital\"\n"
                + "35-40,Unassigned,N/A\n"
                + "1,Pharmacy,Drugs\n";
        Release r = read(cms.getBytes(StandardCharsets.UTF_8));
        assertThat(r.codes()).extracting(Code::value).containsExactly("01", "11", "35", "36", "37", "38", "39", "40");
        assertThat(r.code("37").orElseThrow().billable()).isFalse();
        assertThat(PlaceOfServiceFile.facilityRate(r.code("11").orElseThrow()))
                .as("no setting column")
                .isEmpty();
    }

    @Test
    void damagedRowsAreRefusedNamingTheLine() throws IOException {
        byte[] real = Files.readAllBytes(file());
        String text = new String(real, StandardCharsets.UTF_8);
        String badCode = text.replace("\r\n11,Non-Facility,Office,", "\r\n1l,Non-Facility,Office,");
        assertThatThrownBy(() -> read(badCode.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line 12")
                .hasMessageContaining("'1l' is not a place of service code");
        String badType = text.replace("\r\n11,Non-Facility,", "\r\n11,Office-ish,");
        assertThatThrownBy(() -> read(badType.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("line 12")
                .hasMessageContaining("'pos_type' column holds 'Office-ish'");
        String twice = text + "11,Non-Facility,Office,Again\r\n";
        assertThatThrownBy(() -> read(twice.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("line 101")
                .hasMessageContaining("POS 11 appears twice");
        int cut = text.indexOf("\r\n12,") + 60;
        assertThatThrownBy(() -> read(Arrays.copyOf(real, cut)))
                .as("a file cut inside a quoted description")
                .hasMessageContaining("line 13")
                .hasMessageContaining("never closed");
    }
}
