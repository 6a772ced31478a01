package org.openrcm.edits.packs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openrcm.edits.Severity;
import org.openrcm.edits.packs.PackTree.Arr;
import org.openrcm.edits.packs.PackTree.Field;
import org.openrcm.edits.packs.PackTree.Node;
import org.openrcm.edits.packs.PackTree.Obj;
import org.openrcm.edits.packs.PackTree.Scalar;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one payer rule pack from YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}), strictly: a key the
 * format does not know, a value of the wrong type, a code that is not one, a range whose end comes before its start, a
 * policy id given twice, an unknown severity — each refuses the pack with a {@link RulePackException} that names the
 * file, the line and column, and the reason. The format is docs/rule-packs.md. Files over 1 MiB are refused unread.
 */
public final class RulePackReader {

    /** Larger than any hand-written pack; a guard against feeding it something else. */
    public static final long MAX_BYTES = 1 << 20;

    /**
     * The rule ids of OpenRCM's own edits, which a custom rule may not take (its findings would pass for theirs).
     */
    public static final Set<String> BUILT_IN_RULES = Set.of(
            "MISSING_FIELD",
            "POINTER_INVALID",
            "CODE_INVALID",
            "CODE_NOT_BILLABLE",
            "CODE_NOT_EFFECTIVE",
            "PCS_ON_PROFESSIONAL",
            "REFERENCE_MISSING",
            "MODIFIER_INVALID",
            "MODIFIER_REQUIRED",
            "MODIFIER_NOT_ALLOWED",
            "EXCLUDES1",
            "NCCI_PTP",
            "MUE",
            "ADDON_WITHOUT_PRIMARY",
            "TIMELY_FILING",
            "MEDICAL_NECESSITY",
            "AGE_CONFLICT",
            "SEX_CONFLICT",
            "DUPLICATE_CLAIM",
            "DATE_INVALID");

    private static final Pattern PACK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern ENTRY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
    private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");
    private static final Pattern POS = Pattern.compile("[0-9]{1,2}");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final String file;

    private RulePackReader(String file) {
        this.file = file;
    }

