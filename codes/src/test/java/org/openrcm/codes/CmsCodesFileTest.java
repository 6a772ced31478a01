package org.openrcm.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.imports.CodeImport;
import org.openrcm.codes.imports.FileKind;
import org.openrcm.codes.imports.ReleaseFile;
import org.openrcm.codes.testing.SharedData;

/**
 * The codes file CMS ships beside the order file: the billable codes alone. Written here from the real FY2026 order
 * file in the CMS layout (code padded to eight columns, long title), it imports as the same billable codes.
 */
class CmsCodesFileTest {

    static String codesFileOf(String orderFile) {
        StringBuilder out = new StringBuilder();
        for (String line : orderFile.split("\r?\n")) {
            if (line.length() > 77 && line.charAt(14) == '1') {
                out.append(String.format(
                        "%-8s%s%n",
                        line.substring(6, 13).strip(), line.substring(77).strip()));
            }
        }
        return out.toString();
    }

    @Test
    void theBillableCodesAloneImportAndTheOrderFileAddsTheHeaders() throws IOException {
        String order = Files.readString(
                SharedData.codes("icd10cm/fy2026/icd10cm_order_2026.txt"), StandardCharsets.ISO_8859_1);
        byte[] codes = codesFileOf(order).getBytes(StandardCharsets.ISO_8859_1);
        List<CodeImport.Planned> plan = CodeImport.plan(
                List.of(
                        new ReleaseFile("icd10cm_codes_2026.txt", codes),
                        new ReleaseFile("icd10cm_order_2026.txt", order.getBytes(StandardCharsets.ISO_8859_1))),
                null);
        assertThat(plan)
                .extracting(CodeImport.Planned::kind)
                .containsExactly(FileKind.ICD10CM_CODES, FileKind.ICD10CM_ORDER);
        Catalog catalog = new Catalog();
        CodeImport.readAll(plan, CodeImport.Progress.NONE)
                .forEach(p -> p.releases().forEach(catalog::add));
        Release fy2026 =
                catalog.releaseOn(CodeSystem.ICD10CM, LocalDate.of(2025, 11, 1)).orElseThrow();
        assertThat(fy2026.billableCount()).isEqualTo(74_719);
        assertThat(fy2026.codes()).hasSize(98_186);

        Release alone = CmsCodesFile.read(
                new ByteArrayInputStream(codes),
                "icd10cm_codes_2026.txt",
                CodeSystem.ICD10CM,
                "FY2026",
                LocalDate.of(2025, 10, 1));
        assertThat(alone.codes()).hasSize(74_719);
        assertThat(alone.code("E119").orElseThrow().longTitle())
                .isEqualTo("Type 2 diabetes mellitus without complications");
    }

    @Test
    void aBadLineIsNamed() {
        byte[] bad = "A000    Cholera due to Vibrio cholerae 01, biovar cholerae\nA0!1    Cholera\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CmsCodesFile.read(
                        new ByteArrayInputStream(bad),
                        "codes.txt",
                        CodeSystem.ICD10CM,
                        "FY2026",
                        LocalDate.of(2025, 10, 1)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("codes.txt, line 2");
    }
}
