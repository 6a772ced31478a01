package org.openrcm.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.fees.AnesthesiaFile;
import org.openrcm.codes.fees.ConversionFactorFile;
import org.openrcm.codes.fees.GpciFile;
import org.openrcm.codes.fees.LocalityCountyFile;
import org.openrcm.codes.fees.RvuFile;
import org.openrcm.codes.pos.PlaceOfServiceFile;
import org.openrcm.codes.remittance.AdjustmentCodeFile;
import org.openrcm.codes.taxonomy.NuccTaxonomyFile;
import org.openrcm.codes.testing.SharedData;

/**
 * Each CSV reference file is claimed by exactly one reader, from its first 4096 bytes, and the CSV files the readers
 * do not read (the Blue Button code systems, the Medicare specialty crosswalk, NCCI edits, HCPCS) by none.
 */
class ReferenceFileRecognitionTest {

    static final Map<String, BiPredicate<String, byte[]>> READERS = new LinkedHashMap<>();

    static {
        READERS.put("pos", PlaceOfServiceFile::recognizes);
        READERS.put("adjustment", AdjustmentCodeFile::recognizes);
        READERS.put("taxonomy", NuccTaxonomyFile::recognizes);
        READERS.put("rvu", RvuFile::recognizes);
        READERS.put("gpci", GpciFile::recognizes);
        READERS.put("anesthesia", AnesthesiaFile::recognizes);
        READERS.put("locco", LocalityCountyFile::recognizes);
        READERS.put("cf", ConversionFactorFile::recognizes);
    }

    static List<String> claimants(String file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(SharedData.codes(file))) {
            head = in.readNBytes(4096);
        }
        List<String> out = new ArrayList<>();
        READERS.forEach((name, r) -> {
            if (r.test(file, Arrays.copyOf(head, head.length))) {
                out.add(name);
            }
        });
        return out;
    }

    @Test
    void eachFileHasOneReader() throws IOException {
        Map<String, String> expected = Map.of(
                "remittance/place_of_service_codes_northstar_2024.csv", "pos",
                "remittance/carc_rarc_group_codes_northstar_2024-06.csv", "adjustment",
                "remittance/nucc_taxonomy_250.csv", "taxonomy",
                "remittance/nucc_taxonomy_251.csv", "taxonomy",
                "fees/PPRRVU2024_JUL_rvu24c.csv", "rvu",
                "fees/GPCI2024_rvu24c.csv", "gpci",
                "fees/ANES2024_rvu24c.csv", "anesthesia",
                "fees/LOCCO2024_rvu24c.csv", "locco",
                "fees/mpfs_conversion_factors_history.csv", "cf");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(claimants(e.getKey())).as(e.getKey()).containsExactly(e.getValue());
        }
    }

    @Test
    void otherCsvFilesHaveNone() throws IOException {
        for (String file : List.of(
                "remittance/cms_bluebutton_codesystems_flat.csv",
                "remittance/medicare_provider_supplier_taxonomy_crosswalk_oct_2025.csv",
                "hcpcs/hcpcs_level2_2024_jul.csv",
                "hcpcs/modifiers_2024.csv",
                "ncci/mue_practitioner_eff_2024-07-01.csv",
                "ncci/aoc_addon_code_edits_2024-06-03.csv",
                "cpt/cpt_code_numbers_from_pprrvu_2024_jul.csv",
                "icd10cm/fy2026/icd10cm_order_2026.txt")) {
            assertThat(claimants(file)).as(file).isEmpty();
        }
    }
}
