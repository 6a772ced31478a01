package org.openrcm.codes.search;

import static org.openrcm.codes.search.IndexBuilder.F_STEM;
import static org.openrcm.codes.search.IndexBuilder.F_SYSTEM;
import static org.openrcm.codes.search.IndexBuilder.SHORT_TITLE;
import static org.openrcm.codes.search.QueryWords.allStop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
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
    private static final int SUGGEST_CANDIDATES = 150;
    private static final int PREFIX_TERMS = 64;

    private final Code[] codes;
    private final int[] codeRelease;
    private final int[] codeKey; // the same (system, value) in two releases shares a key
    private final String[] releaseIds;
    private final LocalDate[] releaseEffective;
    private final NavigableMap<String, int[]> codesByValue;

    private final byte[] entryKind;
    private final String[] entryText;
    private final int[][] entryStems;

    private final QueryWords queryWords;
    private final Ranking ranking;
    private final String[] stems;
    private final int[] stemEntries;
    private final int[] sortedStemIds;

    private final IndexSearcher searcher;
    private final @Nullable CodeSystem onlySystem;

    private CodeSearch(IndexBuilder.Built b) {
        codes = b.codes();
        codeRelease = b.codeRelease();
        codeKey = b.codeKey();
        releaseIds = b.releaseIds();
        releaseEffective = b.releaseEffective();
        codesByValue = b.codesByValue();
        entryKind = b.entryKind();
        entryText = b.entryText();
        entryStems = b.entryStems();
        queryWords = new QueryWords(b);
        ranking = new Ranking(b);
        stems = queryWords.stems;
        stemEntries = queryWords.stemEntries;
        sortedStemIds = queryWords.sortedStemIds;
        searcher = new IndexSearcher(b.reader());
        searcher.setQueryCache(null);
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
        return codes.length;
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
        if (looksLikeCode(q)) {
            List<Hit> hits = codeHits(q, options.system(), options.limit(), true);
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
        boolean codeLike = looksLikeCode(p);
        if (codeLike || p.indexOf(' ') < 0) {
            hits.addAll(codeHits(p, system, limit, codeLike));
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
            Query query = suggestQuery(concepts, system);
            words = query == null
                    ? List.of()
                    : ranking.rank(
                            firstDocs(query, Math.max(SUGGEST_CANDIDATES, limit * 5), e -> typedIn(e, concepts)),
                            concepts,
                            limit,
                            true);
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

    // ---------------------------------------------------------------------------------------------------- codes

    /** One token, with a digit, of letters, digits and dots: {@code E11.9}, {@code e119}, {@code 99213}, {@code J1100}. */
    private static boolean looksLikeCode(String s) {
        if (s.length() < 2 || s.length() > 9) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!(c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return digit;
    }

    /**
     * The code written, then (with {@code children}) the codes starting with it, in code order. A code written with a
     * dot is an ICD-10-CM code: {@code E11.9} is not the start of HCPCS {@code E1190}.
     */
    private List<Hit> codeHits(String input, @Nullable CodeSystem system, int limit, boolean children) {
        String typed = input.toUpperCase(Locale.ROOT);
        String v = typed.replace(".", "");
        if (v.isEmpty()) {
            return List.of();
        }
        if (typed.indexOf('.') >= 0) {
            if (system != null && system != CodeSystem.ICD10CM) {
                return List.of();
            }
            system = CodeSystem.ICD10CM;
        }
        Map<Integer, Integer> picked = new LinkedHashMap<>(); // code key → code
        int[] exact = codesByValue.get(v);
        if (exact != null) {
            pick(picked, exact, system);
        }
        int exactCount = picked.size();
        if (children) {
            for (int[] same : codesByValue
                    .subMap(v, false, v + Character.MAX_VALUE, false)
                    .values()) {
                if (picked.size() >= limit) {
                    break;
                }
                pick(picked, same, system);
            }
        }
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        for (int c : picked.values()) {
            if (hits.size() >= limit) {
                break;
            }
            Code code = codes[c];
            boolean isExact = i++ < exactCount;
            String reason = isExact ? "Code: " + code.display() : "Code under " + typed + ": " + code.display();
            hits.add(new Hit(code, releaseIds[codeRelease[c]], isExact ? 2.0 : 1.5, Matched.CODE, reason));
        }
        return hits;
    }

    /** Adds the codes of one value, the latest release's when several releases have it. */
    private void pick(Map<Integer, Integer> picked, int[] same, @Nullable CodeSystem system) {
        for (int c : same) {
            if (system == null || codes[c].system() == system) {
                Integer other = picked.get(codeKey[c]);
                if (other == null || releaseEffective[codeRelease[c]].isAfter(releaseEffective[codeRelease[other]])) {
                    picked.put(codeKey[c], c);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- words

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

    /**
     * Candidates for type-ahead: entries holding, for each word typed, a word starting with it or one of its
     * expansions; {@code null} when some word can match nothing. Lucene walks the entries of the word with the
     * fewest (its most frequent completions), best first; the other words are checked on the entry's stems held in
     * memory ({@link #typedIn}), so that a short last word ("fall from l") costs nothing.
     */
    private @Nullable Query suggestQuery(List<Concept> concepts, @Nullable CodeSystem system) {
        boolean allStop = allStop(concepts);
        Query driver = null;
        long cheapest = Long.MAX_VALUE;
        for (int i = 0; i < concepts.size(); i++) {
            Concept c = concepts.get(i);
            c.required = !c.stop || i == concepts.size() - 1 || allStop; // "with" between words: ranked only
            if (!c.required) {
                continue;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            long cost = 0;
            int alternatives = 0;
            if (c.stemText != null) {
                for (int s : completions(c)) {
                    any.add(new TermQuery(new Term(F_STEM, stems[s])), Occur.SHOULD);
                    c.completionScale = Math.max(c.completionScale, Math.log1p(stemEntries[s]));
                    cost += stemEntries[s];
                    alternatives++;
                }
            }
            for (int p = 0; p < c.phrases.size(); p++) {
                int[] phrase = c.phrases.get(p);
                if (Arrays.stream(phrase).anyMatch(s -> s < 0)) {
                    continue;
                }
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                for (int s : phrase) {
                    all.add(new TermQuery(new Term(F_STEM, stems[s])), Occur.FILTER);
                }
                any.add(all.build(), Occur.SHOULD);
                cost += Arrays.stream(phrase).map(s -> stemEntries[s]).min().orElse(0);
                alternatives++;
            }
            if (alternatives == 0) {
                return null;
            }
            if (cost < cheapest) {
                cheapest = cost;
                driver = any.build();
            }
        }
        if (driver == null) {
            return null;
        }
        if (system == null || onlySystem != null) {
            return driver;
        }
        return new BooleanQuery.Builder()
                .add(driver, Occur.FILTER)
                .add(new TermQuery(new Term(F_SYSTEM, system.name())), Occur.FILTER)
                .build();
    }

    /** Whether an entry holds every required word typed: a word starting with it, or all words of an expansion. */
    private boolean typedIn(int entry, List<Concept> concepts) {
        if (entryKind[entry] == SHORT_TITLE) {
            return false; // abbreviated words ("diab", "w") mislead type-ahead
        }
        int[] t = entryStems[entry];
        for (Concept c : concepts) {
            if (!c.required) {
                continue;
            }
            boolean found = false;
            if (c.stemText != null) {
                for (int i = 0; i < t.length && !found; i++) {
                    found = t[i] == c.stem || (c.completing != null && c.completing.get(t[i]));
                }
            }
            for (int p = 0; p < c.phrases.size() && !found; p++) {
                found = true;
                for (int w : c.phrases.get(p)) {
                    boolean in = false;
                    for (int i = 0; i < t.length && !in; i++) {
                        in = t[i] == w;
                    }
                    found &= in;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private void filter(BooleanQuery.Builder b, @Nullable CodeSystem system) {
        if (system != null && onlySystem == null) {
            b.add(new TermQuery(new Term(F_SYSTEM, system.name())), Occur.FILTER);
        }
    }

    /**
     * The most frequent of a concept's completions, at most {@link #PREFIX_TERMS} (fewer for one or two letters,
     * which have hundreds: their most frequent words already fill the candidates).
     */
    private int[] completions(Concept c) {
        int max = c.stemText.length() == 1
                ? PREFIX_TERMS / 8
                : c.stemText.length() == 2 ? PREFIX_TERMS / 4 : PREFIX_TERMS;
        int[] best = new int[max];
        int count = 0;
        for (int i = c.from; i < c.to; i++) {
            int s = sortedStemIds[i];
            if (count == max && stemEntries[s] <= stemEntries[best[count - 1]]) {
                continue;
            }
            int at = count == max ? count - 1 : count++;
            while (at > 0 && stemEntries[best[at - 1]] < stemEntries[s]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = s;
        }
        return Arrays.copyOf(best, count);
    }

    /**
     * The first {@code k} documents matching {@code query} that {@code accept} takes: entries are in static rank
     * order, best first.
     */
    private int[] firstDocs(Query query, int k, IntPredicate accept) throws IOException {
        return searcher.search(query, new CollectorManager<FirstDocs, int[]>() {
            @Override
            public FirstDocs newCollector() {
                return new FirstDocs(k, accept);
            }

            @Override
            public int[] reduce(Collection<FirstDocs> collectors) {
                int[] all = collectors.stream()
                        .flatMapToInt(c -> Arrays.stream(c.docs, 0, c.count))
                        .sorted()
                        .toArray();
                return all.length <= k ? all : Arrays.copyOf(all, k);
            }
        });
    }

    /** Collects the first accepted documents, in document order, and stops. */
    private static final class FirstDocs extends SimpleCollector {
        final int[] docs;
        final IntPredicate accept;
        int count;
        private int base;

        FirstDocs(int k, IntPredicate accept) {
            docs = new int[k];
            this.accept = accept;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            if (count >= docs.length) {
                throw new CollectionTerminatedException();
            }
            base = context.docBase;
        }

        @Override
        public void collect(int doc) {
            if (accept.test(base + doc)) {
                docs[count++] = base + doc;
                if (count >= docs.length) {
                    throw new CollectionTerminatedException();
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
