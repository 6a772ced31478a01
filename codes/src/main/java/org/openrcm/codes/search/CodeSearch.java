package org.openrcm.codes.search;

import static org.openrcm.codes.search.IndexBuilder.F_STEM;
import static org.openrcm.codes.search.IndexBuilder.F_SYSTEM;
import static org.openrcm.codes.search.QueryWords.allStop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.Catalog;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.search.QueryWords.Concept;

/**
 * Finds codes the way coders look for them: by words of a title, an inclusion term or an index path ({@code type 2
 * diabetes with neuropathy} → E11.40), by abbreviation ({@code HTN}, {@code CHF}, {@code DM2}), with typos
 * ({@code diabetis}), and as they type ({@code diab neu}, {@code E11.6}). Built in memory from a set of releases (the
 * ones in force on a date of service: {@link #releasesOn}); immutable and safe to share between threads.
 *
 * <p>Every title, short title, inclusion term and index entry of every code is one entry of an in-memory Lucene
 * index. A search gathers candidate entries with Lucene (BM25 over stems, abbreviations expanded, near spellings of
 * words the releases do not know), then ranks them by how much of the query they hold (an exact word fully, an
 * abbreviation's expansion almost, a near spelling about half), how little else they say (nonessential modifiers and
 * words such as "unspecified" count little), whether they hold the words in the query's order, whether the code is
 * billable and whether it is the default (unspecified) code. One hit per code, with the entry that matched best as
 * the reason. Type-ahead takes the first entries, in a static order (billable and short first), holding a word
 * starting with each word typed, and ranks those the same way.
 */
public final class CodeSearch {

    /** What to search: one code system or all ({@code null}), and how many hits at most. */
    public record Options(@Nullable CodeSystem system, int limit) {
        public Options {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("a search returns 1 to " + MAX_LIMIT + " hits, not " + limit);
            }
        }

