package org.openrcm.codes.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.search.CodeSearch.Hit;
import org.openrcm.codes.search.CodeSearch.Matched;
import org.openrcm.codes.search.CodeSearch.Options;

/**
 * Search over the FY2026 ICD-10-CM order file, with a few index entries and inclusion terms written as the CDC files
 * word them ({@link SearchFixtures#fy2026WithHandWrittenEntries}): the phrase table, and what a coder relies on in the
 * ranking. The index is built once.
 */
class CodeSearchTest {

    static CodeSearch search;

    @BeforeAll
    static void build() throws IOException {
        search = CodeSearch.of(List.of(SearchFixtures.fy2026WithHandWrittenEntries()));
    }

    static List<String> codes(List<Hit> hits) {
        return hits.stream().map(h -> h.code().display()).toList();
    }

    @ParameterizedTest(name = "{3} \"{0}\" finds {1} within {2}")
    @MethodSource("org.openrcm.codes.search.SearchPhrases#rows")
    void aPhraseFindsItsCode(String phrase, String expected, int maxRank, String mode) {
        SearchPhrases.check(search, phrase, expected, maxRank, mode);
    }

    @Test
    void everyTitleAndShortTitleIsAnEntry() {
        assertThat(search.codeCount()).isEqualTo(74_719 + 23_467);
        assertThat(search.entryCount())
                .as("long titles, the short titles that differ, the hand-written index entries and inclusion terms")
                .isGreaterThan(98_186 + 50_000);
    }

    @Test
    void billableCodesComeBeforeHeadersOfTheSameWords() {
        List<String> pneumonia = codes(search.search("pneumonia, unspecified organism", Options.limit(10)));
        assertThat(pneumonia).contains("J18.9", "J18");
        assertThat(pneumonia.indexOf("J18.9")).isLessThan(pneumonia.indexOf("J18"));
        assertThat(pneumonia.getFirst()).isEqualTo("J18.9");

        // E11 is titled "Type 2 diabetes mellitus" word for word, yet its billable codes come first
        List<Hit> diabetes = search.search("type 2 diabetes mellitus", Options.limit(10));
        assertThat(codes(diabetes).getFirst()).isEqualTo("E11.9");
        assertThat(diabetes).allMatch(h -> h.code().billable());
    }

    @Test
    void aHeaderIsFoundWhenItIsTheOnlyMatch() {
        // only the category B01 "Varicella [chickenpox]" says chickenpox; its codes say varicella
        Hit first = search.search("chickenpox", Options.limit(5)).getFirst();
        assertThat(first.code().display()).isEqualTo("B01");
        assertThat(first.code().billable()).isFalse();
        assertThat(first.reason()).isEqualTo("Title: Varicella [chickenpox]");
    }

    @Test
    void aCodeIsFoundOnceWithTheEntryThatMatchedBest() {
        // I50.9 has its title, three inclusion terms and an index entry that all say heart failure
        List<Hit> hits = search.search("heart failure", Options.limit(30));
        assertThat(codes(hits)).doesNotHaveDuplicates().contains("I50.9");
        List<Hit> congestive = search.search("congestive heart failure", Options.limit(10));
        assertThat(codes(congestive)).doesNotHaveDuplicates();
        Hit i509 = congestive.getFirst();
        assertThat(i509.code().display()).isEqualTo("I50.9");
        assertThat(i509.matched()).isEqualTo(Matched.INCLUSION_TERM);
        assertThat(i509.reason()).isEqualTo("Inclusion term: Congestive heart failure NOS");
        assertThat(i509.release()).isEqualTo("FY2026");
    }

    @Test
    void theReasonNamesTheIndexPathOrTitle() {
        Hit neuropathy = search.search("diabetes type 2 with neuropathy", Options.limit(3))
                .getFirst();
        assertThat(neuropathy.code().display()).isEqualTo("E11.40");
        assertThat(neuropathy.matched()).isEqualTo(Matched.INDEX);
        assertThat(neuropathy.reason())
                .isEqualTo("Index: Diabetes, diabetic (mellitus) (sugar), type 2, with, neuropathy");

        Hit title = search.search("type 2 diabetes mellitus with diabetic neuropathy", Options.limit(3))
                .getFirst();
        assertThat(title.reason()).isEqualTo("Title: Type 2 diabetes mellitus with diabetic neuropathy, unspecified");

        Hit neoplasm = search.search("neoplasm breast malignant primary", Options.limit(3))
                .getFirst();
        assertThat(neoplasm.code().display()).isEqualTo("C50.919");
        assertThat(neoplasm.reason()).isEqualTo("Neoplasm table: Neoplasm, neoplastic, breast, Malignant Primary");
    }

    @Test
    void aCrossReferenceLeadsToTheCodeOfItsTarget() {
        // Attack, heart — see Infarct, myocardium: the index path Infarct, infarction › myocardium leads to I21.9
        Hit first = search.search("heart attack", Options.limit(3)).getFirst();
        assertThat(first.code().display()).isEqualTo("I21.9");
        assertThat(first.reason()).isEqualTo("Index: Attack, attacks, heart (see Infarct, myocardium)");
    }

