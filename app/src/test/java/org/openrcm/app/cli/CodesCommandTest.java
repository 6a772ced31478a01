package org.openrcm.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openrcm.app.testing.SharedData;
import org.openrcm.app.testing.TestDatabases;

/**
 * A billing company loading the official ICD-10-CM releases from the command line into PostgreSQL: FY2025 as CMS
 * ships it (a folder with the addenda), FY2026 after it; the same file twice changes nothing; a damaged file among
 * good ones imports nothing; then lookups by date of service and the release diff.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CodesCommandTest {
    record Run(int exit, String out, String err) {}

    static String url;
    static Path fy2025;
    static Path fy2026;

    @TempDir
    static Path dir;

    @BeforeAll
    static void database() {
        url = TestDatabases.fresh("codes");
        fy2025 = SharedData.file("codes/icd10cm/fy2025");
        fy2026 = SharedData.file("codes/icd10cm/fy2026/icd10cm_order_2026.txt");
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--database-url", url, "--home", dir.resolve("home").toString()));
        int exit = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    @Order(1)
    void importsTheReleasesAndSaysWhatChanged() {
        Run first = run("codes", "import", fy2025.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("SKIPPED   fy2025/icd10cm_order_addenda_2025.txt")
                .contains("ICD-10-CM FY2025 (effective 2024-10-01): 97,584 codes, 74,260 billable");

        Run second = run("codes", "import", fy2026.toString());
        assertThat(second.out())
                .contains("IMPORTED  icd10cm_order_2026.txt")
                .contains("ICD-10-CM FY2026 (effective 2025-10-01): 98,186 codes, 74,719 billable;"
                        + " against FY2025: 487 added, 28 deleted");
    }

    @Test
    @Order(2)
    void theSameFileAgainChangesNothing() {
        Run again = run("codes", "import", fy2026.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("UNCHANGED icd10cm_order_2026.txt").contains("Nothing changed.");
    }

    @Test
    @Order(3)
    void aDamagedFileAmongGoodOnesImportsNothing() throws IOException {
        byte[] whole = Files.readAllBytes(fy2026);
        Path cut = dir.resolve("icd10cm_order_2027.txt");
        // cut inside a line, past the codes already known: a new release would have begun
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2 + 7));
        Path good = dir.resolve("icd10cm_order_2028.txt");
        Files.copy(fy2026, good);
        Run run = run("codes", "import", good.toString(), cut.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("icd10cm_order_2027.txt, line").contains("Nothing was imported");
        // cut at a line end, the file reads as a smaller release: too many codes would go
        String text = Files.readString(fy2026, java.nio.charset.StandardCharsets.ISO_8859_1);
        Path half = dir.resolve("icd10cm_order_2029.txt");
        Files.writeString(
                half,
                text.substring(0, text.indexOf('\n', text.length() / 2) + 1),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Run halfRun = run("codes", "import", half.toString());
        assertThat(halfRun.exit()).isEqualTo(1);
        assertThat(halfRun.err())
                .contains("ICD-10-CM FY2029 would delete")
                .contains("billable codes of FY2026")
                .contains("--force");
        Run releases = run("codes", "releases");
        assertThat(releases.out())
                .contains("FY2025")
                .contains("FY2026")
                .doesNotContain("FY2028")
                .doesNotContain("FY2029");
    }

    @Test
    @Order(4)
    void aFileThatDiffersFromTheOneImportedForItsReleaseNeedsReplace() throws IOException {
        String corrected = Files.readString(fy2026, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace(
                        "Type 2 diabetes mellitus without complications",
                        "Type 2 diabetes mellitus without complications (corrected)");
        Path file = dir.resolve("corrected").resolve("FY2026_order_corrected.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, corrected, java.nio.charset.StandardCharsets.ISO_8859_1);
        Run refused = run("codes", "import", file.toString(), "--effective", "2025-10-01");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains("differs from icd10cm_order_2026.txt, imported for ICD-10-CM FY2026")
                .contains("--replace");
        Run renamedCopy = run(
                "codes", "import", fy2025.resolve("icd10cm_order_2025.txt").toString(), "--effective", "2024-10-01");
        assertThat(renamedCopy.out())
                .as("the same content is the same file, whatever it is called")
                .contains("UNCHANGED");
        Run replaced = run("codes", "import", file.toString(), "--effective", "2025-10-01", "--replace");
        assertThat(replaced.out()).contains("REPLACED  FY2026_order_corrected.txt");
        Run put = run("codes", "import", fy2026.toString(), "--replace");
        assertThat(put.out()).as("and back").contains("REPLACED  icd10cm_order_2026.txt");
    }

    @Test
    @Order(5)
    void aCodeIsExplainedAsItWasOnTheDateOfService() {
        Run e119 = run("codes", "show", "e119", "--on", "2025-11-01");
        assertThat(e119.out())
                .contains("E11.9  Type 2 diabetes mellitus without complications")
                .contains("ICD-10-CM FY2026 (effective 2025-10-01) on 2025-11-01: billable")
                .contains("Parent: E11  Type 2 diabetes mellitus");

        Run deleted = run("codes", "show", "S30.1XXA", "--on", "2025-11-01");
        assertThat(deleted.exit()).isEqualTo(1);
        assertThat(deleted.out()).contains("not a code of ICD-10-CM FY2026").contains("It is in FY2025");
        Run before = run("codes", "show", "S30.1XXA", "--on", "2025-09-30");
        assertThat(before.out())
                .contains("Contusion of abdominal wall, initial encounter")
                .contains("FY2025");

        Run header = run("codes", "show", "E11", "--on", "2025-11-01");
        assertThat(header.out()).contains("header, not billable");
    }

    @Test
    @Order(6)
    void aCoderFindsCodesFromWords() {
        Run run = run(
                "codes", "search", "DM2 with neuropathy", "--system", "icd10cm", "--on", "2025-11-01", "--limit", "5");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .as("an abbreviation expanded, ranked from the titles of the release in force")
                .contains(" 1. E11.40    Type 2 diabetes mellitus with diabetic neuropathy, unspecified");
        Run nothing = run("codes", "search", "zzqqxx", "--on", "2025-11-01");
        assertThat(nothing.exit()).isEqualTo(1);
        assertThat(nothing.out()).contains("No code found for \"zzqqxx\" on 2025-11-01.");
    }

    @Test
    @Order(7)
    void theDiffListsWhatCmsAnnounced() {
        Run diff = run("codes", "diff", "FY2025", "FY2026", "--limit", "0");
        assertThat(diff.out())
                .contains("ICD-10-CM FY2025 → FY2026: 487 added, 28 deleted")
                .contains("B88.01  Infestation by Demodex mites")
                .contains("D71  Functional disorders of polymorphonuclear neutrophils");
        Run unknown = run("codes", "diff", "FY2025", "FY2030");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("No ICD-10-CM release FY2030 has been imported");
    }

    @Test
    @Order(8)
    void downloadsTheOfficialZipsFromAServerWithCmsLayoutAndImportsThem() throws IOException {
        byte[] order = Files.readAllBytes(fy2026);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = switch (path) {
                case "/files/zip/2026-code-descriptions-tabular-order.zip",
                        "/files/zip/2026-code-descriptions-tabular-order-april-1-2026.zip" ->
                    zip("icd10cm_order_2026.txt", order);
                default -> null;
            };
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        try {
            String source = "http://127.0.0.1:" + server.getAddress().getPort();
            Run run = run(
                    "codes",
                    "download",
                    "--year",
                    "2026",
                    "--source",
                    source,
                    "--to",
                    dir.resolve("dl").toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out())
                    .contains("Downloaded " + source + "/files/zip/2026-code-descriptions-tabular-order.zip")
                    .contains(
                            "Not fetched " + source + "/files/zip/january-2026-alpha-numeric-hcpcs-file.zip: HTTP 404")
                    .as("the October zip holds the order file already imported")
                    .contains("UNCHANGED 2026-code-descriptions-tabular-order.zip!icd10cm_order_2026.txt")
                    .as("the April update's order file, named like October's, is its own release")
                    .contains("IMPORTED  2026-code-descriptions-tabular-order-april-1-2026.zip!icd10cm_order_2026.txt")
                    .contains("ICD-10-CM FY2026-APR (effective 2026-04-01)");
        } finally {
            server.stop(0);
        }
        Run offline = run(
                "codes",
                "download",
                "--year",
                "2026",
                "--source",
                "http://127.0.0.1:9",
                "--to",
                dir.resolve("dl2").toString());
        assertThat(offline.exit()).isEqualTo(1);
        assertThat(offline.err())
                .contains("No release file could be downloaded")
                .contains("openrcm codes import");
    }

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
