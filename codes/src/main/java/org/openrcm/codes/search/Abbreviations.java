package org.openrcm.codes.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clinical abbreviations coders type ({@code HTN}, {@code CHF}, {@code DM2}, {@code AFib}…) and the words they
 * stand for in ICD-10-CM, from {@code abbreviations.tsv} beside this class. Used at query time only: the index holds
 * the official wording, a query's abbreviation is searched as itself and as each of its expansions.
 */
final class Abbreviations {

    private static final Map<String, List<String>> TABLE = load();

    private Abbreviations() {}

    /** The expansions of a word as typed (any case), most usual first; empty when it is not an abbreviation. */
    static List<String> expansions(String typed) {
        return TABLE.getOrDefault(typed.toLowerCase(Locale.ROOT), List.of());
    }

    /** Every abbreviation of the table, lower case. */
    static Map<String, List<String>> table() {
        return TABLE;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> table = new HashMap<>();
        try (InputStream in = Abbreviations.class.getResourceAsStream("abbreviations.tsv")) {
            if (in == null) {
                throw new IllegalStateException("abbreviations.tsv is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalStateException(
                            "abbreviations.tsv, line " + number + ": no tab after the abbreviation");
                }
                List<String> expansions = new ArrayList<>();
                for (String e : line.substring(tab + 1).split(";")) {
                    if (!e.isBlank()) {
                        expansions.add(e.strip());
                    }
                }
                String key = line.substring(0, tab).strip().toLowerCase(Locale.ROOT);
                if (table.put(key, List.copyOf(expansions)) != null) {
                    throw new IllegalStateException(
                            "abbreviations.tsv, line " + number + ": " + key + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
