package org.openrcm.codes.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.Code;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.search.CodeSearch.Hit;
import org.openrcm.codes.search.CodeSearch.Matched;

/**
 * Finds codes typed as codes ({@code E11.9}, {@code e119}, {@code 99213}): the code itself, then the codes starting
 * with it in code order, one hit per code from the latest release holding it.
 */
final class CodeLookup {

    private final Code[] codes;
    private final int[] codeRelease;
    private final int[] codeKey; // the same (system, value) in two releases shares a key
    private final String[] releaseIds;
    private final LocalDate[] releaseEffective;
    private final NavigableMap<String, int[]> codesByValue;

    CodeLookup(IndexBuilder.Built b) {
        codes = b.codes();
        codeRelease = b.codeRelease();
        codeKey = b.codeKey();
        releaseIds = b.releaseIds();
        releaseEffective = b.releaseEffective();
        codesByValue = b.codesByValue();
    }

    /** One token, with a digit, of letters, digits and dots: {@code E11.9}, {@code e119}, {@code 99213}, {@code J1100}. */
    static boolean looksLikeCode(String s) {
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
    List<Hit> codeHits(String input, @Nullable CodeSystem system, int limit, boolean children) {
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
}
