package org.openrcm.codes.search;

import static org.openrcm.codes.search.IndexBuilder.F_STEM;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Reads a query into the words the ranking works with ({@link Concept}): each word stemmed, abbreviations expanded,
 * near spellings of words the releases do not know found in the index, and, while the user is still typing, the known
 * stems each word may be the start of.
 */
final class QueryWords {

    final String[] stems;
    final int[] stemEntries;
    private final Map<String, Integer> stemIds;
    private final String[] sortedStems;
    final int[] sortedStemIds;
    private final IndexReader reader;

    QueryWords(IndexBuilder.Built b) {
        stems = b.stems();
        stemEntries = b.stemEntries();
        stemIds = b.stemIds();
        Integer[] byText = new Integer[stems.length];
        for (int i = 0; i < byText.length; i++) {
            byText[i] = i;
        }
        Arrays.sort(byText, Comparator.comparing(i -> stems[i]));
        sortedStemIds = Arrays.stream(byText).mapToInt(Integer::intValue).toArray();
        sortedStems = Arrays.stream(sortedStemIds).mapToObj(i -> stems[i]).toArray(String[]::new);
        reader = b.reader();
    }

    /**
     * One word of a query as the ranking sees it: its stem, whether only its start was typed, how much it counts,
     * the words it may stand for (an abbreviation's expansions, each a list of stems that should all appear), and
     * the known stems near its spelling when it is not a known word itself.
     */
    final class Concept {
        final @Nullable String stemText;
        final int stem;
        final boolean prefix;
        final boolean stop;
        final double weight;
        final List<String[]> phraseText = new ArrayList<>();
        final List<int[]> phrases = new ArrayList<>();
        int[] fuzzyStems = new int[0];
        double[] fuzzyQuality = new double[0];
        /** For a prefix: the log of the entry count of its most frequent completion. */
        double completionScale = 1;
        /** Type-ahead: whether an entry must hold this word (a stop word between others need not). */
        boolean required;
        /** Type-ahead: the stems starting with this word, and where they lie in the sorted stems. */
        @Nullable
        BitSet completing;

        int from;
        int to;

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
            if (prefix && stemText != null) {
                int[] range = completionRange(stemText);
                from = range[0];
                to = range[1];
                completing = new BitSet(stems.length);
                for (int i = from; i < to; i++) {
                    completing.set(sortedStemIds[i]);
                }
            }
        }

        /**
         * Near spellings, for a word the releases do not know or barely know (so that a correctly spelled rare word
         * does not bring its neighbours: "hypotension" is not "hypertension"): one edit, two for long words.
         */
        private void fuzzy() throws IOException {
            if (stem >= 0 && stemEntries[stem] >= 3) {
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

        /** How well one stem of an entry stands for this word: 1 exact, a little less a completion, about half a typo. */
        double quality(int s) {
            if (s == stem) {
                return 1.0;
            }
            for (int i = 0; i < fuzzyStems.length; i++) {
                if (fuzzyStems[i] == s) {
                    return fuzzyQuality[i];
                }
            }
            if (completing != null && completing.get(s)) {
                // the more frequent completion first: "pneu" is more likely pneumonia than pneumaturia
                return 0.9 + 0.1 * Math.min(1.0, Math.log1p(stemEntries[s]) / completionScale);
            }
            return 0;
        }
    }

    /** The query's words, abbreviations expanded; {@code prefix} when the user is still typing them. */
    List<Concept> parse(String q, boolean prefix) {
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

    static boolean allStop(List<Concept> concepts) {
        return concepts.stream().allMatch(c -> c.stop);
    }

    /** Where the stems starting with {@code prefix} lie in {@link #sortedStems}: {@code [from, to)}. */
    private int[] completionRange(String prefix) {
        int from = Arrays.binarySearch(sortedStems, prefix);
        if (from < 0) {
            from = -from - 1;
        }
        int to = from;
        while (to < sortedStems.length && sortedStems[to].startsWith(prefix)) {
            to++;
        }
        return new int[] {from, to};
    }
}
