package org.openrcm.codes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openrcm.codes.Release;
import org.openrcm.codes.search.CodeSearch.Hit;
import org.openrcm.codes.search.CodeSearch.Matched;
import org.openrcm.codes.search.CodeSearch.Options;

/**
 * Search over FY2025 as a coder has it: order file, the whole alphabetic index (flattened CSV), the external cause
 * index, the neoplasm table and the drug table ({@link SearchFixtures#fy2025WithIndex}). The index is built once.
 */
class CodeSearchIndexTest {

    static Release release;
    static CodeSearch search;
    static long buildMillis;

    @BeforeAll
    static void build() throws IOException {
        release = SearchFixtures.fy2025WithIndex();
        long start = System.nanoTime();
        search = CodeSearch.of(List.of(release));
        buildMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "FY2025 search: %d codes, %d entries built in %d ms%n",
                search.codeCount(), search.entryCount(), buildMillis);
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
    void everyCodedIndexEntryIsSearchable() {
        long coded = release.index().stream().filter(e -> e.code() != null).count();
        assertThat(coded).isGreaterThan(100_000);
        assertThat(search.entryCount())
                .as("titles, differing short titles, coded index entries and cross-references that resolve")
                .isGreaterThan(98_000 + 50_000 + (int) coded - 1_000);
    }

    @Test
    void theIndexLeadsAPhraseToItsCode() {
        Hit neuropathy = search.search("type 2 diabetes with neuropathy", Options.limit(1))
                .getFirst();
        assertThat(neuropathy.code().display()).isEqualTo("E11.40");
        Hit hypertension = search.search("hypertension", Options.limit(1)).getFirst();
        assertThat(hypertension.code().display()).isEqualTo("I10");
        assertThat(hypertension.reason())
                .isEqualTo("Index: Hypertension, hypertensive (accelerated) (benign) (essential) (idiopathic)"
                        + " (malignant) (systemic)");
    }

    @Test
    void crossReferencesOfTheRealIndexResolve() {
        Hit attack = search.search("heart attack", Options.limit(1)).getFirst();
        assertThat(attack.code().display()).isEqualTo("I21.9");
        assertThat(attack.reason()).startsWith("Index: Attack, attacks, heart (see ");
    }

    @Test
    void theTablesAndTheExternalCauseIndexAreSearched() {
        List<Hit> aspirin = search.search("poisoning aspirin accidental", Options.limit(5));
        assertThat(codes(aspirin)).anyMatch(c -> c.startsWith("T39.01"));
        assertThat(aspirin)
                .anyMatch(h -> h.reason().startsWith("Table of drugs and chemicals: ") || h.matched() == Matched.TITLE);

        List<Hit> lung = search.search("neoplasm lung malignant primary", Options.limit(5));
        assertThat(codes(lung)).anyMatch(c -> c.startsWith("C34"));
        assertThat(lung).anyMatch(h -> h.reason().startsWith("Neoplasm table: Neoplasm, neoplastic, lung"));

        List<Hit> ladder = search.search("fall from ladder", Options.limit(5));
        assertThat(codes(ladder)).anyMatch(c -> c.startsWith("W11"));
    }

    @Test
    void anIncompleteIndexCodeLeadsToItsHeader() {
        // Diabetes, type 2, with, ketoacidosis is printed E11.1- in the index: the coder goes on from E11.1
        List<Hit> hits = search.search("diabetes type 2 with ketoacidosis", Options.limit(5));
        assertThat(codes(hits)).anyMatch(c -> c.startsWith("E11.1"));
    }

    @Test
    void typeAheadOverTheWholeIndex() {
        assertThat(codes(search.suggest("diab neu", null, 3))).contains("E11.40");
        assertThat(codes(search.suggest("hypert", null, 1))).containsExactly("I10");
        assertThat(codes(search.suggest("pneu", null, 2))).contains("J18.9");
    }
}
