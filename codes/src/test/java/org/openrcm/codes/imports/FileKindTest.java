package org.openrcm.codes.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openrcm.codes.testing.SharedData;

/**
 * Every official file here is recognised as what it is, from its first bytes, whatever it is called; files that are
 * not code sets (read-me files, crosswalks, schemas, addenda) are recognised as none or as skipped.
 */
class FileKindTest {

    static FileKind kindOf(String relative, String nameToGive) throws IOException {
        Path file = SharedData.codes(relative);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        return FileKind.of(nameToGive, head).orElse(null);
    }

    @ParameterizedTest
    @CsvSource({
        "icd10cm/fy2026/icd10cm_order_2026.txt, ICD10CM_ORDER",
        "icd10cm/fy2025/icd10cm_order_2025.txt, ICD10CM_ORDER",
        "icd10cm/fy2026/icd10cm_order_addenda_2026.txt, ICD10CM_ADDENDA",
        "icd10cm/tabular-fy2021/icd10cm_tabular_2021.xml, ICD10CM_TABULAR",
        "icd10cm/index-fy2025/icd-10-cm-tabular-2025_ch2.xml, ICD10CM_TABULAR",
        "icd10cm/fy2026/icd10cm-drug-April-1-2026-XML.xml, ICD10CM_INDEX",
        "icd10cm/fy2026/icd10cm-neoplasm-April-1-2026-XML.xml, ICD10CM_INDEX",
        "icd10cm/fy2026/icd10cm-eindex-April-1-2026-XML.xml, ICD10CM_INDEX",
        "icd10cm/index-fy2025/ICD10CM_2025_Index_flattened.csv, ICD10CM_INDEX_CSV",
        "icd10pcs/icd10pcs_order_2026.txt, ICD10PCS_ORDER",
        "hcpcs/cms_2020/HCPC2020_ANWEB_w_disclaimer.txt, HCPCS_ANWEB",
        "hcpcs/hcpcs_level2_2024_jul.csv, HCPCS_CSV",
        "hcpcs/modifiers_2024.csv, MODIFIERS",
        "cpt/cpt_code_numbers_from_pprrvu_2024_jul.csv, CPT_NUMBERS",
        "cpt/em_99202_99215_short_descriptors_pprrvu_2024.csv, CPT_DESCRIPTORS",
        "fees/PPRRVU2024_JUL_rvu24c.csv, MPFS_RVU",
        "fees/GPCI2024_rvu24c.csv, MPFS_GPCI",
        "fees/ANES2024_rvu24c.csv, MPFS_ANESTHESIA",
        "fees/LOCCO2024_rvu24c.csv, MPFS_LOCALITIES",
        "fees/mpfs_conversion_factors_history.csv, MPFS_CONVERSION_FACTORS",
        "remittance/carc_rarc_group_codes_northstar_2024-06.csv, ADJUSTMENT_CODES",
        "remittance/nucc_taxonomy_251.csv, TAXONOMY",
        "remittance/place_of_service_codes_northstar_2024.csv, PLACE_OF_SERVICE",
        "ncci/ptp_practitioner_eff_2024-07-01.csv.gz, NCCI_PTP",
        "ncci/ptp_practitioner_eff_2024-07-01_sample.csv, NCCI_PTP",
        "ncci/mue_practitioner_eff_2024-07-01.csv, NCCI_MUE_PRACTITIONER",
        "ncci/mue_outpatient_hospital_eff_2024-07-01.csv, NCCI_MUE_OUTPATIENT_HOSPITAL",
        "ncci/mue_dme_supplier_eff_2024-07-01.csv, NCCI_MUE_DME_SUPPLIER",
        "ncci/aoc_addon_code_edits_2024-06-03.csv, NCCI_ADDON"
    })
    void eachOfficialFileIsRecognisedByItsContentEvenWhenRenamed(String relative, FileKind expected)
            throws IOException {
        assertThat(kindOf(relative, relative)).isEqualTo(expected);
        assertThat(kindOf(relative, "download (3).dat"))
                .as("a renamed file is still recognised by what it holds")
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "hcpcs/cms_2020/HCPC2020_README.txt",
        "hcpcs/cms_2020/proc_notes_2020.txt",
        "remittance/medicare_provider_supplier_taxonomy_crosswalk_oct_2025.csv",
        "icd10cm/index-fy2025/icd10cm-index-2025.xsd",
        "icd10cm/fy2026/icd10cm-sections-April-1-2026.csv"
    })
    void filesThatAreNotCodeSetsAreNotTakenForOne(String relative) throws IOException {
        assertThat(kindOf(relative, relative)).isNull();
    }
}
