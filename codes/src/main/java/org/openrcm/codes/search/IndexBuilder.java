package org.openrcm.codes.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.icd10cm.IndexEntry;
import org.openrcm.codes.icd10cm.Note;
import org.openrcm.codes.icd10cm.Tabular;

/**
 * Builds what a {@link CodeSearch} holds: every code of the releases, and every entry a code can be found by (its
 * title, short title, inclusion terms, index entries), analyzed once into stems that are kept in memory for ranking
 * and written to an in-memory Lucene index, one document per entry.
 *
 * <p>Entries are written best first (billable, short, not a short title), so that Lucene's document order is a
 * static ranking: type-ahead takes the first documents that match and stops ({@link EntryIndexWriter} writes them).
 */
final class IndexBuilder {

    static final String F_STEM = "stem";
    static final String F_SYSTEM = "system";

    /** Entry kinds; an index entry is {@code INDEX_BASE + IndexEntry.Source.ordinal()}. */
    static final byte TITLE = 0, SHORT_TITLE = 1, INCLUSION = 2, INDEX_BASE = 3;

    /** How much a word of an entry counts in its length: fully, little (filler), very little (nonessential). */
    static final byte NORMAL = 0, LIGHT = 1, NONESSENTIAL = 2;

    static final double[] WEIGHT = {1.0, 0.3, 0.02};

    /** What was built. Entry {@code i} is Lucene document {@code i}. */
    record Built(
            Code[] codes,
            int[] codeRelease,
            int[] codeKey,
            String[] releaseIds,
            LocalDate[] releaseEffective,
            NavigableMap<String, int[]> codesByValue,
            int[] entryCode,
            byte[] entryKind,
            String[] entryText,
            int[][] entryStems,
            byte[][] entryWeights,
            byte[] entryMainTerm,
            long[] entryDefault,
            String[] stems,
            int[] stemEntries,
            Map<String, Integer> stemIds,
            IndexReader reader,
            @Nullable CodeSystem onlySystem) {}

    /** The analysis of a piece of text (a title, one element of an index path): stems, weights, default marker. */
    private record Piece(int[] stems, byte[] weights, boolean marksDefault) {}

    private final List<Code> codes = new ArrayList<>();
    private int[] codeRelease = new int[1024];
    private int[] codeKey = new int[1024];
    private final List<String> releaseIds = new ArrayList<>();
    private final List<LocalDate> releaseEffective = new ArrayList<>();
    private final Map<String, Integer> keys = new HashMap<>();
    private final Map<String, List<Integer>> codesByValue = new HashMap<>();
    private final EnumSet<CodeSystem> systems = EnumSet.noneOf(CodeSystem.class);

    private int entries;
    private int[] entryCode = new int[1024];
    private byte[] entryKind = new byte[1024];
    private boolean[] entryDefault = new boolean[1024];
    private byte[] entryMainTerm = new byte[1024];
    private final List<String> entryText = new ArrayList<>();
    private final List<int[]> entryStems = new ArrayList<>();
    private final List<byte[]> entryWeights = new ArrayList<>();

    private final Map<String, Integer> stemIds = new HashMap<>();
    private final List<String> stemList = new ArrayList<>();
    private final Map<String, Piece> pieces = new HashMap<>();
    private final Map<String, Piece> mainTerms = new HashMap<>();
    private int[] pieceStems = new int[64];
    private byte[] pieceWeights = new byte[64];
    private int pieceLength;
    private boolean pieceDefault;
    private final int with = stemId("with");
    private final int without = stemId("without");

