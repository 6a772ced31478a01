package org.openrcm.codes.icd10cm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.Release;
import org.openrcm.codes.ReleaseDiff;
import org.openrcm.codes.testing.SharedData;

/** The CMS ICD-10-CM order files FY2025 and FY2026, read whole, compared, and looked up by date of service. */
class OrderFileTest {

    static Release release(int fy) throws IOException {
        String name = "icd10cm/fy" + fy + "/icd10cm_order_" + fy + ".txt";
        try (InputStream in = Files.newInputStream(SharedData.codes(name))) {
            return OrderFile.read(in, name, "FY" + fy, OrderFile.fiscalYearStart(fy));
        }
    }

    @Test
    void countsMatchTheReleases() throws IOException {
        Release fy2026 = release(2026);
        assertThat(fy2026.billableCount()).isEqualTo(74_719);
        assertThat(fy2026.codes()).hasSize(74_719 + 23_467);
        assertThat(fy2026.effective()).isEqualTo(LocalDate.of(2025, 10, 1));
        Release fy2025 = release(2025);
        assertThat(fy2025.billableCount()).isEqualTo(74_260);
        assertThat(fy2025.codes()).hasSize(74_260 + 23_324);
    }

    @Test
    void theDiffCountsWhatCmsAnnounced() throws IOException {
        ReleaseDiff diff = ReleaseDiff.between(release(2025), release(2026));
        assertThat(diff.added()).hasSize(487);
        assertThat(diff.deleted()).hasSize(28);
        assertThat(diff.deleted())
                .extracting(Code::value)
                .as("a code expanded into children is deleted as billable, like B88.0 in FY2026")
                .contains("B880", "S301XXA");
        assertThat(diff.retitled()).isNotEmpty();
    }

    @Test
    void aCodeIsFoundDottedOrNotWithItsParents() throws IOException {
        Catalog catalog = new Catalog();
        catalog.add(release(2026));
        Catalog.Lookup e119 =
                catalog.icd10cm("e11.9", LocalDate.of(2025, 11, 1)).orElseThrow();
        assertThat(e119.code().billable()).isTrue();
        assertThat(e119.code().longTitle()).isEqualTo("Type 2 diabetes mellitus without complications");
        assertThat(e119.parents()).extracting(Code::value).containsExactly("E11");
        assertThat(e119.parents().getFirst().billable()).isFalse();
        assertThat(catalog.icd10cm("E119", LocalDate.of(2025, 11, 1))).isPresent();
        assertThat(Icd10cm.dotted(e119.code().value())).isEqualTo("E11.9");
    }

    @Test
    void aCodeDeletedInALaterReleaseIsStillExplainedForOldDatesOfService() throws IOException {
        Catalog catalog = new Catalog();
        catalog.add(release(2025));
        catalog.add(release(2026));
        assertThat(catalog.icd10cm("S30.1XXA", LocalDate.of(2025, 9, 30))).hasValueSatisfying(l -> {
            assertThat(l.release().id()).isEqualTo("FY2025");
            assertThat(l.code().billable()).isTrue();
        });
        assertThat(catalog.icd10cm("S30.1XXA", LocalDate.of(2025, 10, 1))).isEmpty();
        assertThat(catalog.icd10cm("E11.9", LocalDate.of(2023, 1, 1)))
                .as("no release loaded for that date")
                .isEmpty();
    }

    @Test
    void aTruncatedFileNamesItsLineAndYieldsNothing() {
        String text = "00001 A00     0 Cholera                                                      Cholera\n"
                + "00002 A000    1 Cholera due to Vibrio chol\n";
        assertThatThrownBy(() -> OrderFile.read(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)),
                        "icd10cm_order_2026.txt",
                        "FY2026",
                        LocalDate.of(2025, 10, 1)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("icd10cm_order_2026.txt, line 2")
                .hasMessageContaining("A000 has no long title");
    }

    @Test
    void aFileThatIsNotAnOrderFileIsRefusedAtItsFirstLine() {
        assertThatThrownBy(() -> OrderFile.read(
                        new ByteArrayInputStream("code,title\nE119,Type 2\n".getBytes(StandardCharsets.ISO_8859_1)),
                        "codes.csv",
                        "X",
                        LocalDate.of(2025, 10, 1)))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("codes.csv, line 1");
    }

    private static Release read(byte[] bytes) {
        return OrderFile.read(
                new ByteArrayInputStream(bytes), "icd10cm_order_2026.txt", "FY2026", LocalDate.of(2025, 10, 1));
    }

    @Test
    void aFileCutAtAnyByteIsRefusedAtItsLastLine() throws IOException {
        byte[] whole = Files.readAllBytes(SharedData.codes("icd10cm/fy2026/icd10cm_order_2026.txt"));
        byte[] cut = java.util.Arrays.copyOf(whole, 5_000_000);
        // 37,396 whole lines (CR LF) before byte 5,000,000: the cut falls inside line 37,397.
        assertThatThrownBy(() -> read(cut))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("icd10cm_order_2026.txt, line 37397")
                .hasMessageContaining("the file ends inside a line: it is cut short");
        byte[] cutAfterCr =
                java.util.Arrays.copyOf(whole, new String(whole, StandardCharsets.ISO_8859_1).indexOf('\n', 5_000_000));
        assertThatThrownBy(() -> read(cutAfterCr))
                .as("cut between CR and LF: still not a line end")
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("cut short");
    }

    private static final String CHOLERA =
            "00001 A00     0 Cholera                                                      Cholera\r\n";

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void aByteOrderMarkAndATrailingCtrlZAreIgnored() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] file = concat(bom, CHOLERA.getBytes(StandardCharsets.US_ASCII), new byte[] {0x1A});
        assertThat(OrderFile.recognizes("renamed.txt", file)).isTrue();
        Release r = read(file);
        assertThat(r.codes()).hasSize(1);
        assertThat(r.code("A00").orElseThrow().longTitle()).isEqualTo("Cholera");
    }

    @Test
    void titlesAreUtf8WhenValidElseWindows1252() {
        String line = String.format(
                "%05d %-7s 1 %-60s %s\r\n", 2, "H8101", "Ménière’s disease, right ear", "Ménière’s disease, right ear");
        Release utf8 = read(concat(CHOLERA.getBytes(StandardCharsets.US_ASCII), line.getBytes(StandardCharsets.UTF_8)));
        assertThat(utf8.code("H8101").orElseThrow().longTitle()).isEqualTo("Ménière’s disease, right ear");
        assertThat(utf8.code("H8101").orElseThrow().shortTitle()).isEqualTo("Ménière’s disease, right ear");
        Release cp1252 = read(concat(
                CHOLERA.getBytes(StandardCharsets.US_ASCII),
                line.getBytes(java.nio.charset.Charset.forName("windows-1252"))));
        assertThat(cp1252.code("H8101").orElseThrow().longTitle()).isEqualTo("Ménière’s disease, right ear");
    }
}
