package org.openrcm.app.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.icd10cm.OrderFile;
import org.openrcm.codes.search.CodeSearch;

/** The lookup panel's type-ahead on the demo's starter FY2026 extract: what a coder types, what the panel lists. */
class TypeAheadTest {
    static final LocalDate ON = LocalDate.of(2025, 11, 1);
    static Release starter;

    @BeforeAll
    static void readStarter() throws IOException {
        try (InputStream in =
                TypeAheadTest.class.getResourceAsStream("/codes/starter/starter-icd10cm_order_2026.txt")) {
            starter = OrderFile.read(in, "starter", "FY2026", LocalDate.of(2025, 10, 1));
        }
    }

    static List<Suggestion> suggest(List<Release> releases, String typed, int limit) {
        return CodeLibrary.suggestions(CodeSearch.of(releases).suggest(typed, null, limit), ON);
    }

    static List<String> displays(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::display).toList();
    }

    @Test
    void theCodeTypedComesFirstDottedOrNotAnyCase() {
        for (String typed : List.of("E11.9", "e119", " e11.9 ")) {
            List<Suggestion> s = suggest(List.of(starter), typed, 10);
            assertThat(s.getFirst().display()).as(typed).isEqualTo("E11.9");
            assertThat(s.getFirst().reason()).startsWith("Code");
            assertThat(s.getFirst().releaseId()).isEqualTo("FY2026");
        }
    }

    @Test
    void aCodePrefixListsCodesUnderIt() {
        List<Suggestion> s = suggest(List.of(starter), "e11", 50);
        assertThat(displays(s)).contains("E11.9", "E11.65");
        assertThat(s).allMatch(x -> x.code().startsWith("E11"));
    }

    @Test
    void wordsFindCodesWhoseTitlesHaveThemBillableFirst() {
        List<Suggestion> s = suggest(List.of(starter), "type 2 diab", 10);
        assertThat(displays(s)).contains("E11.9");
        int firstHeader = s.stream().map(Suggestion::billable).toList().indexOf(false);
        if (firstHeader >= 0) {
            assertThat(s.subList(firstHeader, s.size())).noneMatch(Suggestion::billable);
        }
        assertThat(displays(suggest(List.of(starter), "ankle sprain right init", 10)))
                .as("words in any order, each the start of a title word")
                .contains("S93.401A");
    }

    @Test
    void aCodeNoLongerValidOnTheDateIsNotOffered() {
        Release hcpcs = new Release(
                CodeSystem.HCPCS,
                "2024-JUL",
                LocalDate.of(2024, 7, 1),
                Map.of(
                        "A4397",
                        new Code(
                                CodeSystem.HCPCS,
                                "A4397",
                                false,
                                "Irrigation supply sleeve",
                                "Irrigation supply; sleeve, each",
                                LocalDate.of(1986, 1, 1),
                                LocalDate.of(2021, 12, 31),
                                Map.of())));
        assertThat(suggest(List.of(hcpcs), "A4397", 10)).isEmpty();
        assertThat(CodeLibrary.suggestions(
                        CodeSearch.of(List.of(hcpcs)).suggest("A4397", null, 10), LocalDate.of(2021, 6, 1)))
                .extracting(Suggestion::display)
                .containsExactly("A4397");
    }
}