        /** Every code system, at most {@code limit} hits. */
        public static Options limit(int limit) {
            return new Options(null, limit);
        }
    }

    /** What a hit matched. */
    public enum Matched {
        /** The code itself, or the start of it. */
        CODE("Code"),
        TITLE("Title"),
        SHORT_TITLE("Short title"),
        INCLUSION_TERM("Inclusion term"),
        /** An entry of the alphabetic index, the external cause index, the neoplasm table or the drug table. */
        INDEX("Index");

        private final String label;

        Matched(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A code found: the code, the id of the release it is from, a score (higher is better: about 0 to 1 for words,
     * above 1 for a code typed as such), what it matched and the reason as a coder reads it ({@code Index: Diabetes,
     * diabetic (mellitus) (sugar), type 2, with, neuropathy}).
     */
    public record Hit(Code code, String release, double score, Matched matched, String reason) {}

    static final int MAX_LIMIT = 1000;

    private static final int SEARCH_CANDIDATES = 300;

    private final int codeCount;

    private final String[] entryText;

    private final CodeLookup codeLookup;
    private final QueryWords queryWords;
    private final Ranking ranking;
    private final TypeAhead typeAhead;
    private final String[] stems;

    private final IndexSearcher searcher;
    private final @Nullable CodeSystem onlySystem;

    private CodeSearch(IndexBuilder.Built b) {
        codeCount = b.codes().length;
        entryText = b.entryText();
        codeLookup = new CodeLookup(b);
        queryWords = new QueryWords(b);
        ranking = new Ranking(b);
        stems = queryWords.stems;
        searcher = new IndexSearcher(b.reader());
        searcher.setQueryCache(null);
        typeAhead = new TypeAhead(b, queryWords, searcher);
        onlySystem = b.onlySystem();
    }

    /** Indexes every code, inclusion term and index entry of {@code releases}. */
    public static CodeSearch of(Collection<Release> releases) {
        IndexBuilder builder = new IndexBuilder();
        releases.forEach(builder::add);
        return new CodeSearch(builder.build());
    }

    /** The releases in force on {@code date}, one per code system loaded: what a search for that date covers. */
    public static List<Release> releasesOn(Catalog catalog, LocalDate date) {
        List<Release> in = new ArrayList<>();
        for (CodeSystem s : CodeSystem.values()) {
            catalog.releaseOn(s, date).ifPresent(in::add);
        }
        return in;
    }

    /** How many codes the search holds, over all its releases. */
    public int codeCount() {
        return codeCount;
    }

    /** How many entries (titles, short titles, inclusion terms, index entries) the search holds. */
    public int entryCount() {
        return entryText.length;
    }

    /**
     * The codes best matching {@code query}: a code ({@code E11.9}, {@code e119}) finds itself and then the codes
     * under it; words find codes by their titles, inclusion terms and index entries, billable codes before headers
     * at similar relevance, one hit per code.
     */
    public List<Hit> search(String query, Options options) {
        Objects.requireNonNull(options, "options");
        String q = Objects.requireNonNull(query, "query").strip();
        if (q.isEmpty() || excluded(options.system())) {
            return List.of();
        }
        if (CodeLookup.looksLikeCode(q)) {
            List<Hit> hits = codeLookup.codeHits(q, options.system(), options.limit(), true);
            if (!hits.isEmpty()) {
                return hits;
            }
        }
        List<Concept> concepts = queryWords.parse(q, false);
        if (concepts.isEmpty()) {
            return List.of();
        }
        int candidates = Math.max(SEARCH_CANDIDATES, options.limit() * 10);
        try {
            ScoreDoc[] top = searcher.search(searchQuery(concepts, options.system()), candidates).scoreDocs;
            int[] docs = new int[top.length];
            for (int i = 0; i < top.length; i++) {
                docs[i] = top[i].doc;
            }
            return ranking.rank(docs, concepts, options.limit(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Type-ahead: the codes starting with {@code prefix} when it is the start of a code ({@code E11.6}, shown in code
     * order), else the codes whose entries hold a word starting with each word typed ({@code diab neu}), ranked as
     * {@link #search} ranks. Falls back to {@link #search}, which forgives typos, when nothing starts so.
     */
    public List<Hit> suggest(String prefix, @Nullable CodeSystem system, int limit) {
        Options options = new Options(system, limit);
        String p = Objects.requireNonNull(prefix, "prefix").strip();
        if (p.isEmpty() || excluded(system)) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        boolean codeLike = CodeLookup.looksLikeCode(p);
        if (codeLike || p.indexOf(' ') < 0) {
            hits.addAll(codeLookup.codeHits(p, system, limit, codeLike));
            if (hits.size() >= limit || (codeLike && !hits.isEmpty())) {
                return hits;
            }
        }
        List<Concept> concepts = queryWords.parse(p, true);
        if (concepts.isEmpty()) {
            return hits;
        }
        List<Hit> words;
        try {
            int[] candidates = typeAhead.candidates(concepts, system, limit);
            words = candidates == null ? List.of() : ranking.rank(candidates, concepts, limit, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (words.isEmpty() && hits.isEmpty()) {
            return search(p, options);
        }
        for (Hit h : words) {
            if (hits.size() >= limit) {
                break;
            }
            if (hits.stream().noneMatch(x -> x.code().equals(h.code()))) {
                hits.add(h);
            }
        }
        return hits;
    }

    /** Whether the search holds one code system only and {@code system} is another. */
    private boolean excluded(@Nullable CodeSystem system) {
        return system != null && onlySystem != null && system != onlySystem;
    }

    // ------------------------------------------------------------------------------------------------ search query

    /** Candidates for a search: BM25 over each word's stem, its expansions and near spellings, the best of them. */
    private Query searchQuery(List<Concept> concepts, @Nullable CodeSystem system) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean allStop = allStop(concepts);
        for (Concept c : concepts) {
            if (c.stop && !allStop) {
                continue;
            }
            List<Query> alternatives = new ArrayList<>();
            if (c.stemText != null) {
                alternatives.add(new TermQuery(new Term(F_STEM, c.stemText)));
            }
            for (String[] phrase : c.phraseText) {
                BooleanQuery.Builder pb = new BooleanQuery.Builder();
                for (String w : phrase) {
                    pb.add(new TermQuery(new Term(F_STEM, w)), Occur.SHOULD);
                }
                alternatives.add(pb.build());
            }
            for (int i = 0; i < c.fuzzyStems.length; i++) {
                Query fuzzy = new TermQuery(new Term(F_STEM, stems[c.fuzzyStems[i]]));
                alternatives.add(new BoostQuery(fuzzy, (float) (0.5 * c.fuzzyQuality[i])));
            }
            b.add(
                    alternatives.size() == 1 ? alternatives.getFirst() : new DisjunctionMaxQuery(alternatives, 0f),
                    Occur.SHOULD);
        }
        filter(b, system);
        return b.build();
    }

    private void filter(BooleanQuery.Builder b, @Nullable CodeSystem system) {
        if (system != null && onlySystem == null) {
            b.add(new TermQuery(new Term(F_SYSTEM, system.name())), Occur.FILTER);
        }
    }
}