    void add(Release release) {
        int r = releaseIds.size();
        releaseIds.add(release.id());
        releaseEffective.add(release.effective());
        systems.add(release.system());
        Map<String, Integer> local = new HashMap<>();
        for (Code c : release.codes()) {
            int idx = codes.size();
            codes.add(c);
            if (idx == codeRelease.length) {
                codeRelease = Arrays.copyOf(codeRelease, idx * 2);
                codeKey = Arrays.copyOf(codeKey, idx * 2);
            }
            codeRelease[idx] = r;
            codeKey[idx] = keys.computeIfAbsent(c.system().ordinal() + ":" + c.value(), k -> keys.size());
            codesByValue.computeIfAbsent(c.value(), k -> new ArrayList<>(1)).add(idx);
            local.put(c.value(), idx);
            String title = c.longTitle().isBlank() ? c.shortTitle() : c.longTitle();
            entry(idx, TITLE, title, List.of(title));
            if (!c.shortTitle().isBlank() && !c.shortTitle().equalsIgnoreCase(title)) {
                entry(idx, SHORT_TITLE, c.shortTitle(), List.of(c.shortTitle()));
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
                        entry(idx, INCLUSION, n.text(), List.of(n.text()));
                    }
                }
            }
        }
        addIndex(release, local);
    }

    /**
     * Index entries with a code become entries of that code (or of its nearest parent the release has, for a code
     * the index leaves incomplete: {@code E11.1-}). A cross-reference ({@code Attack, heart — see Infarct,
     * myocardium}) becomes an entry of the code its target leads to, the target read as the first words of each
     * element of a path ({@code Infarct, infarction} › {@code myocardium, myocardial (acute)}).
     */
    private void addIndex(Release release, Map<String, Integer> local) {
        Map<String, Integer> byKey = new HashMap<>();
        for (IndexEntry e : release.index()) {
            if (e.code() == null) {
                continue;
            }
            Integer idx = resolve(release.system(), e.code(), local);
            if (idx != null) {
                entry(idx, (byte) (INDEX_BASE + e.source().ordinal()), e.pathText(), e.path());
                byKey.putIfAbsent(key(e.path()), idx);
            }
        }
        for (IndexEntry e : release.index()) {
            if (e.code() != null || e.see() == null) {
                continue;
            }
            Integer idx = byKey.get(key(List.of(e.see().split(","))));
            if (idx != null) {
                entry(
                        idx,
                        (byte) (INDEX_BASE + e.source().ordinal()),
                        e.pathText() + " (see " + e.see() + ")",
                        e.path());
            }
        }
    }

    /** A path as cross-references name it: the first words of each element, lower case, without parentheses. */
    private static String key(List<String> path) {
        StringBuilder b = new StringBuilder();
        StringBuilder words = new StringBuilder();
        for (String element : path) {
            words.setLength(0);
            int depth = 0;
            for (int i = 0; i < element.length(); i++) {
                char ch = element.charAt(i);
                if (ch == '(') {
                    depth++;
                } else if (ch == ')') {
                    depth = Math.max(0, depth - 1);
                } else if (ch == ',' && depth == 0) {
                    break;
                } else if (depth == 0) {
                    words.append(Character.toLowerCase(ch));
                }
            }
            String w = words.toString().strip();
            if (!w.isEmpty()) {
                b.append(b.isEmpty() ? "" : ", ").append(w);
            }
        }
        return b.toString();
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

    /**
     * Adds one entry: {@code parts} are analyzed and searched (a title, or the elements of an index path),
     * {@code display} is what the reason shows. Words after "without" count little (they say what is absent).
     */
    private void entry(int code, byte kind, String display, List<String> parts) {
        int length = 0;
        Piece[] analyzed = new Piece[parts.size()];
        boolean marksDefault = false;
        for (int p = 0; p < analyzed.length; p++) {
            boolean mainTerm = kind >= INDEX_BASE && p == 0;
            String text = parts.get(p);
            Piece piece = (mainTerm ? mainTerms : pieces).get(text);
            if (piece == null) {
                piece = analyze(text, mainTerm);
                (mainTerm ? mainTerms : pieces).put(text, piece);
            }
            analyzed[p] = piece;
            length += piece.stems.length;
            marksDefault |= piece.marksDefault;
        }
        if (length == 0) {
            return;
        }
        int[] stems = new int[length];
        byte[] weights = new byte[length];
        int at = 0;
        boolean absent = false;
        for (Piece piece : analyzed) {
            for (int i = 0; i < piece.stems.length; i++, at++) {
                int s = piece.stems[i];
                stems[at] = s;
                weights[at] = absent && piece.weights[i] == NORMAL ? LIGHT : piece.weights[i];
                if (s == with) {
                    absent = false;
                } else if (s == without) {
                    absent = true;
                }
            }
        }
        marksDefault |= kind >= INDEX_BASE; // the index names the code to use for its path
        int n = entries++;
        if (n == entryCode.length) {
            entryCode = Arrays.copyOf(entryCode, n * 2);
            entryKind = Arrays.copyOf(entryKind, n * 2);
            entryDefault = Arrays.copyOf(entryDefault, n * 2);
            entryMainTerm = Arrays.copyOf(entryMainTerm, n * 2);
        }
        entryMainTerm[n] = kind >= INDEX_BASE ? (byte) Math.min(analyzed[0].stems.length, 127) : 0;
        entryCode[n] = code;
        entryKind[n] = kind;
        entryDefault[n] = marksDefault;
        entryText.add(display);
        entryStems.add(stems);
        entryWeights.add(weights);
    }

    /**
     * Stems and their weights: words in parentheses or brackets are nonessential modifiers (ICD-10-CM convention),
     * as are the other forms of an index main term ({@code Diabetes, diabetic}: "diabetic"); filler and stop words
     * count little.
     */
    private Piece analyze(String text, boolean mainTerm) {
        int comma = mainTerm ? text.indexOf(',') : -1;
        pieceLength = 0;
        pieceDefault = false;
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
            byte weight;
            if (depth[0] > 0 || (comma >= 0 && start > comma) || Text.INITIAL_ENCOUNTER.contains(stem)) {
                weight = NONESSENTIAL;
            } else if (Text.FILLER.contains(stem) || Text.STOP.contains(stem)) {
                weight = LIGHT;
            } else {
                weight = NORMAL;
            }
            if (pieceLength == pieceStems.length) {
                pieceStems = Arrays.copyOf(pieceStems, pieceLength * 2);
                pieceWeights = Arrays.copyOf(pieceWeights, pieceLength * 2);
            }
            pieceStems[pieceLength] = stemId(stem);
            pieceWeights[pieceLength++] = weight;
            pieceDefault |= Text.DEFAULT_MARKERS.contains(stem);
        });
        return new Piece(
                Arrays.copyOf(pieceStems, pieceLength), Arrays.copyOf(pieceWeights, pieceLength), pieceDefault);
    }

    private int stemId(String stem) {
        Integer id = stemIds.get(stem);
        if (id == null) {
            id = stemList.size();
            stemIds.put(stem, id);
            stemList.add(stem);
        }
        return id;
    }

    /**
     * How likely an entry is what a coder typing a few letters wants, for the document order: billable codes, default
     * codes, short entries first; short titles (abbreviated words) last.
     */
    private double staticRank(int e) {
        double length = 0;
        for (byte w : entryWeights.get(e)) {
            length += WEIGHT[w];
        }
        double rank = (codes.get(entryCode[e]).billable() ? 2 : 1) * (entryDefault[e] ? 1.25 : 1) / (1 + length);
        return switch (entryKind[e]) {
            case SHORT_TITLE -> rank / 1000;
            case INCLUSION -> rank * 0.95;
            default -> rank;
        };
    }

    Built build() {
        int n = entries;
        long[] order = new long[n];
        for (int e = 0; e < n; e++) {
            // descending rank, then the order added; a positive float's bits sort as the float does
            long bits = Float.floatToIntBits((float) staticRank(e));
            order[e] = ((long) (Integer.MAX_VALUE - bits) << 32) | e;
        }
        Arrays.sort(order);
        int[] code = new int[n];
        byte[] kind = new byte[n];
        String[] text = new String[n];
        int[][] stems = new int[n][];
        byte[][] weights = new byte[n][];
        byte[] mainTerm = new byte[n];
        long[] defaults = new long[(n + 63) / 64];
        int[] stemEntries = new int[stemList.size()];
        for (int i = 0; i < n; i++) {
            int e = (int) order[i];
            code[i] = entryCode[e];
            kind[i] = entryKind[e];
            text[i] = entryText.get(e);
            stems[i] = entryStems.get(e);
            weights[i] = entryWeights.get(e);
            mainTerm[i] = entryMainTerm[e];
            if (entryDefault[e]) {
                defaults[i >> 6] |= 1L << i;
            }
            for (int s : stems[i]) {
                stemEntries[s]++;
            }
        }
        NavigableMap<String, int[]> byValue = new TreeMap<>();
        codesByValue.forEach((v, list) -> {
            int[] same = new int[list.size()];
            for (int i = 0; i < same.length; i++) {
                same[i] = list.get(i);
            }
            byValue.put(v, same);
        });
        String[] stemArray = stemList.toArray(String[]::new);
        CodeSystem only = systems.size() == 1 ? systems.iterator().next() : null;
        IndexReader reader = new EntryIndexWriter(codes).write(code, stems, stemArray, only == null);
        return new Built(
                codes.toArray(Code[]::new),
                Arrays.copyOf(codeRelease, codes.size()),
                Arrays.copyOf(codeKey, codes.size()),
                releaseIds.toArray(String[]::new),
                releaseEffective.toArray(LocalDate[]::new),
                Collections.unmodifiableNavigableMap(byValue),
                code,
                kind,
                text,
                stems,
                weights,
                mainTerm,
                defaults,
                stemArray,
                stemEntries,
                Map.copyOf(stemIds),
                reader,
                only);
    }
}
