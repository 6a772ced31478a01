package org.openrcm.codes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.icd10cm.IndexEntry;
import org.openrcm.codes.icd10cm.Note;
import org.openrcm.codes.icd10cm.Tabular;

/**
 * Finds codes the way coders look for them: by words of a title, an inclusion term or an index path ({@code type 2
 * diabetes with neuropathy} → E11.40), by abbreviation ({@code HTN}, {@code CHF}, {@code DM2}), with typos
 * ({@code diabetis}), and as they type ({@code diab neu}, {@code E11.6}). Built in memory from a set of releases (the
 * ones in force on a date of service, see {@link #releasesOn}); immutable and safe to share between threads.
 *
 * <p>Every title, short title, inclusion term and index entry of every code is one entry of a Lucene index. A query
 * gathers candidate entries from Lucene (BM25 over stems, with abbreviation expansions and, for words the releases do
 * not know, their near spellings), then ranks them by how much of the query they cover (an exact word counts fully, an
 * abbreviation's expansion almost, a near spelling about half), how little else they say, whether they hold the
 * query's words in its order, and whether the code is billable; one hit per code, with the entry that matched best as
 * the reason.
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
        /** An entry of the alphabetic index, external cause index, neoplasm table or drug table. */
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
     * A code found: the code, the release it is from, a score (higher is better; about 0 to 1 for words, above 1 for
     * a code typed as such), what it matched and the reason as a coder reads it ({@code Index: Diabetes, diabetic,
     * type 2, with, neuropathy}).
     */
    public record Hit(Code code, String release, double score, Matched matched, String reason) {}

    static final int MAX_LIMIT = 1000;

    private static final String F_STEM = "stem";
    private static final String F_SYSTEM = "system";
    private static final String F_RANK = "rank";
    private static final String F_KIND = "kind";
    private static final String KIND_SHORT = "short";
    private static final String RANK_FEATURE = "q";

    /** Entry kinds; index entries are {@code INDEX_BASE + IndexEntry.Source.ordinal()}. */
    private static final byte TITLE = 0, SHORT_TITLE = 1, INCLUSION = 2, INDEX_BASE = 3;

    /** How much a word of an entry counts in its length: normally, little (filler), very little (nonessential). */
    private static final byte NORMAL = 0, LIGHT = 1, NONESSENTIAL = 2;

    private static final double[] WEIGHT = {1.0, 0.3, 0.1};

    private static final int SEARCH_CANDIDATES = 300;
    private static final int SUGGEST_CANDIDATES = 100;

    // codes, by their index in these arrays
    private final Code[] codes;
    private final int[] codeRelease;
    private final int[] codeKey; // the same (system, value) in two releases shares a key
    private final String[] releaseIds;
    private final NavigableMap<String, int[]> codesByValue;

    // entries (Lucene doc id = entry number)
    private final int[] entryCode;
    private final byte[] entryKind;
    private final String[] entryText;
    private final int[][] entryStems;
    private final long[] entryDefault; // bit set: the entry names a default (unspecified) code
    private final byte[][] entryWeights; // per entry and stem: NORMAL, LIGHT or NONESSENTIAL

    // stems of every entry
    private final String[] stems;
    private final Map<String, Integer> stemIds;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private CodeSearch(Builder b) throws IOException {
        codes = b.codes.toArray(Code[]::new);
        codeRelease = java.util.Arrays.copyOf(b.codeRelease, codes.length);
        codeKey = java.util.Arrays.copyOf(b.codeKey, codes.length);
        releaseIds = b.releaseIds.toArray(String[]::new);
        NavigableMap<String, int[]> byValue = new TreeMap<>();
        b.codesByValue.forEach((v, list) ->
                byValue.put(v, list.stream().mapToInt(Integer::intValue).toArray()));
        codesByValue = java.util.Collections.unmodifiableNavigableMap(byValue);
        int n = b.entries;
        entryCode = java.util.Arrays.copyOf(b.entryCode, n);
        entryKind = java.util.Arrays.copyOf(b.entryKind, n);
        entryText = b.entryText.toArray(String[]::new);
        entryStems = b.entryStems.toArray(int[][]::new);
        entryDefault = java.util.Arrays.copyOf(b.entryDefault, (n + 63) / 64);
        entryWeights = b.entryWeights.toArray(byte[][]::new);
        stems = b.stemList.toArray(String[]::new);
        stemIds = b.stemIds;
        b.writer.commit();
        b.writer.close();
        reader = DirectoryReader.open(b.directory);
        if (reader.maxDoc() != n) {
            throw new IllegalStateException("the index holds " + reader.maxDoc() + " entries, not " + n);
        }
        searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
    }

    /** Indexes every code, inclusion term and index entry of {@code releases}. */
    public static CodeSearch of(Collection<Release> releases) {
        try {
            Builder b = new Builder();
            for (Release r : releases) {
                b.add(r);
            }
            return new CodeSearch(b);
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory search index could not be built", e);
        }
    }

    /** The releases in force on {@code date}, one per code system loaded: what a search for that date covers. */
    public static List<Release> releasesOn(org.openrcm.codes.Catalog catalog, java.time.LocalDate date) {
        List<Release> in = new ArrayList<>();
        for (CodeSystem s : CodeSystem.values()) {
            catalog.releaseOn(s, date).ifPresent(in::add);
        }
        return in;
    }

    /** How many codes and entries (titles, inclusion terms, index entries) the search holds. */
    public int codeCount() {
        return codes.length;
    }

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
        if (q.isEmpty()) {
            return List.of();
        }
        if (looksLikeCode(q)) {
            List<Hit> hits = codeHits(q, options.system(), options.limit(), true);
            if (!hits.isEmpty()) {
                return hits;
            }
        }
        List<Concept> concepts = parse(q, false);
        if (concepts.isEmpty()) {
            return List.of();
        }
        return rank(
                searchQuery(concepts, options.system()),
                concepts,
                Math.max(SEARCH_CANDIDATES, options.limit() * 10),
                options.limit());
    }

    /**
     * Type-ahead: the codes starting with {@code prefix} when it is the start of a code ({@code E11.6}), else the codes
     * whose entries hold words starting with each word typed ({@code diab neu}). Falls back to {@link #search} (which
     * forgives typos) when nothing starts so.
     */
    public List<Hit> suggest(String prefix, @Nullable CodeSystem system, int limit) {
        Options options = new Options(system, limit);
        String p = Objects.requireNonNull(prefix, "prefix").strip();
        if (p.isEmpty()) {
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
        List<Concept> concepts = parse(p, true);
        if (concepts.isEmpty()) {
            return hits;
        }
        List<Hit> words =
                rank(suggestQuery(concepts, system), concepts, Math.max(SUGGEST_CANDIDATES, limit * 5), limit);
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

    private List<Hit> codeHits(String input, @Nullable CodeSystem system, int limit, boolean children) {
        String v = input.replace(".", "").toUpperCase(Locale.ROOT);
        if (v.isEmpty()) {
            return List.of();
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
            hits.add(new Hit(
                    code,
                    releaseIds[codeRelease[c]],
                    isExact ? 2.0 : 1.5,
                    Matched.CODE,
                    (isExact ? "Code: " : "Code under " + code.system().display(v) + ": ") + code.display()));
        }
        return hits;
    }

    /** Adds the codes of one value, the latest release's when several releases have it. */
    private void pick(Map<Integer, Integer> picked, int[] same, @Nullable CodeSystem system) {
        for (int c : same) {
            if (system == null || codes[c].system() == system) {
                picked.put(codeKey[c], c);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- words

    /**
     * One word of a query, as the ranking sees it: its stem, whether only a prefix of it was typed, how much it counts,
     * the words it may stand for (an abbreviation's expansions, each a list of stems all of which should appear), and
     * the known stems near its spelling when it is not a known word itself.
     */
    private final class Concept {
        final @Nullable String stemText;
        final int stem;
        final boolean prefix;
        final boolean stop;
        final double weight;
        final List<String[]> phraseText = new ArrayList<>();
        final List<int[]> phrases = new ArrayList<>();
        int[] fuzzyStems = new int[0];
        double[] fuzzyQuality = new double[0];

        Concept(@Nullable String word, List<String> expansions, boolean prefix) throws IOException {
            this.stemText = word == null ? null : Text.stem(word);
            this.stem = stemText == null ? -1 : stemIds.getOrDefault(stemText, -1);
            this.prefix = prefix;
            this.stop = word != null && Text.STOP.contains(word) && expansions.isEmpty();
            this.weight = stop ? 0.25 : 1.0;
            for (String e : expansions) {
                List<String> s = Text.stems(e);
                phraseText.add(s.toArray(String[]::new));
                phrases.add(
                        s.stream().mapToInt(x -> stemIds.getOrDefault(x, -1)).toArray());
            }
            if (!prefix && !stop && stemText != null && stemText.length() >= 4 && expansions.isEmpty()) {
                fuzzy();
            }
        }

        /** Near spellings, for a word the index does not know or barely knows: one edit, two for long words. */
        private void fuzzy() throws IOException {
            if (reader.docFreq(new Term(F_STEM, stemText)) >= 3) {
                return;
            }
            int maxEdits = stemText.length() >= 8 ? 2 : 1;
            Terms terms = MultiTerms.getTerms(reader, F_STEM);
            if (terms == null) {
                return;
            }
            FuzzyTermsEnum e = new FuzzyTermsEnum(terms, new Term(F_STEM, stemText), maxEdits, 1, true);
            List<int[]> found = new ArrayList<>();
            BytesRef t;
            while ((t = e.next()) != null && found.size() < 64) {
                String s = t.utf8ToString();
                Integer id = stemIds.get(s);
                if (id != null && id != stem) {
                    found.add(new int[] {id, Text.distance(stemText, s, maxEdits)});
                }
            }
            fuzzyStems = new int[found.size()];
            fuzzyQuality = new double[found.size()];
            for (int i = 0; i < found.size(); i++) {
                fuzzyStems[i] = found.get(i)[0];
                fuzzyQuality[i] = found.get(i)[1] <= 1 ? 0.6 : 0.45;
            }
        }

        /** How well one stem of an entry stands for this word: 1 exact, less for a prefix or a near spelling. */
        double quality(int s) {
            if (s == stem) {
                return 1.0;
            }
            for (int i = 0; i < fuzzyStems.length; i++) {
                if (fuzzyStems[i] == s) {
                    return fuzzyQuality[i];
                }
            }
            if (prefix && stemText != null && stems[s].startsWith(stemText)) {
                return 0.9 + 0.1 * stemText.length() / stems[s].length();
            }
            return 0;
        }
    }

    /** The query's words, abbreviations expanded; {@code prefix} when the user is still typing. */
    private List<Concept> parse(String q, boolean prefix) {
        List<Concept> concepts = new ArrayList<>();
        try {
            for (String chunk : q.split("\\s+")) {
                String key = trimPunctuation(chunk.toLowerCase(Locale.ROOT));
                List<String> expansions = Abbreviations.expansions(key);
                if (!expansions.isEmpty() && !key.chars().allMatch(Character::isLetterOrDigit)) {
                    concepts.add(new Concept(null, expansions, false)); // w/o, s/p, a-fib
                    continue;
                }
                for (String w : Text.words(chunk)) {
                    concepts.add(new Concept(w, Abbreviations.expansions(w), prefix));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return concepts;
    }

    private static String trimPunctuation(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && ",;:()[]\"'".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && ",;:()[]\"'.".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean allStop(List<Concept> concepts) {
        return concepts.stream().allMatch(c -> c.stop);
    }

    /** Candidates for a search: BM25 over each word's stem, its expansions and near spellings, best of them. */
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
                alternatives.add(new BoostQuery(
                        new TermQuery(new Term(F_STEM, stems[c.fuzzyStems[i]])), (float) (0.5 * c.fuzzyQuality[i])));
            }
            b.add(
                    alternatives.size() == 1 ? alternatives.getFirst() : new DisjunctionMaxQuery(alternatives, 0f),
                    Occur.SHOULD);
        }
        b.add(FeatureField.newLinearQuery(F_RANK, RANK_FEATURE, 0.5f), Occur.SHOULD);
        if (system != null) {
            b.add(new TermQuery(new Term(F_SYSTEM, system.name())), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * Candidates for type-ahead: entries with a word starting with each word typed (or an expansion of it), shortest
     * and billable first.
     */
    private Query suggestQuery(List<Concept> concepts, @Nullable CodeSystem system) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean allStop = allStop(concepts);
        for (int i = 0; i < concepts.size(); i++) {
            Concept c = concepts.get(i);
            boolean last = i == concepts.size() - 1;
            if (c.stop && !last && !allStop) {
                b.add(new TermQuery(new Term(F_STEM, c.stemText)), Occur.SHOULD);
                continue;
            }
            List<Query> alternatives = new ArrayList<>();
            if (c.stemText != null) {
                alternatives.add(new PrefixQuery(new Term(F_STEM, c.stemText)));
            }
            for (String[] phrase : c.phraseText) {
                BooleanQuery.Builder pb = new BooleanQuery.Builder();
                for (String w : phrase) {
                    pb.add(new TermQuery(new Term(F_STEM, w)), Occur.FILTER);
                }
                alternatives.add(pb.build());
            }
            if (alternatives.size() == 1) {
                b.add(alternatives.getFirst(), Occur.FILTER);
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                alternatives.forEach(a -> any.add(a, Occur.SHOULD));
                b.add(any.build(), Occur.FILTER);
            }
            if (c.stem >= 0) {
                b.add(new TermQuery(new Term(F_STEM, c.stemText)), Occur.SHOULD);
            }
        }
        b.add(FeatureField.newLinearQuery(F_RANK, RANK_FEATURE, 2f), Occur.SHOULD);
        b.add(new TermQuery(new Term(F_KIND, KIND_SHORT)), Occur.MUST_NOT); // abbreviated words mislead type-ahead
        if (system != null) {
            b.add(new TermQuery(new Term(F_SYSTEM, system.name())), Occur.FILTER);
        }
        return b.build();
    }

    /** The best entry of a code so far. */
    private record Best(int entry, double score) {}

    private List<Hit> rank(Query query, List<Concept> concepts, int candidates, int limit) {
        ScoreDoc[] top;
        try {
            top = searcher.search(query, candidates).scoreDocs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double weights = 0;
        for (Concept c : concepts) {
            weights += c.weight;
        }
        boolean allStop = allStop(concepts);
        Map<Integer, Best> best = new HashMap<>();
        for (ScoreDoc sd : top) {
            double s = score(sd.doc, concepts, weights, allStop);
            if (s <= 0) {
                continue;
            }
            int key = codeKey[entryCode[sd.doc]];
            Best b = best.get(key);
            if (b == null || s > b.score || (s == b.score && preferred(sd.doc, b.entry))) {
                best.put(key, new Best(sd.doc, s));
            }
        }
        List<Best> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble((Best b) -> -b.score)
                .thenComparing(b -> !codes[entryCode[b.entry]].billable())
                .thenComparingInt(b -> codes[entryCode[b.entry]].value().length())
                .thenComparing(b -> codes[entryCode[b.entry]].value()));
        List<Hit> hits = new ArrayList<>(Math.min(limit, ranked.size()));
        for (Best b : ranked.subList(0, Math.min(limit, ranked.size()))) {
            int c = entryCode[b.entry];
            hits.add(new Hit(codes[c], releaseIds[codeRelease[c]], b.score, matched(b.entry), reason(b.entry)));
        }
        return hits;
    }

    /** Of two entries of a code scoring the same, the title before the index, the later release first. */
    private boolean preferred(int entry, int other) {
        if (entryKind[entry] != entryKind[other]) {
            return entryKind[entry] < entryKind[other];
        }
        return codeRelease[entryCode[entry]] > codeRelease[entryCode[other]];
    }

    /**
     * How well an entry answers the query, about 0 to 1, or 0 when it matches no word of substance: the share of the
     * query's words it holds (weighted; stop words count little), the share of its own words the query accounts for
     * (filler such as "unspecified" counts little), whether the words come in the query's order, whether the code is
     * billable, and whether the entry names the default (unspecified) code.
     */
    private double score(int entry, List<Concept> concepts, double weights, boolean allStop) {
        int[] t = entryStems[entry];
        boolean[] matched = new boolean[t.length];
        double covered = 0;
        boolean substance = false;
        int previous = -1;
        int pairs = 0;
        int inOrder = 0;
        for (Concept c : concepts) {
            double best = 0;
            int at = -1;
            for (int i = 0; i < t.length; i++) {
                double q = c.quality(t[i]);
                if (q > 0) {
                    matched[i] = true;
                    if (q > best) {
                        best = q;
                        at = i;
                    }
                }
            }
            for (int[] phrase : c.phrases) {
                int found = 0;
                int first = -1;
                for (int w : phrase) {
                    for (int i = 0; i < t.length; i++) {
                        if (t[i] == w) {
                            matched[i] = true;
                            found++;
                            first = first < 0 ? i : Math.min(first, i);
                            break;
                        }
                    }
                }
                double q = 0.95 * found / phrase.length;
                if (q > best) {
                    best = q;
                    at = first;
                }
            }
            if (best > 0) {
                covered += c.weight * best;
                substance |= !c.stop || allStop;
                if (previous >= 0) {
                    pairs++;
                    if (at > previous) {
                        inOrder++;
                    }
                }
                previous = at;
            }
        }
        if (!substance) {
            return 0;
        }
        double own = 0;
        double accounted = 0;
        byte[] kinds = entryWeights[entry];
        for (int i = 0; i < t.length; i++) {
            double w = WEIGHT[kinds[i]];
            own += w;
            if (matched[i]) {
                accounted += w;
            }
        }
        Code code = codes[entryCode[entry]];
        double s = 0.70 * covered / weights
                + 0.15 * accounted / own
                + 0.05 * (pairs == 0 ? 1.0 : (double) inOrder / pairs)
                + (code.billable() ? 0.06 : 0)
                + ((entryDefault[entry >> 6] & (1L << entry)) != 0 ? 0.03 : 0);
        return s
                * switch (entryKind[entry]) {
                    case SHORT_TITLE -> 0.92;
                    case INCLUSION -> 0.99;
                    default -> 1.0;
                };
    }

    private Matched matched(int entry) {
        return switch (entryKind[entry]) {
            case TITLE -> Matched.TITLE;
            case SHORT_TITLE -> Matched.SHORT_TITLE;
            case INCLUSION -> Matched.INCLUSION_TERM;
            default -> Matched.INDEX;
        };
    }

    private String reason(int entry) {
        byte kind = entryKind[entry];
        String label = kind >= INDEX_BASE
                ? IndexEntry.Source.values()[kind - INDEX_BASE].label()
                : matched(entry).label();
        return label + ": " + entryText[entry];
    }

    // ---------------------------------------------------------------------------------------------------- building

    /** Gathers the entries of the releases and writes them to the in-memory Lucene index, one document each. */
    private static final class Builder {
        final List<Code> codes = new ArrayList<>();
        int[] codeRelease = new int[1024];
        int[] codeKey = new int[1024];
        final List<String> releaseIds = new ArrayList<>();
        final Map<String, Integer> keys = new HashMap<>();
        final Map<String, List<Integer>> codesByValue = new HashMap<>();

        int entries;
        int[] entryCode = new int[1024];
        byte[] entryKind = new byte[1024];
        long[] entryDefault = new long[16];
        final List<byte[]> entryWeights = new ArrayList<>();
        final List<Integer> ids = new ArrayList<>();
        final List<Byte> weights = new ArrayList<>();
        final List<String> entryText = new ArrayList<>();
        final List<int[]> entryStems = new ArrayList<>();

        final Map<String, Integer> stemIds = new HashMap<>();
        final List<String> stemList = new ArrayList<>();

        final ByteBuffersDirectory directory = new ByteBuffersDirectory();
        final IndexWriter writer;
        final StemStream stream = new StemStream();
        final Document doc = new Document();
        final Document shortDoc = new Document();
        final Field stemField;
        final StringField systemField = new StringField(F_SYSTEM, "", Field.Store.NO);
        final FeatureField rankField = new FeatureField(F_RANK, RANK_FEATURE, 1f);

        Builder() throws IOException {
            IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer())
                    .setRAMBufferSizeMB(1024)
                    .setMergePolicy(NoMergePolicy.INSTANCE)
                    .setUseCompoundFile(false)
                    .setCommitOnClose(true);
            writer = new IndexWriter(directory, config);
            FieldType type = new FieldType();
            type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
            type.setTokenized(true);
            type.freeze();
            stemField = new Field(F_STEM, stream, type);
            doc.add(stemField);
            doc.add(systemField);
            doc.add(rankField);
            shortDoc.add(stemField);
            shortDoc.add(systemField);
            shortDoc.add(rankField);
            shortDoc.add(new StringField(F_KIND, KIND_SHORT, Field.Store.NO));
        }

        void add(Release release) throws IOException {
            int r = releaseIds.size();
            releaseIds.add(release.id());
            Map<String, Integer> local = new HashMap<>();
            for (Code c : release.codes()) {
                int idx = codes.size();
                codes.add(c);
                if (idx == codeRelease.length) {
                    codeRelease = java.util.Arrays.copyOf(codeRelease, idx * 2);
                    codeKey = java.util.Arrays.copyOf(codeKey, idx * 2);
                }
                codeRelease[idx] = r;
                codeKey[idx] = keys.computeIfAbsent(c.system().ordinal() + ":" + c.value(), k -> keys.size());
                codesByValue.computeIfAbsent(c.value(), k -> new ArrayList<>(1)).add(idx);
                local.put(c.value(), idx);
                String title = c.longTitle().isBlank() ? c.shortTitle() : c.longTitle();
                entry(idx, TITLE, title, title);
                if (!c.shortTitle().isBlank() && !c.shortTitle().equalsIgnoreCase(title)) {
                    entry(idx, SHORT_TITLE, c.shortTitle(), c.shortTitle());
                }
            }
            Tabular tabular = release.tabular().orElse(null);
            if (tabular != null) {
                for (Tabular.Entry e : tabular.entries().values()) {
                    Integer idx = local.get(e.code());
                    if (idx == null) {
                        continue;
                    }
                    for (Note n : e.notes()) {
                        if (n.kind() == Note.Kind.INCLUSION_TERM) {
                            entry(idx, INCLUSION, n.text(), n.text());
                        }
                    }
                }
            }
            addIndex(release, local);
        }

        /**
         * Index entries with a code become entries of that code (or of its nearest parent the release has, for a
         * code the index leaves incomplete: {@code E11.1-}); a cross-reference ({@code Mellitus, diabetes — see
         * Diabetes}) becomes an entry of the code its target leads to, when the target is a coded path.
         */
        private void addIndex(Release release, Map<String, Integer> local) throws IOException {
            if (release.index().isEmpty()) {
                return;
            }
            Map<String, Integer> byPath = new HashMap<>();
            for (IndexEntry e : release.index()) {
                if (e.code() == null) {
                    continue;
                }
                Integer idx = resolve(release.system(), e.code(), local);
                if (idx == null) {
                    continue;
                }
                String path = e.pathText();
                int comma = e.path().getFirst().indexOf(',');
                entry(
                        idx,
                        (byte) (INDEX_BASE + e.source().ordinal()),
                        path,
                        path,
                        comma < 0 ? 0 : comma,
                        comma < 0 ? 0 : e.path().getFirst().length());
                byPath.putIfAbsent(path.toLowerCase(Locale.ROOT), idx);
                if (e.path().size() == 1) {
                    byPath.putIfAbsent(mainWord(e.path().getFirst()), idx);
                }
            }
            for (IndexEntry e : release.index()) {
                if (e.code() != null || e.see() == null) {
                    continue;
                }
                String see = e.see().strip().toLowerCase(Locale.ROOT);
                Integer idx = byPath.get(see);
                if (idx == null) {
                    idx = byPath.get(mainWord(see));
                }
                if (idx != null) {
                    String path = e.pathText();
                    int comma = e.path().getFirst().indexOf(',');
                    entry(
                            idx,
                            (byte) (INDEX_BASE + e.source().ordinal()),
                            path + " (see " + e.see() + ")",
                            path,
                            comma < 0 ? 0 : comma,
                            comma < 0 ? 0 : e.path().getFirst().length());
                }
            }
        }

        /** The first word group of a main term, lower case: {@code Diabetes, diabetic} → {@code diabetes}. */
        private static String mainWord(String term) {
            int comma = term.indexOf(',');
            return "main:"
                    + (comma < 0 ? term : term.substring(0, comma)).strip().toLowerCase(Locale.ROOT);
        }

        private static @Nullable Integer resolve(CodeSystem system, String code, Map<String, Integer> local) {
            String c = code.strip();
            while (c.endsWith("-") || c.endsWith(".")) {
                c = c.substring(0, c.length() - 1);
            }
            String v = system.normalize(c);
            if (v == null) {
                return null;
            }
            for (; v.length() >= 3; v = v.substring(0, v.length() - 1)) {
                Integer idx = local.get(v);
                if (idx != null) {
                    return idx;
                }
            }
            return null;
        }

        private void entry(int code, byte kind, String display, String text) throws IOException {
            entry(code, kind, display, text, 0, 0);
        }

        /**
         * Adds one entry: {@code text} is what is searched, {@code display} what the reason shows; the words between
         * {@code lightFrom} and {@code lightTo} (the other forms of an index main term) count little, as do words in
         * parentheses or brackets (nonessential modifiers), filler words, and what follows "without".
         */
        private void entry(int code, byte kind, String display, String text, int lightFrom, int lightTo)
                throws IOException {
            ids.clear();
            weights.clear();
            boolean[] isDefault = {false};
            boolean[] without = {false};
            int[] depth = {0};
            int[] scanned = {0};
            Text.stems(text, (stem, start) -> {
                for (; scanned[0] < start; scanned[0]++) {
                    char ch = text.charAt(scanned[0]);
                    if (ch == '(' || ch == '[') {
                        depth[0]++;
                    } else if ((ch == ')' || ch == ']') && depth[0] > 0) {
                        depth[0]--;
                    }
                }
                Integer id = stemIds.get(stem);
                if (id == null) {
                    id = stemList.size();
                    stemIds.put(stem, id);
                    stemList.add(stem);
                }
                ids.add(id);
                byte w = NORMAL;
                if (depth[0] > 0 || (start >= lightFrom && start < lightTo)) {
                    w = NONESSENTIAL;
                } else if (without[0] || Text.FILLER.contains(stem) || Text.STOP.contains(stem)) {
                    w = LIGHT;
                }
                weights.add(w);
                isDefault[0] |= Text.DEFAULT_MARKERS.contains(stem);
                if (stem.equals("with")) {
                    without[0] = false;
                } else if (stem.equals("without")) {
                    without[0] = true;
                }
            });
            if (ids.isEmpty()) {
                return;
            }
            int[] stemsOf = ids.stream().mapToInt(Integer::intValue).toArray();
            byte[] weightsOf = new byte[stemsOf.length];
            for (int i = 0; i < weightsOf.length; i++) {
                weightsOf[i] = weights.get(i);
            }
            int n = entries++;
            if (n == entryCode.length) {
                entryCode = java.util.Arrays.copyOf(entryCode, n * 2);
                entryKind = java.util.Arrays.copyOf(entryKind, n * 2);
            }
            if ((n >> 6) >= entryDefault.length) {
                entryDefault = java.util.Arrays.copyOf(entryDefault, entryDefault.length * 2);
            }
            entryCode[n] = code;
            entryKind[n] = kind;
            if (isDefault[0]) {
                entryDefault[n >> 6] |= 1L << n;
            }
            entryText.add(display);
            entryStems.add(stemsOf);
            entryWeights.add(weightsOf);

            Code c = codes.get(code);
            stream.set(stemsOf, stemList);
            systemField.setStringValue(c.system().name());
            rankField.setFeatureValue((c.billable() ? 1f : 0.5f) * 4f / (4f + stemsOf.length));
            writer.addDocument(kind == SHORT_TITLE ? shortDoc : doc);
        }
    }

    /** The stems of one entry, already analyzed, handed to Lucene as its token stream. */
    private static final class StemStream extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private int[] ids = new int[0];
        private List<String> stems = List.of();
        private int next;

        void set(int[] ids, List<String> stems) {
            this.ids = ids;
            this.stems = stems;
        }

        @Override
        public boolean incrementToken() {
            if (next >= ids.length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(stems.get(ids[next++]));
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