    @Test
    void exactWordsComeBeforeNearSpellings() {
        // "tropical" is in two titles; "topical" (one letter off) in fifty, "tropica" in one: the two come first
        List<Hit> tropical = search.search("tropical", Options.limit(10));
        assertThat(codes(tropical).subList(0, 2)).containsExactlyInAnyOrder("G04.1", "K90.1");
        assertThat(tropical.subList(2, tropical.size())).isNotEmpty().allSatisfy(h -> {
            assertThat(h.reason().toLowerCase()).doesNotContain("tropical").containsAnyOf("topical", "tropica");
            assertThat(h.score()).isLessThan(tropical.get(1).score() - 0.2);
        });
    }

    @Test
    void aWordTheReleaseKnowsWellIsNotTakenForAnother() {
        // hypotension is one edit... two from hypertension: a correctly spelled word is not widened
        assertThat(search.search("hypotension", Options.limit(10)))
                .allSatisfy(h -> assertThat(h.reason().toLowerCase()).contains("hypotension"));
    }

    @Test
    void aMisspelledWordFindsTheWordMeant() {
        assertThat(codes(search.search("diabetis type 2", Options.limit(5)))).allMatch(c -> c.startsWith("E11"));
        assertThat(codes(search.search("pnemonia", Options.limit(3)))).contains("J18.9");
    }

    @Test
    void aCodeFindsItselfDottedOrNotThenTheCodesUnderIt() {
        for (String typed : List.of("E11.9", "e119", " E11.9 ")) {
            Hit first = search.search(typed, Options.limit(5)).getFirst();
            assertThat(first.code().display()).isEqualTo("E11.9");
            assertThat(first.matched()).isEqualTo(Matched.CODE);
            assertThat(first.reason()).isEqualTo("Code: E11.9");
        }
        List<Hit> e116 = search.suggest("E11.6", null, 8);
        assertThat(codes(e116))
                .startsWith("E11.6", "E11.61", "E11.610", "E11.618", "E11.62")
                .hasSize(8)
                .allMatch(c -> c.startsWith("E11.6"));
        assertThat(e116.get(1).reason()).isEqualTo("Code under E11.6: E11.61");
        assertThat(codes(search.suggest("e11", null, 3))).containsExactly("E11", "E11.0", "E11.00");
    }

    @Test
    void typeAheadCompletesEveryWordTyped() {
        List<Hit> hits = search.suggest("diab neu", CodeSystem.ICD10CM, 10);
        assertThat(hits).isNotEmpty().allSatisfy(h -> {
            String reason = h.reason().toLowerCase();
            assertThat(reason).contains("diab").contains("neu");
        });
        assertThat(codes(hits)).contains("E11.40");
        assertThat(codes(search.suggest("pneu", null, 3))).contains("J18.9");
        assertThat(search.suggest("fract fem", null, 20))
                .as("short titles' abbreviations are not offered while typing")
                .noneMatch(h -> h.matched() == Matched.SHORT_TITLE);
    }

    @Test
    void typeAheadForgivesATypoWhenNothingStartsSo() {
        assertThat(codes(search.suggest("diabtes", null, 5))).anyMatch(c -> c.startsWith("E1"));
    }

    @Test
    void abbreviationsAreSearchedAsTheirExpansions() {
        assertThat(search.search("HTN", Options.limit(1)).getFirst().code().display())
                .isEqualTo("I10");
        assertThat(search.search("COPD", Options.limit(1)).getFirst().code().display())
                .isEqualTo("J44.9");
        assertThat(search.search("afib", Options.limit(1)).getFirst().code().display())
                .isEqualTo("I48.91");
        assertThat(codes(search.search("s/p CABG", Options.limit(20)))).isNotNull();
    }

    @Test
    void anotherCodeSystemFindsNothingHere() {
        assertThat(search.search("diabetes", new Options(CodeSystem.HCPCS, 5))).isEmpty();
        assertThat(search.suggest("diab", CodeSystem.HCPCS, 5)).isEmpty();
        assertThat(search.search("diabetes", new Options(CodeSystem.ICD10CM, 5)))
                .hasSize(5);
    }

    @Test
    void emptyQueriesAndBadLimits() {
        assertThat(search.search("  ", Options.limit(5))).isEmpty();
        assertThat(search.suggest("", null, 5)).isEmpty();
        assertThat(search.search("zzzzqqq", Options.limit(5))).isEmpty();
        assertThatThrownBy(() -> Options.limit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search.suggest("diab", null, 100_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void searchesFromManyThreadsAnswerAsOneThreadDoes() throws Exception {
        List<String> queries = List.of("type 2 diabetes", "HTN", "diabetis", "acute MI", "fall", "E11.6", "copd");
        List<List<Code>> expected = new ArrayList<>();
        for (String q : queries) {
            expected.add(
                    search.search(q, Options.limit(10)).stream().map(Hit::code).toList());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 25; round++) {
                        for (int i = 0; i < queries.size(); i++) {
                            List<Code> got = search.search(queries.get(i), Options.limit(10)).stream()
                                    .map(Hit::code)
                                    .toList();
                            if (!got.equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        }
    }
}
