package org.openrcm.app.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.icd10cm.OrderFile;

/** The type-ahead without an index, on the starter FY2026 extract and, where the reference data is, the full file. */
class SuggesterTest {
    static Release starter;

    @BeforeAll
    static void readStarter() throws IOException {
        try (InputStream in =
                SuggesterTest.class.getResourceAsStream("/codes/starter/starter-icd10cm_order_2026.txt")) {
            starter = OrderFile.read(in, "starter", "FY2026", LocalDate.of(2025, 10, 1));
        }
    }

    static List<String> displays(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::display).toList();
    }

    @Test
    void theCodeTypedComesFirstDottedOrNotAnyCase() {
        for (String typed : List.of("E11.9", "e119", " e11.9 ")) {
            List<Suggestion> s = Suggester.suggest(List.of(starter), typed, 10);
            assertThat(s.getFirst().display()).as(typed).isEqualTo("E11.9");
            assertThat(s.getFirst().reason()).isEqualTo("code");
            assertThat(s.getFirst().releaseId()).isEqualTo("FY2026");
        }
    }

    @Test
    void aCodePrefixListsTheCodeThenBillableCodesUnderItThenHeaders() {
        List<Suggestion> s = Suggester.suggest(List.of(starter), "e11", 50);
        assertThat(s.getFirst().display()).isEqualTo("E11");
        List<Suggestion> rest = s.subList(1, s.size());
        int firstHeader = rest.stream().map(Suggestion::billable).toList().indexOf(false);
        assertThat(rest.subList(0, firstHeader)).allMatch(Suggestion::billable);
        assertThat(rest.subList(firstHeader, rest.size())).noneMatch(Suggestion::billable);
        assertThat(displays(rest)).contains("E11.9", "E11.65", "E11.A", "E11.64");
        assertThat(s).allMatch(x -> x.code().startsWith("E11"));
    }

    @Test
    void wordsFindCodesWhoseTitlesHaveThemBillableFirst() {
        List<Suggestion> s = Suggester.suggest(List.of(starter), "type 2 diab", 10);
        assertThat(displays(s)).contains("E11.9");
        assertThat(s).allMatch(x -> x.reason().equals("title"));
        assertThat(s).allMatch(x -> x.title().toLowerCase().contains("type 2 diab"));
        int firstHeader = s.stream().map(Suggestion::billable).toList().indexOf(false);
        if (firstHeader >= 0) {
            assertThat(s.subList(firstHeader, s.size())).noneMatch(Suggestion::billable);
        }
        // Words in any order, each the start of a title word.
        assertThat(displays(Suggester.suggest(List.of(starter), "ankle sprain right init", 10)))
                .contains("S93.401A");
    }

    @Test
    void respectsTheLimitAndIgnoresWhatCannotMatch() {
        assertThat(Suggester.suggest(List.of(starter), "e", 3)).hasSize(3);
        assertThat(Suggester.suggest(List.of(starter), "e", 500)).hasSize(Suggester.MAX);
        assertThat(Suggester.suggest(List.of(starter), "   ", 10)).isEmpty();
        assertThat(Suggester.suggest(List.of(starter), null, 10)).isEmpty();
        assertThat(Suggester.suggest(List.of(starter), "%%", 10)).isEmpty();
        assertThat(Suggester.suggest(List.of(starter), "e11", 0)).isEmpty();
    }

    @Test
    void searchesTheReleasesInTheOrderGivenWithoutRepeatingACode() {
        Release hcpcs = new Release(
                CodeSystem.HCPCS,
                "2024-JUL",
                LocalDate.of(2024, 7, 1),
                Map.of(
                        "G0439",
                        new Code(CodeSystem.HCPCS, "G0439", true, "Ppps, subseq visit", "Annual wellness visit, subs"),
                        "E0114",
                        new Code(CodeSystem.HCPCS, "E0114", true, "Crutch underarm pair no wood", "Crutches")));
        List<Suggestion> s = Suggester.suggest(List.of(starter, hcpcs), "E0", 50);
        assertThat(s.getLast().display()).isEqualTo("E0114");
        assertThat(s.getLast().systemLabel()).isEqualTo("HCPCS Level II");
        assertThat(s.subList(0, s.size() - 1)).allMatch(x -> x.system() == CodeSystem.ICD10CM);
        assertThat(Suggester.suggest(List.of(hcpcs, starter), "annual wellness", 10))
                .extracting(Suggestion::display)
                .startsWith("G0439");
    }

    @Test
    void onTheFullReleaseTheUsualCodeIsAmongTheFirstMatches() throws IOException {
        Path full = fullOrderFile();
        Release fy2026;
        try (InputStream in = Files.newInputStream(full)) {
            fy2026 = OrderFile.read(in, full.toString(), "FY2026", LocalDate.of(2025, 10, 1));
        }
        assertThat(displays(Suggester.suggest(List.of(fy2026), "type 2 diab", 10)))
                .contains("E11.9");
        assertThat(Suggester.suggest(List.of(fy2026), "E11.9", 10).getFirst().display())
                .isEqualTo("E11.9");
        assertThat(displays(Suggester.suggest(List.of(fy2026), "sprain right ankle init", 10)))
                .contains("S93.401A");
        assertThat(Suggester.suggest(List.of(fy2026), "hypertension", 10)
                        .getFirst()
                        .display())
                .isEqualTo("I10");
        assertThat(displays(Suggester.suggest(List.of(fy2026), "low back pain", 3)))
                .contains("M54.50");
    }

    /** The official FY2026 order file in the reference data, or the test is skipped (a failure in CI). */
    static Path fullOrderFile() {
        Path p = StarterSetTest.sharedCodes().resolve("icd10cm/fy2026/icd10cm_order_2026.txt");
        assumeTrue(Files.isRegularFile(p), "no " + p + ": skipped");
        return p;
    }
}
