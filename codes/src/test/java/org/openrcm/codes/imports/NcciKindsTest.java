package org.openrcm.codes.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NCCI tables told apart by their header rows, and named to the quarter their names say. */
class NcciKindsTest {

    static FileKind kind(String name, String text) {
        return FileKind.of(name, text.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    @Test
    void cmsSpreadsheetHeadersAreRecognisedAsWellAsTheExtracts() {
        assertThat(kind(
                        "export.csv",
                        "Column 1,Column 2,\"*=in existence prior to 1996\",Effective Date,Deletion Date *=no data,"
                                + "Modifier 0=not allowed 1=allowed 9=not applicable,PTP Edit Rationale\n"))
                .isEqualTo(FileKind.NCCI_PTP);
        assertThat(kind(
                        "MCR_MUE_PractitionerServices_Eff_07-01-2024.csv",
                        "HCPCS/CPT Code,Practitioner Services MUE"
                                + " Values,MUE Adjudication Indicator,MUE Rationale\n"))
                .isEqualTo(FileKind.NCCI_MUE_PRACTITIONER);
        assertThat(kind("aoc.csv", "Primary Code,Add-on Code,AOC Edit Type\n")).isEqualTo(FileKind.NCCI_ADDON);
    }

    @Test
    void hospitalPtpAndMuesOfNoStatedProviderAreRecognisedButNotImported() {
        String ptp = "column1,column2,deletion_date,modifier_indicator\n99214,99211,*,1\n";
        assertThat(kind("ccioph-v302r0-f1.csv", ptp)).isEqualTo(FileKind.NCCI_PTP_HOSPITAL);
        assertThat(FileKind.NCCI_PTP_HOSPITAL.skipped()).isPresent();
        assertThat(kind("ccipra-v302r0-f1.csv", ptp)).isEqualTo(FileKind.NCCI_PTP);
        FileKind mue = kind("mue.csv", "hcpcs_code,mue_units,mue_mai\n99213,2,3\n");
        assertThat(mue).isEqualTo(FileKind.NCCI_MUE_UNKNOWN_SERVICE);
        assertThat(mue.skipped().orElseThrow()).contains("mue_practitioner_");
        assertThat(kind("mue.csv", "hcpcs_code,mue_units,mue_mai,mue_service\n99213,2,3,DME Supplier\n"))
                .isEqualTo(FileKind.NCCI_MUE_DME_SUPPLIER);
    }

    @Test
    void nciiKindsAreStoredForTheEditsModuleAndHoldNoCodeRelease() {
        assertThat(FileKind.NCCI_PTP.readElsewhere()).isTrue();
        assertThat(FileKind.NCCI_PTP.skipped()).isEmpty();
        assertThat(FileKind.CPT_NUMBERS.readElsewhere()).isFalse();
        // a CSV of codes and descriptions is still not taken for an NCCI table
        assertThat(kind("x.csv", "code,description\n99213,Office visit\n")).isNotIn(FileKind.NCCI_PTP, null);
    }

    @ParameterizedTest
    @CsvSource({
        "ptp_practitioner_eff_2024-07-01.csv.gz, 2024Q3, 2024-07-01",
        "ptp_practitioner_eff_2024-07-01_sample.csv, 2024Q3, 2024-07-01",
        "mue_dme_supplier_eff_20241001.csv, 2024Q4, 2024-10-01",
        "MCR_MUE_PractitionerServices_Eff_01-01-2025.csv, 2025Q1, 2025-01-01",
        "aoc_addon_code_edits_2024-06-03.csv, 2024Q3, 2024-07-01",
        "aoc_addon_code_edits_2024-05-03.csv, 2024Q2, 2024-04-01",
        "AOC_V2025Q2-MCR.csv, 2025Q2, 2025-04-01",
        "ccipra-v302r0-f1.txt, 2024Q3, 2024-07-01",
        "ccipra-v240r0-f1.txt, 2018Q1, 2018-01-01",
        "zips/medicare-ncci-2024q4.zip!ccipra-v303r0-f2.txt, 2024Q4, 2024-10-01"
    })
    void theQuarterComesFromTheName(String name, String id, LocalDate effective) {
        assertThat(FileKind.NCCI_PTP.releaseOf(name)).contains(new ReleaseName(id, effective));
    }

    @Test
    void aNameWithoutADateTellsNoQuarterAndAGivenDateNamesItsQuarter() {
        assertThat(FileKind.NCCI_ADDON.releaseOf("addons.csv")).isEmpty();
        assertThat(FileKind.NCCI_ADDON.releaseOn(LocalDate.of(2024, 8, 15)))
                .isEqualTo(new ReleaseName("2024Q3", LocalDate.of(2024, 7, 1)));
    }
}
