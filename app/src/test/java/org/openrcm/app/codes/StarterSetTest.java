package org.openrcm.app.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.imports.CodeImport;
import org.openrcm.codes.imports.FileKind;
import org.openrcm.codes.imports.ReleaseFile;

/**
 * The starter code sets are the official rows, unchanged, in the official formats: each ICD-10-CM row is the row of
 * the official order file, with every header above its codes; each CSV row is a row of the official file, under its
 * header. Compared with the reference data where it is present.
 */
class StarterSetTest {

    @Test
    void everyStarterFileIsThereAndTheOrderFilesAreRecognisedAsTheirReleases() {
        List<ReleaseFile> files = StarterSet.files();
        assertThat(files).extracting(ReleaseFile::name).containsExactlyElementsOf(StarterSet.FILES);
        List<CodeImport.Planned> plan = CodeImport.plan(
                files.stream().filter(f -> f.name().endsWith(".txt")).toList(), null);
        assertThat(plan).allMatch(p -> p.kind() == FileKind.ICD10CM_ORDER);
        assertThat(plan).extracting(p -> p.release().id()).containsExactly("FY2025", "FY2026");
    }

    @Test
    void theIcd10cmRowsAreTheOfficialRowsWithTheirHeaders() throws IOException {
        for (String year : List.of("2025", "2026")) {
            Map<String, String> official = orderRows(Files.readString(
                    sharedCodes().resolve("icd10cm/fy" + year + "/icd10cm_order_" + year + ".txt"),
                    StandardCharsets.ISO_8859_1));
            Map<String, String> starter = orderRows(text("starter-icd10cm_order_" + year + ".txt"));
            assertThat(starter).hasSizeBetween(300, 800);
            for (Map.Entry<String, String> row : starter.entrySet()) {
                assertThat(row.getValue()).as(row.getKey()).isEqualTo(official.get(row.getKey()));
                String code = row.getKey();
                for (int len = 3; len < code.length(); len++) {
                    String parent = code.substring(0, len);
                    if (official.containsKey(parent)) {
                        assertThat(starter)
                                .as("parent " + parent + " of " + code)
                                .containsKey(parent);
                    }
                }
            }
        }
    }

    @Test
    void theCsvRowsAreOfficialRowsUnderTheOfficialHeader() throws IOException {
        Map<String, String> officialOf = Map.of(
                "starter-hcpcs_level2_2024_jul.csv", "hcpcs/hcpcs_level2_2024_jul.csv",
                "starter-cpt_code_numbers_2024_jul.csv", "cpt/cpt_code_numbers_from_pprrvu_2024_jul.csv",
                "starter-cpt_em_short_descriptors_2024_jul.csv", "cpt/em_99202_99215_short_descriptors_pprrvu_2024.csv",
                "starter-modifiers_2024.csv", "hcpcs/modifiers_2024.csv",
                "starter-place_of_service_codes_2024.csv", "remittance/place_of_service_codes_northstar_2024.csv");
        for (Map.Entry<String, String> e : officialOf.entrySet()) {
            List<String> official = Files.readString(sharedCodes().resolve(e.getValue()), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            List<String> starter = text(e.getKey()).lines().toList();
            assertThat(starter.getFirst()).as(e.getKey()).isEqualTo(official.getFirst());
            Set<String> rows = new HashSet<>(official);
            assertThat(starter.subList(1, starter.size()))
                    .as(e.getKey())
                    .isNotEmpty()
                    .allMatch(rows::contains);
        }
    }

    /** Order-file rows by code. */
    private static Map<String, String> orderRows(String text) {
        Map<String, String> rows = new HashMap<>();
        text.lines()
                .filter(l -> l.length() > 14)
                .forEach(l -> rows.put(l.substring(6, 13).strip(), l));
        return rows;
    }

    private static String text(String name) {
        return StarterSet.files().stream()
                .filter(f -> f.name().equals(name))
                .map(f -> new String(
                        f.content(), name.endsWith(".txt") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow();
    }

    static Path sharedCodes() {
        return org.openrcm.app.testing.SharedData.file("codes");
    }
}
