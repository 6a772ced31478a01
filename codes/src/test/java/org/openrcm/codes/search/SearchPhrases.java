package org.openrcm.codes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.search.CodeSearch.Hit;

/**
 * The phrases coders type and a code each must find within its first hits ({@code search-phrases.tsv}: phrase, code
 * ({@code E11.4*} = any code starting so), max rank, and {@code suggest} for type-ahead).
 */
final class SearchPhrases {

    private SearchPhrases() {}

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = SearchPhrases.class.getResourceAsStream("/search-phrases.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(Arguments.of(f[0], f[1], Integer.parseInt(f[2]), f.length > 3 ? f[3] : "search"));
            }
        }
        return rows.stream();
    }

    static void check(CodeSearch search, String phrase, String expected, int maxRank, String mode) {
        List<Hit> hits = mode.equals("suggest")
                ? search.suggest(phrase, CodeSystem.ICD10CM, maxRank)
                : search.search(phrase, new CodeSearch.Options(CodeSystem.ICD10CM, maxRank));
        assertThat(hits)
                .as(
                        "%s '%s': %s",
                        mode,
                        phrase,
                        hits.stream()
                                .map(h -> h.code().display() + " " + h.reason())
                                .toList())
                .anySatisfy(h -> {
                    String code = h.code().display();
                    if (expected.endsWith("*")) {
                        assertThat(code).startsWith(expected.substring(0, expected.length() - 1));
                    } else {
                        assertThat(code).isEqualTo(expected);
                    }
                });
    }
}
