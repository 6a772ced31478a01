package org.openrcm.edits.packs;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A list of codes as a pack writes them: procedure codes ({@code 83036}) and ranges ({@code 80061-80069}); diagnosis
 * codes ({@code E78.5}), prefixes ending in {@code *} ({@code E11.*}: E11 and every code under it) and ranges
 * ({@code R73.01-R73.09}). Diagnoses are kept as ICD-10-CM stores them, without the dot. Immutable.
 */
public record CodeList(Kind kind, List<Entry> entries) {

    /** What the list holds, which fixes the spellings it accepts. */
    public enum Kind {
        PROCEDURE,
        DIAGNOSIS
    }

    /** One entry: {@code first == last} for a code, a range otherwise; {@code prefix} for {@code E11.*}. */
    public record Entry(String written, String first, String last, boolean prefix) {}

    /** CPT or HCPCS Level II: five letters or digits (99214, G0439, 0001F). */
    private static final Pattern PROCEDURE = Pattern.compile("[A-Z0-9]{5}");
    /** ICD-10-CM, dot optional: letter, digit, letter or digit, then up to four more. */
    private static final Pattern DIAGNOSIS = Pattern.compile("[A-Z][0-9][0-9A-Z](?:\\.?[0-9A-Z]{1,4})?");
    /** What may stand before the {@code *} of a diagnosis prefix: E, E1, E11, E11., E11.6, E11.65... */
    private static final Pattern DIAGNOSIS_PREFIX =
            Pattern.compile("[A-Z](?:[0-9](?:[0-9A-Z](?:\\.?[0-9A-Z]{0,3})?)?)?\\.?");

    public CodeList {
        entries = List.copyOf(entries);
    }

    /**
     * The entry as the list keeps it, or {@code null} with {@link #problem} saying why it is refused: not a code, a
     * range whose end is before its start or whose ends differ in shape.
     */
    static @Nullable Entry parse(Kind kind, String written) {
        String v = written.strip().toUpperCase(Locale.ROOT);
        return problem(kind, v) == null ? entry(kind, written.strip(), v) : null;
    }

    /** Why an entry is refused, or {@code null} when it is fine. */
    static @Nullable String problem(Kind kind, String written) {
        String v = written.strip().toUpperCase(Locale.ROOT);
        if (kind == Kind.DIAGNOSIS && v.endsWith("*")) {
            return DIAGNOSIS_PREFIX.matcher(v.substring(0, v.length() - 1)).matches()
                    ? null
                    : "is not a code, a prefix ending in '*' or a range";
        }
        Pattern code = kind == Kind.PROCEDURE ? PROCEDURE : DIAGNOSIS;
        int dash = v.indexOf('-');
        if (dash < 0) {
            return code.matcher(v).matches()
                    ? null
                    : kind == Kind.PROCEDURE
                            ? "is not a procedure code (five letters or digits) or a range of them"
                            : "is not a code, a prefix ending in '*' or a range";
        }
        String a = v.substring(0, dash).strip();
        String b = v.substring(dash + 1).strip();
        if (!code.matcher(a).matches() || !code.matcher(b).matches()) {
            return kind == Kind.PROCEDURE
                    ? "is not a procedure code (five letters or digits) or a range of them"
                    : "is not a code, a prefix ending in '*' or a range";
        }
        String first = stored(kind, a);
        String last = stored(kind, b);
        if (kind == Kind.PROCEDURE && !shape(first).equals(shape(last))) {
            return "is a range whose ends are not codes of one kind (letters and digits in the same places)";
        }
        if (first.compareTo(last) > 0) {
            return "is a range whose end comes before its start";
        }
        return null;
    }

    private static Entry entry(Kind kind, String written, String v) {
        if (v.endsWith("*")) {
            return new Entry(written, stored(kind, v.substring(0, v.length() - 1)), "", true);
        }
        int dash = v.indexOf('-');
        if (dash < 0) {
            String code = stored(kind, v);
            return new Entry(written, code, code, false);
        }
        return new Entry(
                written,
                stored(kind, v.substring(0, dash).strip()),
                stored(kind, v.substring(dash + 1).strip()),
                false);
    }

    private static String stored(Kind kind, String v) {
        return kind == Kind.DIAGNOSIS ? v.replace(".", "") : v;
    }

    /** Digits as 9, letters as A: a range of procedure codes holds only codes of its ends' shape. */
    private static String shape(String code) {
        StringBuilder s = new StringBuilder(code.length());
        for (char c : code.toCharArray()) {
            s.append(Character.isDigit(c) ? '9' : 'A');
        }
        return s.toString();
    }

    /**
     * Whether a claim's code is on the list: a procedure as written on the line, a diagnosis as the claim keeps it
     * ({@code E119}; a dot is ignored).
     */
    public boolean contains(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        String c = stored(kind, code.strip().toUpperCase(Locale.ROOT));
        for (Entry e : entries) {
            if (e.prefix()) {
                if (c.startsWith(e.first())) {
                    return true;
                }
            } else if (e.first().equals(e.last())) {
                if (c.equals(e.first())) {
                    return true;
                }
            } else if (kind == Kind.PROCEDURE) {
                if (sameShape(c, e.first()) && c.compareTo(e.first()) >= 0 && c.compareTo(e.last()) <= 0) {
                    return true;
                }
            } else if (inDiagnosisRange(c, e.first(), e.last())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A diagnosis range holds every code whose leading characters, as many as each end has, fall between the ends:
     * {@code E08-E13} holds all of E08 to E13 and what is under them; {@code R73.01-R73.09} holds R73.01 to R73.09.
     */
    private static boolean inDiagnosisRange(String code, String first, String last) {
        return compareHead(code, first) >= 0 && compareHead(code, last) <= 0;
    }

    /**
     * {@code code} cut to the length of {@code bound} (or whole, when shorter), compared with {@code bound} as
     * {@link String#compareTo} would, without cutting: ranges are checked for every line of every claim.
     */
    public static int compareHead(String code, String bound) {
        int n = Math.min(code.length(), bound.length());
        for (int i = 0; i < n; i++) {
            int d = code.charAt(i) - bound.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return n - bound.length();
    }

    /** Whether two codes have digits and letters in the same places: 0001A and 0099A do, 99213 and 0001A do not. */
    private static boolean sameShape(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (Character.isDigit(a.charAt(i)) != Character.isDigit(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The entries as written, for messages: {@code 82947, 83036, 80061-80069}. */
    public String written() {
        return String.join(", ", entries.stream().map(Entry::written).toList());
    }
}
