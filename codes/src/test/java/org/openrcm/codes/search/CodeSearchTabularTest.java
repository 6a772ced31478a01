package org.openrcm.codes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.search.CodeSearch.Hit;
import org.openrcm.codes.search.CodeSearch.Matched;
import org.openrcm.codes.search.CodeSearch.Options;

/** Inclusion terms of the real tabular list (FY2021, the only full list in the shared data) are searched. */
class CodeSearchTabularTest {

    static CodeSearch search;

    @BeforeAll
    static void build() throws IOException {
        search = CodeSearch.of(List.of(SearchFixtures.fy2021Tabular()));
    }

    @Test
    void anInclusionTermFindsItsCode() {
        Hit first = search.search("congestive heart failure", Options.limit(3)).getFirst();
        assertThat(first.code().display()).isEqualTo("I50.9");
        assertThat(first.matched()).isEqualTo(Matched.INCLUSION_TERM);
        assertThat(first.reason()).isEqualTo("Inclusion term: Congestive heart failure NOS");
        assertThat(first.release()).isEqualTo("FY2021");
    }

    @Test
    void codesOfATabularOnlyReleaseAreFoundByTitle() {
        Hit first = search.search("type 2 diabetes with neuropathy", Options.limit(1))
                .getFirst();
        assertThat(first.code().display()).isEqualTo("E11.40");
        assertThat(first.code().billable()).isTrue();
    }
}
