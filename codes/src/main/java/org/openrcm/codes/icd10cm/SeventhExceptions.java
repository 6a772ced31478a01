package org.openrcm.codes.icd10cm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Applies the tabular list's notes that take some 7th characters away from some codes (S06 with 6th character 7). */
final class SeventhExceptions {

    /**
     * A note that takes some 7th characters away from some codes, e.g. under S06 (FY2021 on): "7th characters D and S
     * do not apply to codes in category S06 with 6th character 7 - death due to brain injury prior to regaining
     * consciousness, or 8 - death due to other cause prior to regaining consciousness."
     */
    private static final Pattern SEVENTH_EXCEPTION = Pattern.compile(
            "7th characters? (.+?) do(?:es)? not apply to codes in (?:sub)?category ([A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]+)?)"
                    + " with 6th characters? (.+)");

    private static final Pattern SINGLE = Pattern.compile("\\b[0-9A-Z]\\b");

    private SeventhExceptions() {}

    /**
     * Notes such as "7th characters D and S do not apply to codes in category S06 with 6th character 7 … or 8 …"
     * take those characters from the codes named: S06.1X7 takes only A. Such a code then carries the 7th
     * characters itself, still {@code from} the code that defines them.
     */
    static void apply(Collection<TabularParser.Read> codes, Map<String, Tabular.Entry> entries) {
        for (TabularParser.Read c : codes) {
            for (Note n : c.notes()) {
                Matcher m = n.kind() == Note.Kind.NOTE ? SEVENTH_EXCEPTION.matcher(n.text()) : null;
                if (m == null || !m.find()) {
                    continue;
                }
                // the note itself stays on the code; what it takes away is applied when it can be read
                Set<Character> removed = singles(m.group(1));
                String under = m.group(2).replace(".", "");
                Set<Character> sixth = singles(m.group(3));
                for (Map.Entry<String, Tabular.Entry> e : entries.entrySet()) {
                    String code = e.getKey();
                    if (code.length() != 6 || !code.startsWith(under) || !sixth.contains(code.charAt(5))) {
                        continue;
                    }
                    SeventhCharacters seventh = seventhFor(entries, code);
                    if (seventh == null) {
                        continue;
                    }
                    List<SeventhCharacters.Character> kept = new ArrayList<>();
                    for (SeventhCharacters.Character ch : seventh.characters()) {
                        if (!removed.contains(ch.value())) {
                            kept.add(ch);
                        }
                    }
                    String note = seventh.note().isEmpty() ? n.text() : seventh.note() + " " + n.text();
                    Tabular.Entry old = e.getValue();
                    e.setValue(new Tabular.Entry(
                            old.code(), old.title(), old.notes(), new SeventhCharacters(seventh.from(), note, kept)));
                }
            }
        }
    }

    static @Nullable SeventhCharacters seventhFor(Map<String, Tabular.Entry> entries, String code) {
        for (int len = code.length(); len >= 3; len--) {
            Tabular.Entry e = entries.get(code.substring(0, len));
            if (e != null && e.seventh() != null) {
                return e.seventh();
            }
        }
        return null;
    }

    static Set<Character> singles(String text) {
        Set<Character> found = new LinkedHashSet<>();
        Matcher m = SINGLE.matcher(text);
        while (m.find()) {
            found.add(m.group().charAt(0));
        }
        return found;
    }
}
