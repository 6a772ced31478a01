package org.openrcm.app.codes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;

/**
 * The type-ahead without a search index: a scan of the releases in force, correct and simple, fast enough for a
 * keystroke on a full ICD-10-CM release. First the codes that start with what was typed ({@code e11.} finds {@code
 * E11} and everything under it): the exact code first, billable codes before headers, in code order. Then the codes
 * whose title has every word typed, as a word or the start of one ({@code type 2 diab}): billable first, then shorter
 * codes (the less specific conditions: {@code hypertension} finds I10 first), then titles that begin with the words
 * typed, then shorter titles. Releases are searched in the order given. Stateless.
 */
final class Suggester {

    /** The most suggestions one request returns. */
    static final int MAX = 50;

    private Suggester() {}

    /** ICD-10-CM first, the other systems after it. */
    static List<CodeSystem> systemOrder() {
        List<CodeSystem> order = new ArrayList<>();
        order.add(CodeSystem.ICD10CM);
        for (CodeSystem s : CodeSystem.values()) {
            if (s != CodeSystem.ICD10CM) {
                order.add(s);
            }
        }
        return order;
    }

    static List<Suggestion> suggest(List<Release> releases, @Nullable String q, int limit) {
        String query = q == null ? "" : q.strip();
        int max = Math.min(Math.max(limit, 0), MAX);
        if (query.isEmpty() || max == 0) {
            return List.of();
        }
        List<Suggestion> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Release r : releases) {
            String prefix = codePrefix(r.system(), query);
            if (prefix == null) {
                continue;
            }
            List<Code> matches = r.codes().stream()
                    .filter(code -> code.value().startsWith(prefix))
                    .sorted(Comparator.comparing((Code code) -> !code.value().equals(prefix))
                            .thenComparing(code -> !code.billable())
                            .thenComparing(Code::value))
                    .limit(max)
                    .toList();
            if (add(out, seen, r, matches, "code", max)) {
                return out;
            }
        }
        List<String> words = words(query);
        if (words.isEmpty()) {
            return out;
        }
        String phrase = String.join(" ", words);
        for (Release r : releases) {
            List<Code> matches = r.codes().stream()
                    .filter(code -> titleMatches(code, words))
                    .sorted(Comparator.comparing((Code code) -> !code.billable())
                            .thenComparingInt(code -> code.value().length())
                            .thenComparing(code ->
                                    !String.join(" ", words(code.longTitle())).startsWith(phrase))
                            .thenComparingInt(code -> code.longTitle().length())
                            .thenComparing(Code::value))
                    .limit(max)
                    .toList();
            if (add(out, seen, r, matches, "title", max)) {
                return out;
            }
        }
        return out;
    }

    /** Adds matches not yet listed; whether the list is full. */
    private static boolean add(
            List<Suggestion> out, Set<String> seen, Release r, List<Code> matches, String reason, int max) {
        for (Code code : matches) {
            if (out.size() >= max) {
                return true;
            }
            if (seen.add(r.system() + "/" + code.value())) {
                out.add(new Suggestion(
                        r.system(),
                        code.value(),
                        code.display(),
                        code.longTitle().isEmpty() ? code.shortTitle() : code.longTitle(),
                        code.billable(),
                        r.id(),
                        reason));
            }
        }
        return out.size() >= max;
    }

    /** What was typed as the start of a stored code ({@code e11.} → {@code E11}); {@code null} if it cannot be one. */
    static @Nullable String codePrefix(CodeSystem system, String query) {
        String v = query.strip().toUpperCase(Locale.ROOT);
        if (system == CodeSystem.ICD10CM || system == CodeSystem.ICD10PCS) {
            v = v.replace(".", "");
        }
        if (v.isEmpty() || v.length() > 10) {
            return null;
        }
        for (int i = 0; i < v.length(); i++) {
            if (!Character.isLetterOrDigit(v.charAt(i))) {
                return null;
            }
        }
        return v;
    }

    private static boolean titleMatches(Code code, List<String> words) {
        String longTitle = code.longTitle().toLowerCase(Locale.ROOT);
        String shortTitle = null;
        for (String w : words) {
            if (!startsAWord(longTitle, w)) {
                if (shortTitle == null) {
                    shortTitle = code.shortTitle().toLowerCase(Locale.ROOT);
                }
                if (!startsAWord(shortTitle, w)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code word} occurs in {@code text} where a word starts (scanned in place: a keystroke scans them all). */
    private static boolean startsAWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words of a text: letters and digits; everything else separates. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                w.append(Character.toLowerCase(ch));
            } else if (!w.isEmpty()) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        if (!w.isEmpty()) {
            words.add(w.toString());
        }
        return words;
    }
}
