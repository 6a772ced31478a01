package org.openrcm.codes.search;

import static org.openrcm.codes.search.IndexBuilder.F_STEM;
import static org.openrcm.codes.search.IndexBuilder.F_SYSTEM;
import static org.openrcm.codes.search.IndexBuilder.SHORT_TITLE;
import static org.openrcm.codes.search.QueryWords.allStop;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.search.QueryWords.Concept;

/**
 * The candidates of type-ahead: the first entries, in the index's static order (billable and short first), holding a
 * word starting with each word typed. Lucene walks the entries of the rarest word typed; the other words are checked
 * on the entry's stems held in memory. {@link Ranking} then ranks the candidates as it ranks a search's.
 */
final class TypeAhead {

    private static final int SUGGEST_CANDIDATES = 150;
    private static final int PREFIX_TERMS = 64;

    private final byte[] entryKind;
    private final int[][] entryStems;
    private final String[] stems;
    private final int[] stemEntries;
    private final int[] sortedStemIds;
    private final IndexSearcher searcher;
    private final @Nullable CodeSystem onlySystem;

    TypeAhead(IndexBuilder.Built b, QueryWords words, IndexSearcher searcher) {
        entryKind = b.entryKind();
        entryStems = b.entryStems();
        stems = words.stems;
        stemEntries = words.stemEntries;
        sortedStemIds = words.sortedStemIds;
        this.searcher = searcher;
        onlySystem = b.onlySystem();
    }

    /**
     * The entries to rank for the words typed, best first in static order, enough for {@code limit} hits; {@code
     * null} when some word can match nothing.
     */
    int @Nullable [] candidates(List<Concept> concepts, @Nullable CodeSystem system, int limit) throws IOException {
        Query query = suggestQuery(concepts, system);
        return query == null
                ? null
                : firstDocs(query, Math.max(SUGGEST_CANDIDATES, limit * 5), e -> typedIn(e, concepts));
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
