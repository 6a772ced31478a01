package org.openrcm.codes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How titles, index paths and queries are cut into words: the standard tokenizer, lower case, accents folded
 * ({@code Ménière} = {@code meniere}), possessives dropped ({@code Crohn's} = {@code crohn}) and plurals reduced by
 * the minimal English stemmer ({@code neuropathies} = {@code neuropathy}). Stop words are kept: "with" and "without"
 * decide between ICD-10-CM codes.
 */
final class Text {

    private Text() {}

    private static final Analyzer STEMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream s = new EnglishPossessiveFilter(new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
            return new TokenStreamComponents(tokenizer, new EnglishMinimalStemFilter(s));
        }
    };

    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(
                    tokenizer, new EnglishPossessiveFilter(new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer))));
        }
    };

    /**
     * Words that carry little meaning on their own: they count for little in a query and in the length of an entry.
     * {@code with} is here too (it still counts for the order of words).
     */
    static final Set<String> STOP = Set.of(
            "a", "an", "and", "as", "at", "by", "due", "for", "from", "in", "is", "of", "on", "or", "the", "to", "w",
            "with");

    /**
     * Stems of title words that do not make an entry less relevant when the query lacks them: "unspecified", "NOS"
     * and the like mark the default code of a condition, the one a coder wants when nothing more is said.
     */
    static final Set<String> FILLER = stemmed(
            "unspecified",
            "unsp",
            "nos",
            "not",
            "specified",
            "site",
            "organism",
            "mellitus",
            "elsewhere",
            "classified",
            "without");

    /**
     * Stems of the 7th-character wording of the usual encounter ("initial encounter"): they cost almost nothing, so
     * that {@code S72.92XA} (initial encounter) comes before its sequela {@code S72.92XS}.
     */
    static final Set<String> INITIAL_ENCOUNTER = stemmed("initial", "encounter");

    /**
     * Stems whose presence marks a default code: "unspecified", "NOS"; "without" too ({@code E11.9} Type 2 diabetes
     * mellitus without complications, {@code I25.10} … without angina pectoris), whose following words say what is
     * absent and so count little when the query lacks them.
     */
    static final Set<String> DEFAULT_MARKERS = stemmed("unspecified", "unsp", "nos", "without");

    /** Receives the stems of a text one by one, with where each starts in the text. */
    interface Sink {
        void stem(String stem, int start);
    }

    /** The stems of a text, in order, each with its start offset. */
    static void stems(String text, Sink sink) {
        try (TokenStream ts = STEMS.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sink.stem(term.toString(), offset.startOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> stemmed(String... words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(stem(w));
        }
        return Set.copyOf(out);
    }

    /** The stems of a text, in order. */
    static List<String> stems(String text) {
        return analyze(STEMS, text);
    }

    /** The words of a text as typed (lower case, folded), not stemmed: abbreviations are looked up as typed. */
    static List<String> words(String text) {
        return analyze(WORDS, text);
    }

    /** The stem of one word. */
    static String stem(String word) {
        List<String> s = stems(word);
        return s.isEmpty() ? word : s.getFirst();
    }

    private static List<String> analyze(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The edit distance between two words, an adjacent transposition counting as one edit, or {@code max + 1} once it
     * exceeds {@code max}.
     */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev2 = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], max + 1);
    }
}
