package org.openrcm.edits.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openrcm.edits.Reference;
import org.openrcm.edits.Severity;

/**
 * The age and sex rules of {@code org/openrcm/edits/mce/age-sex.tsv}: compact prefix and range rules written for
 * OpenRCM from the CMS Medicare Code Editor (MCE) "Definitions of Medicare Code Edits" and the CPT section headings.
 * Immutable and thread-safe; {@link #standard()} is loaded once.
 *
 * <p>Sources. Age ranges are those of the MCE section headings, unchanged from v41.1 (FY2024) to v44 (FY2027):
 * 4.A Perinatal/Newborn diagnoses (age 0 only), 4.B Pediatric (0 through 17), 4.C Maternity (9 through 64; the MCE
 * used 12 through 55 in earlier versions, up to at least v37/FY2020), 4.D Adult (15 through 124). Sex lists are those
 * of section 5 as last published in v41.1: CMS deactivated the MCE sex conflict edit from 2024-10-01 (v42, FY2025)
 * and no longer lists its codes. Medicare Part B still edits sex/procedure conflicts and lets modifier KX bypass them
 * (CMS Pub. 100-04, ch. 32, sec. 240; CR 6638).
 *
 * <p>Coverage, honestly. The MCE lists individual codes (about 40 newborn, 125 pediatric, 2,500 maternity, 850 adult,
 * 3,400 female and 2,000 male diagnoses in v41.1). This table does not copy them: rows marked {@code list} were
 * checked against the code list of the MCE v37 text and cover its clear groups (newborn: A33, E84.11, H04.53-, N47.0,
 * Z00.110/.111, Z05, Z38; maternity: O00-O9A, A34, C58, D39.2, F53, M83.0, Z03.7, Z32.01, Z33.1-Z33.3, Z34, Z36, Z37,
 * Z39, Z3A; selected pediatric and adult codes); rows marked {@code heading} were written from the ICD-10-CM block,
 * CPT section or PCS body system and were not checked code by code. Not covered: the rest of the pediatric and adult
 * lists, sex-specific codes outside the listed blocks (e.g. female or male codes in chapters other than 2, 14, 15 and
 * 17 beyond the few listed), ICD-10-PCS procedures outside body systems 0U, 0V and section 10 (e.g. uterine artery
 * occlusion 04LE/04LF), and codes added after the releases named. Perinatal P00-P96 codes are not age-edited, as in
 * the MCE: they may be reported for life when the condition began in the perinatal period.
 */
final class AgeSexTable {

    static final String RESOURCE = "/org/openrcm/edits/mce/age-sex.tsv";

    /** The code set a rule applies to. */
    enum CodeKind {
        DX,
        CPT,
        PCS
    }

    /** One row: the codes it matches, and the age range or sex they are limited to. */
    record Rule(
            CodeKind kind,
            List<String> include,
            List<String> exclude,
            boolean age,
            int minAge,
            int maxAge,
            @Nullable String sex,
            Severity severity,
            String category,
            String table,
            String release,
            String section) {

        Rule {
            include = List.copyOf(include);
            exclude = List.copyOf(exclude);
        }

        /** The item of {@link #include} that matches the (normalized) code, or null when the rule does not apply. */
        @Nullable
        String match(String code) {
            for (String x : exclude) {
                if (matches(x, code)) {
                    return null;
                }
            }
            for (String item : include) {
                if (matches(item, code)) {
                    return item;
                }
            }
            return null;
        }

        boolean allowsAge(int years) {
            return years >= minAge && years <= maxAge;
        }

        /** "for patients aged 9 to 64", "for newborns (age 0)", "for females only". */
        String limit() {
            if (!age) {
                return "F".equals(sex) ? "for females only" : "for males only";
            }
            if (minAge == 0 && maxAge == 0) {
                return "for newborns under 1 year old";
            }
            return "for patients aged " + minAge + " to " + maxAge;
        }

        Reference reference(String item) {
            return new Reference(table, release, section + ": " + item + ", " + limit());
        }
    }

