package org.openrcm.codes.search;

import static org.openrcm.codes.search.IndexBuilder.INCLUSION;
import static org.openrcm.codes.search.IndexBuilder.INDEX_BASE;
import static org.openrcm.codes.search.IndexBuilder.NONESSENTIAL;
import static org.openrcm.codes.search.IndexBuilder.SHORT_TITLE;
import static org.openrcm.codes.search.IndexBuilder.TITLE;
import static org.openrcm.codes.search.IndexBuilder.WEIGHT;
import static org.openrcm.codes.search.QueryWords.allStop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openrcm.codes.Code;
import org.openrcm.codes.icd10cm.IndexEntry;
import org.openrcm.codes.search.CodeSearch.Hit;
import org.openrcm.codes.search.CodeSearch.Matched;
import org.openrcm.codes.search.QueryWords.Concept;

/**
 * Ranks candidate entries against the words of a query and keeps one hit per code: the entry of the code that scores
 * best (of the latest release holding the code), hits ordered by score, then billable before headers, then shorter
 * and lower codes first. How an entry scores is told at {@link #score}.
 */
final class Ranking {

    private final Code[] codes;
    private final int[] codeRelease;
    private final int[] codeKey; // the same (system, value) in two releases shares a key
    private final String[] releaseIds;
    private final LocalDate[] releaseEffective;

    private final int[] entryCode;
    private final byte[] entryKind;
    private final String[] entryText;
    private final int[][] entryStems;
    private final byte[][] entryWeights;
    private final byte[] entryMainTerm;
    private final long[] entryDefault;

    Ranking(IndexBuilder.Built b) {
        codes = b.codes();
        codeRelease = b.codeRelease();
        codeKey = b.codeKey();
        releaseIds = b.releaseIds();
        releaseEffective = b.releaseEffective();
        entryCode = b.entryCode();
        entryKind = b.entryKind();
        entryText = b.entryText();
        entryStems = b.entryStems();
        entryWeights = b.entryWeights();
        entryMainTerm = b.entryMainTerm();
        entryDefault = b.entryDefault();
    }

    /** The best entry of a code so far. */
    private record Best(int entry, double score) {}

    List<Hit> rank(int[] candidates, List<Concept> concepts, int limit, boolean typeAhead) {
        double weights = 0;
        for (Concept c : concepts) {
            weights += c.weight;
        }
        boolean allStop = allStop(concepts);
        Map<Integer, Best> best = new HashMap<>();
        for (int doc : candidates) {
            if (typeAhead && entryKind[doc] == SHORT_TITLE) {
                continue; // abbreviated words ("diab", "w") mislead type-ahead
            }
            double s = score(doc, concepts, weights, allStop);
            if (s <= 0) {
                continue;
            }
            int key = codeKey[entryCode[doc]];
            Best b = best.get(key);
            int later = b == null
                    ? 1
                    : releaseEffective[codeRelease[entryCode[doc]]].compareTo(
                            releaseEffective[codeRelease[entryCode[b.entry]]]);
            if (later > 0 || (later == 0 && (s > b.score || (s == b.score && preferred(doc, b.entry))))) {
                best.put(key, new Best(doc, s));
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

    /** Of two entries of a code scoring the same, the title before other entries. */
    private boolean preferred(int entry, int other) {
        return entryKind[entry] < entryKind[other];
    }

    /**
     * How well an entry answers the query, about 0 to 1, or 0 when it holds no word of substance: the share of the
     * query's words it holds (70%; stop words count little), the share of its own words the query accounts for
     * (15%; nonessential modifiers and filler count little), whether it holds the words in the query's order (5%),
     * whether the code is billable (6%) and whether the entry names a default code ("unspecified", "NOS",
     * "without…": 3%). Short titles and inclusion terms count a little less than titles and index entries.
     */
    private double score(int entry, List<Concept> concepts, double weights, boolean allStop) {
        int[] t = entryStems[entry];
        boolean[] matched = new boolean[t.length];
        double covered = 0;
        boolean substance = false;
        int main = entryMainTerm[entry];
        int previous = -1;
        int previousRotated = -1;
        int pairs = 0;
        int inOrder = 0;
        int inRotatedOrder = 0;
        byte[] w = entryWeights[entry];
        for (Concept c : concepts) {
            double best = 0;
            int at = -1;
            for (int i = 0; i < t.length; i++) {
                double q = c.quality(t[i]);
                if (q > 0) {
                    if (w[i] == NONESSENTIAL) {
                        q *= 0.95; // "Pneumocystosis (with pneumonia)" is less about pneumonia than "Pneumonia"
                    }
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
                for (int word : phrase) {
                    boolean in = false;
                    for (int i = 0; i < t.length; i++) {
                        if (t[i] == word) {
                            matched[i] = true;
                            first = in ? first : first < 0 ? i : Math.min(first, i);
                            in = true;
                        }
                    }
                    found += in ? 1 : 0;
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
                // an index path puts its main term first: "Infection, urinary (tract)" reads urinary tract infection
                int rotated = at < main ? at + t.length : at;
                if (previous >= 0) {
                    pairs++;
                    inOrder += at > previous ? 1 : 0;
                    inRotatedOrder += rotated > previousRotated ? 1 : 0;
                }
                previous = at;
                previousRotated = rotated;
            }
        }
        if (!substance) {
            return 0;
        }
        double own = 0;
        double accounted = 0;
        for (int i = 0; i < t.length; i++) {
            own += WEIGHT[w[i]];
            if (matched[i]) {
                accounted += WEIGHT[w[i]];
            }
        }
        double s = 0.70 * covered / weights
                + 0.15 * accounted / own
                + 0.05 * (pairs == 0 ? 1.0 : (double) Math.max(inOrder, inRotatedOrder) / pairs)
                + (codes[entryCode[entry]].billable() ? 0.06 : 0)
                + ((entryDefault[entry >> 6] & (1L << entry)) != 0 ? 0.03 : 0);
        return switch (entryKind[entry]) {
            case SHORT_TITLE -> s * 0.92;
            case INCLUSION -> s * 0.99;
            default -> s;
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
}
