package org.openrcm.edits.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openrcm.edits.packs.CodeList;

/**
 * The codes a tabular note points at, as it writes them in parentheses: a code ({@code Z79.4}), a code and all under
 * it ({@code E10.-}, {@code O24.4-}), or a range of categories ({@code P70-P74}).
 */
record NoteCodes(String first, String last) {

    private static final String CODE = "[A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{1,4})?";
    private static final Pattern REF = Pattern.compile("(" + CODE + ")(?:\\.?-)?(?:-(" + CODE + ")(?:\\.?-)?)?");

    private static final Pattern SEPARATOR = Pattern.compile("[,;]");

    /** Notes parsed once: a release has a few thousand, and every claim asks for the same ones again. */
    private static final Map<String, List<NoteCodes>> PARSED = new ConcurrentHashMap<>();

    /** The codes of every parenthesis of a note. */
    static List<NoteCodes> in(String note) {
        if (PARSED.size() > 100_000) {
            PARSED.clear(); // notes of many releases over a long run: start again rather than grow without end
        }
        return PARSED.computeIfAbsent(note, NoteCodes::parse);
    }

    private static List<NoteCodes> parse(String note) {
        List<NoteCodes> refs = new ArrayList<>();
        int open = note.indexOf('(');
        while (open >= 0) {
            int close = note.indexOf(')', open);
            if (close < 0) {
                break;
            }
            for (String part : SEPARATOR.split(note.substring(open + 1, close))) {
                Matcher m = REF.matcher(part.strip());
                if (m.matches()) {
                    String first = m.group(1).replace(".", "");
                    refs.add(new NoteCodes(
                            first, m.group(2) == null ? first : m.group(2).replace(".", "")));
                }
            }
            open = note.indexOf('(', close);
        }
        return List.copyOf(refs);
    }

    /** Whether a code (stored form, {@code E109}) falls under this reference. */
    boolean covers(String code) {
        if (first.equals(last)) {
            return code.startsWith(first);
        }
        return CodeList.compareHead(code, first) >= 0 && CodeList.compareHead(code, last) <= 0;
    }
}