    private static final class Holder {
        static final AgeSexTable STANDARD = load();
    }

    private final List<Rule> rules;

    AgeSexTable(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The table shipped with OpenRCM. */
    static AgeSexTable standard() {
        return Holder.STANDARD;
    }

    List<Rule> rules() {
        return rules;
    }

    /** The rules of {@code kind} matching {@code code} (normalized: upper case, no dot), in table order. */
    List<Rule> matching(CodeKind kind, String code) {
        if (matched.get(kind).size() > 200_000) {
            matched.get(kind).clear(); // bounded: a scrubber that saw every code of every release starts again
        }
        return matched.get(kind).computeIfAbsent(code, k -> scan(kind, code));
    }

    /** Rules by kind and code, worked out once: a claim's codes come back claim after claim. */
    private final java.util.Map<CodeKind, java.util.Map<String, List<Rule>>> matched = byKind();

    private static java.util.Map<CodeKind, java.util.Map<String, List<Rule>>> byKind() {
        java.util.Map<CodeKind, java.util.Map<String, List<Rule>>> m = new java.util.EnumMap<>(CodeKind.class);
        for (CodeKind k : CodeKind.values()) {
            m.put(k, new java.util.concurrent.ConcurrentHashMap<>());
        }
        return m;
    }

    private List<Rule> scan(CodeKind kind, String code) {
        List<Rule> out = new ArrayList<>();
        for (Rule r : rules) {
            if (r.kind() == kind && r.match(code) != null) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /** {@code item} is a prefix (with '?' for any one character) or a range {@code A-B} of equal-length prefixes. */
    static boolean matches(String item, String code) {
        int dash = item.indexOf('-');
        if (dash > 0) {
            String lo = item.substring(0, dash);
            String hi = item.substring(dash + 1);
            if (code.length() < lo.length()) {
                return false;
            }
            String head = code.substring(0, lo.length());
            return head.compareTo(lo) >= 0 && head.compareTo(hi) <= 0;
        }
        if (code.length() < item.length()) {
            return false;
        }
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c != '?' && c != code.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static AgeSexTable load() {
        try (InputStream in = AgeSexTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AgeSexTable parse(BufferedReader reader) throws IOException {
        List<Rule> rules = new ArrayList<>();
        String line;
        int n = 0;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false; // the column names
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 10) {
                throw new IllegalStateException(RESOURCE + " line " + n + ": 10 columns expected, " + f.length);
            }
            List<String> include = new ArrayList<>();
            List<String> exclude = new ArrayList<>();
            for (String item : f[1].split(",")) {
                String x = item.strip().toUpperCase(Locale.ROOT);
                if (x.startsWith("!")) {
                    exclude.add(x.substring(1));
                } else {
                    checkRange(x, n);
                    include.add(x);
                }
            }
            boolean age = f[2].equals("age");
            int min = 0;
            int max = 0;
            String sex = null;
            if (age) {
                String[] range = f[3].split("-");
                min = Integer.parseInt(range[0]);
                max = Integer.parseInt(range[1]);
            } else if (f[2].equals("sex") && (f[3].equals("F") || f[3].equals("M"))) {
                sex = f[3];
            } else {
                throw new IllegalStateException(RESOURCE + " line " + n + ": edit age or sex F/M expected");
            }
            rules.add(new Rule(
                    CodeKind.valueOf(f[0].toUpperCase(Locale.ROOT)),
                    include,
                    exclude,
                    age,
                    min,
                    max,
                    sex,
                    Severity.valueOf(f[4]),
                    f[5],
                    f[6],
                    f[7],
                    f[8]));
        }
        return new AgeSexTable(rules);
    }

    private static void checkRange(String item, int line) {
        int dash = item.indexOf('-');
        if (dash > 0 && item.length() != 2 * dash + 1) {
            throw new IllegalStateException(RESOURCE + " line " + line + ": range ends differ in length: " + item);
        }
    }
}