    /** The pack of a file, named in refusals as the path is written. */
    public static RulePack read(Path path) {
        String name = path.toString();
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new RulePackException(name, 0, 0, "larger than " + MAX_BYTES + " bytes: not a rule pack");
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return read(name, text);
        } catch (CharacterCodingException e) {
            throw new RulePackException(name, 0, 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pack of a text; {@code name} (ending in .yaml, .yml or .json) says its format and names it in refusals. */
    public static RulePack read(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean json = lower.endsWith(".json");
        if (!json && !lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            throw new RulePackException(name, 0, 0, "a rule pack is a .yaml, .yml or .json file");
        }
        if (text.length() > MAX_BYTES) {
            throw new RulePackException(name, 0, 0, "larger than " + MAX_BYTES + " bytes: not a rule pack");
        }
        Node root;
        try (JsonParser parser = json ? JSON.createParser(text) : YAML.createParser(text)) {
            root = PackTree.read(parser, name);
        }
        return new RulePackReader(name).pack(root);
    }

    private RulePack pack(Node root) {
        Obj o = object(root, "the pack");
        keys(
                o,
                "the pack",
                "pack",
                "title",
                "version",
                "description",
                "payers",
                "filingLimit",
                "modifierRules",
                "coveragePolicies",
                "customRules");
        String id = required(o, "pack", o);
        check(o.fields().get("pack"), PACK_ID, id, "is not a pack id (letters, digits, '.', '_' or '-', up to 64)");
        text(o, "description");
        Field payers = o.fields().get("payers");
        Field limit = o.fields().get("filingLimit");
        return new RulePack(
                id,
                required(o, "title", o),
                required(o, "version", o),
                absent(payers) ? null : payers(payers),
                absent(limit) ? null : filingLimit(limit),
                list(o, "modifierRules", this::modifierRule, "id"),
                list(o, "coveragePolicies", this::policy, "id"),
                list(o, "customRules", this::customRule, null));
    }

    private RulePack.Payers payers(Field f) {
        Obj o = object(f.value(), "'" + f.key() + "'");
        keys(o, "'" + f.key() + "'", "ids", "kinds");
        List<String> ids = texts(o, "ids");
        List<String> kinds = texts(o, "kinds");
        if (ids.isEmpty() && kinds.isEmpty()) {
            throw fail(
                    f.value(),
                    "'" + f.key() + "' names no payer: give 'ids' or 'kinds', or leave it out to apply"
                            + " to every claim");
        }
        return new RulePack.Payers(ids, kinds);
    }

    private RulePack.FilingLimit filingLimit(Field f) {
        Obj o = object(f.value(), "'filingLimit'");
        keys(o, "'filingLimit'", "days", "calendarYears", "warnDays", "source");
        Integer days = integer(o, "days", 1, 3650);
        Integer years = integer(o, "calendarYears", 1, 10);
        if ((days == null) == (years == null)) {
            throw fail(f.value(), "'filingLimit' takes exactly one of 'days' and 'calendarYears'");
        }
        Integer warn = integer(o, "warnDays", 0, 365);
        return new RulePack.FilingLimit(days, years, warn == null ? 30 : warn, text(o, "source"));
    }

    private RulePack.ModifierRule modifierRule(Obj o) {
        keys(o, "a modifier rule", "id", "procedures", "placesOfService", "required", "forbidden", "message");
        String id = entryId(o, "a modifier rule");
        List<String> required = modifiers(o, "required");
        List<String> forbidden = modifiers(o, "forbidden");
        if (required.isEmpty() && forbidden.isEmpty()) {
            throw fail(o, "modifier rule '" + id + "' has neither 'required' nor 'forbidden' modifiers");
        }
        return new RulePack.ModifierRule(
                id,
                codes(o, "procedures", CodeList.Kind.PROCEDURE, true),
                places(o, "placesOfService"),
                required,
                forbidden,
                text(o, "message"));
    }

    private RulePack.CoveragePolicy policy(Obj o) {
        keys(o, "a coverage policy", "id", "title", "procedures", "coveredDiagnoses", "message");
        String id = entryId(o, "a coverage policy");
        return new RulePack.CoveragePolicy(
                id,
                required(o, "title", o),
                codes(o, "procedures", CodeList.Kind.PROCEDURE, true),
                codes(o, "coveredDiagnoses", CodeList.Kind.DIAGNOSIS, true),
                text(o, "message"));
    }

    private RulePack.CustomRule customRule(Obj o) {
        keys(o, "a custom rule", "when", "then");
        Field whenField = o.fields().get("when");
        Field thenField = o.fields().get("then");
        if (absent(whenField) || absent(thenField)) {
            throw fail(o, "a custom rule has a 'when' and a 'then'");
        }
        Obj then = object(thenField.value(), "'then'");
        keys(then, "'then'", "rule", "severity", "message");
        String rule = required(then, "rule", then);
        check(then.fields().get("rule"), RULE_ID, rule, "is not a rule id in UPPER_SNAKE_CASE (e.g. ACME_NO_SAME_DAY)");
        if (BUILT_IN_RULES.contains(rule)) {
            throw fail(
                    then.fields().get("rule").value(),
                    "'" + rule + "' is a built-in rule id: choose one of the"
                            + " pack's own (e.g. prefixed with the payer's name)");
        }
        Field sev = then.fields().get("severity");
        String severity = required(then, "severity", then).toUpperCase(Locale.ROOT);
        if (!severity.equals("ERROR") && !severity.equals("WARNING")) {
            throw fail(sev.value(), "'severity' is '" + text(then, "severity") + "'; it is ERROR or WARNING");
        }
        return new RulePack.CustomRule(
                rule, when(whenField), Severity.valueOf(severity), required(then, "message", then));
    }

    private RulePack.When when(Field f) {
        Obj o = object(f.value(), "'when'");
        keys(
                o,
                "'when'",
                "procedures",
                "diagnoses",
                "placesOfService",
                "modifiersPresent",
                "modifiersAbsent",
                "ageMin",
                "ageMax",
                "sex",
                "payers");
        if (o.fields().values().stream().allMatch(RulePackReader::absent)) {
            throw fail(o, "'when' has no condition: a custom rule needs at least one");
        }
        Integer min = integer(o, "ageMin", 0, 130);
        Integer max = integer(o, "ageMax", 0, 130);
        if (min != null && max != null && max < min) {
            throw fail(o.fields().get("ageMax").value(), "'ageMax' " + max + " is below 'ageMin' " + min);
        }
        List<String> sex = texts(o, "sex").stream()
                .map(s -> s.strip().toUpperCase(Locale.ROOT))
                .toList();
        for (int i = 0; i < sex.size(); i++) {
            if (!List.of("F", "M", "U").contains(sex.get(i))) {
                throw fail(item(o, "sex", i), "'sex' entry '" + sex.get(i) + "' is not F, M or U");
            }
        }
        Field payers = o.fields().get("payers");
        return new RulePack.When(
                codes(o, "procedures", CodeList.Kind.PROCEDURE, false),
                codes(o, "diagnoses", CodeList.Kind.DIAGNOSIS, false),
                places(o, "placesOfService"),
                modifiers(o, "modifiersPresent"),
                modifiers(o, "modifiersAbsent"),
                min,
                max,
                sex,
                absent(payers) ? null : payers(payers));
    }

    // ---- values ----

    private interface EntryReader<T> {
        T read(Obj entry);
    }

    /** A list of objects; {@code idKey}: their ids must differ. */
    private <T> List<T> list(Obj o, String key, EntryReader<T> reader, @Nullable String idKey) {
        Field f = o.fields().get(key);
        if (absent(f)) {
            return List.of();
        }
        Arr arr = array(f);
        List<T> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node n : arr.items()) {
            Obj entry = object(n, "each entry of '" + key + "'");
            if (idKey != null) {
                String id = text(entry, idKey);
                if (id != null && !ids.add(id)) {
                    throw fail(entry.fields().get(idKey).value(), "'" + key + "' has id '" + id + "' twice");
                }
            }
            out.add(reader.read(entry));
        }
        return out;
    }

    private String entryId(Obj o, String what) {
        String id = required(o, "id", o);
        check(o.fields().get("id"), ENTRY_ID, id, "is not an id for " + what + " (letters, digits, '.', '_' or '-')");
        return id;
    }

    private @Nullable CodeList codes(Obj o, String key, CodeList.Kind kind, boolean required) {
        Field f = o.fields().get(key);
        if (absent(f)) {
            if (required) {
                throw fail(o, "'" + key + "' is missing");
            }
            return null;
        }
        Arr arr = array(f);
        if (arr.items().isEmpty()) {
            throw fail(arr, "'" + key + "' is empty: list at least one code");
        }
        List<CodeList.Entry> entries = new ArrayList<>();
        for (Node n : arr.items()) {
            String v = scalarText(n, "'" + key + "' entry");
            String problem = CodeList.problem(kind, v);
            if (problem != null) {
                throw fail(n, "'" + key + "' entry '" + v + "' " + problem);
            }
            entries.add(CodeList.parse(kind, v));
        }
        return new CodeList(kind, entries);
    }

    private List<String> modifiers(Obj o, String key) {
        List<String> out = new ArrayList<>();
        List<String> written = texts(o, key);
        for (int i = 0; i < written.size(); i++) {
            String m = written.get(i).strip().toUpperCase(Locale.ROOT);
            if (!MODIFIER.matcher(m).matches()) {
                throw fail(
                        item(o, key, i),
                        "'" + key + "' entry '" + written.get(i) + "' is not a modifier (two" + " letters or digits)");
            }
            out.add(m);
        }
        return out;
    }

    private List<String> places(Obj o, String key) {
        List<String> out = new ArrayList<>();
        List<String> written = texts(o, key);
        for (int i = 0; i < written.size(); i++) {
            String p = written.get(i).strip();
            if (!POS.matcher(p).matches()) {
                throw fail(
                        item(o, key, i),
                        "'" + key + "' entry '" + p + "' is not a place of service code (two"
                                + " digits, e.g. \"02\")");
            }
            out.add(p.length() == 1 ? "0" + p : p);
        }
        return out;
    }

    private List<String> texts(Obj o, String key) {
        Field f = o.fields().get(key);
        if (absent(f)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node n : array(f).items()) {
            out.add(scalarText(n, "'" + key + "' entry"));
        }
        return out;
    }

    private Node item(Obj o, String key, int i) {
        return ((Arr) o.fields().get(key).value()).items().get(i);
    }

    private @Nullable Integer integer(Obj o, String key, int min, int max) {
        Field f = o.fields().get(key);
        if (absent(f)) {
            return null;
        }
        if (!(f.value() instanceof Scalar s) || s.kind() != Scalar.Kind.INTEGER) {
            throw fail(f.value(), "'" + key + "' must be a whole number, not " + shown(f.value()));
        }
        long v;
        try {
            v = Long.parseLong(s.text().strip());
        } catch (NumberFormatException e) {
            v = Long.MAX_VALUE;
        }
        if (v < min || v > max) {
            throw fail(s, "'" + key + "' is " + s.text() + "; it must be from " + min + " to " + max);
        }
        return (int) v;
    }

    private String required(Obj o, String key, Node where) {
        String v = text(o, key);
        if (v == null || v.isBlank()) {
            throw fail(where, "'" + key + "' is missing");
        }
        return v.strip();
    }

    private @Nullable String text(Obj o, String key) {
        Field f = o.fields().get(key);
        if (absent(f)) {
            return null;
        }
        return scalarText(f.value(), "'" + key + "'");
    }

    private String scalarText(Node n, String what) {
        if (n instanceof Scalar s
                && s.text() != null
                && (s.kind() == Scalar.Kind.TEXT
                        || s.kind() == Scalar.Kind.INTEGER
                        || s.kind() == Scalar.Kind.DECIMAL)) {
            return s.text();
        }
        throw fail(n, what + " must be text, not " + shown(n));
    }

    private void check(Field f, Pattern pattern, String value, String problem) {
        if (!pattern.matcher(value).matches()) {
            throw fail(f.value(), "'" + f.key() + "' '" + value + "' " + problem);
        }
    }

    private Obj object(Node n, String what) {
        if (n instanceof Obj o) {
            return o;
        }
        throw fail(n, what + " must be an object (keys and values), not " + shown(n));
    }

    private Arr array(Field f) {
        if (f.value() instanceof Arr a) {
            return a;
        }
        throw fail(f.value(), "'" + f.key() + "' must be a list, not " + shown(f.value()));
    }

    private void keys(Obj o, String where, String... known) {
        List<String> k = List.of(known);
        for (Field f : o.fields().values()) {
            if (!k.contains(f.key())) {
                throw new RulePackException(
                        file,
                        f.line(),
                        f.column(),
                        "unknown key '" + f.key() + "' in " + where + "; the keys are " + String.join(", ", k));
            }
        }
    }

    private static boolean absent(@Nullable Field f) {
        return f == null || (f.value() instanceof Scalar s && s.kind() == Scalar.Kind.NULL);
    }

    private static String shown(Node n) {
        return switch (n) {
            case Obj o -> "an object";
            case Arr a -> "a list";
            case Scalar s ->
                switch (s.kind()) {
                    case NULL -> "empty";
                    case BOOLEAN -> s.text();
                    case INTEGER, DECIMAL -> "the number " + s.text();
                    case TEXT -> "'" + s.text() + "'";
                };
        };
    }

    private RulePackException fail(Node at, String reason) {
        return new RulePackException(file, at.line(), at.column(), reason);
    }
}
