package org.openrcm.edits.claim;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the canonical claim JSON of DESIGN.md — one claim object or an array of them — into {@link Claim}s.
 *
 * <p>What is there must be readable: objects where objects belong, text where text belongs, ISO dates
 * ({@code 2026-03-02}), amounts as strings with at most two decimals ({@code "150.00"}), pointers as whole numbers;
 * otherwise a {@link ClaimJsonException} names the JSON path and the value. What is missing (absent, {@code null} or
 * blank text) is left {@code null} for the scrubber to report as {@code MISSING_FIELD}. Diagnoses may be written with
 * or without the dot and are kept as ICD-10-CM stores them ({@code E11.9} → {@code E119}); one that cannot be a code
 * is kept as written, for the code edits to report. Fields the format does not know are ignored.
 */
public final class ClaimJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // checked below, with a clearer sentence
            .build();

    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d{1,2})?");

    private ClaimJson() {}

    public static List<Claim> read(String json) {
        return claims(parse(() -> MAPPER.createParser(json)));
    }

    public static List<Claim> read(Reader json) {
        return claims(parse(() -> MAPPER.createParser(json)));
    }

    /** The claims of a file (UTF-8); a problem's message names its JSON path, the caller names the file. */
    public static List<Claim> read(Path file) {
        try (Reader r = Files.newBufferedReader(file)) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one JSON value of the input, or the line and column where it stops being JSON. */
    private static JsonNode parse(Supplier<JsonParser> open) {
        try (JsonParser parser = open.get()) {
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new ClaimJsonException("$", "no JSON in the input");
            }
            if (parser.nextToken() != null) {
                throw new ClaimJsonException(
                        "$",
                        where(parser.currentTokenLocation())
                                + "more JSON after the first value (several claims go in one array)");
            }
            return root;
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (JacksonException e) {
            throw new ClaimJsonException(
                    "$", where(e.getLocation()) + "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static String where(@Nullable TokenStreamLocation at) {
        return at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    }

    private static List<Claim> claims(JsonNode root) {
        if (root.isArray()) {
            return list(root, "$", "a claim (an object)", JsonNode::isObject, ClaimJson::claim);
        }
        if (root.isObject()) {
            return List.of(claim(root, "$"));
        }
        throw wrong(root, "$", "a claim (an object) or an array of claims");
    }

    private static Claim claim(JsonNode c, String at) {
        return new Claim(
                text(c, at, "id"),
                text(c, at, "kind"),
                text(c, at, "frequency"),
                object(
                        c,
                        at,
                        "payer",
                        (p, pAt) -> new Claim.Payer(text(p, pAt, "id"), text(p, pAt, "name"), text(p, pAt, "kind"))),
                object(
                        c,
                        at,
                        "subscriber",
                        (s, sAt) -> new Claim.Subscriber(
                                text(s, sAt, "memberId"),
                                text(s, sAt, "relationship"),
                                object(s, sAt, "name", ClaimJson::name),
                                object(s, sAt, "address", ClaimJson::address))),
                object(
                        c,
                        at,
                        "patient",
                        (p, pAt) -> new Claim.Patient(
                                text(p, pAt, "id"),
                                object(p, pAt, "name", ClaimJson::name),
                                date(p, pAt, "birthDate"),
                                text(p, pAt, "sex"),
                                object(p, pAt, "address", ClaimJson::address))),
                object(c, at, "billingProvider", ClaimJson::provider),
                object(c, at, "renderingProvider", ClaimJson::provider),
                text(c, at, "placeOfService"),
                date(c, at, "submittedOn"),
                text(c, at, "priorAuthorization"),
                array(c, at, "diagnoses", "a diagnosis code (text)", JsonNode::isString, ClaimJson::diagnosis),
                array(c, at, "lines", "a service line (an object)", JsonNode::isObject, ClaimJson::line));
    }

    private static Claim.Name name(JsonNode n, String at) {
        return new Claim.Name(text(n, at, "last"), text(n, at, "first"));
    }

    private static Claim.Address address(JsonNode a, String at) {
        return new Claim.Address(text(a, at, "line1"), text(a, at, "city"), text(a, at, "state"), text(a, at, "zip"));
    }

    private static Claim.Provider provider(JsonNode p, String at) {
        return new Claim.Provider(
                text(p, at, "npi"),
                text(p, at, "taxonomy"),
                text(p, at, "taxId"),
                text(p, at, "name"),
                object(p, at, "address", ClaimJson::address));
    }

    private static Claim.Line line(JsonNode l, String at) {
        return new Claim.Line(
                text(l, at, "procedure"),
                array(
                        l,
                        at,
                        "modifiers",
                        "a modifier (text)",
                        JsonNode::isString,
                        (m, mAt) -> m.stringValue().strip()),
                units(l, at),
                amount(l, at, "charge"),
                array(
                        l,
                        at,
                        "pointers",
                        "a diagnosis pointer (a whole number)",
                        ClaimJson::isPointer,
                        (p, pAt) -> p.intValue()),
                date(l, at, "serviceDate"));
    }

    /**
     * As ICD-10-CM stores it: upper case, without the dot after the category ({@code e11.9} → {@code E119}). Anything
     * else stays as written, blank included, for the edits to report.
     */
    private static String diagnosis(JsonNode d, String at) {
        String code = d.stringValue().strip().toUpperCase(Locale.ROOT);
        return code.length() > 4 && code.charAt(3) == '.' ? code.substring(0, 3) + code.substring(4) : code;
    }

    private static boolean isPointer(JsonNode p) {
        return p.isIntegralNumber() && p.canConvertToInt();
    }

    // --- fields: absent, null or blank is missing (null); anything else must be of the right kind ---

    private static @Nullable JsonNode field(JsonNode parent, String at, String name) {
        JsonNode v = parent.get(name);
        return v == null || v.isNull() ? null : v;
    }

    private static @Nullable String text(JsonNode parent, String at, String name) {
        JsonNode v = field(parent, at, name);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            throw wrong(v, at + "." + name, "text (write it in quotes)");
        }
        String s = v.stringValue().strip();
        return s.isEmpty() ? null : s;
    }

    private static <T> @Nullable T object(
            JsonNode parent, String at, String name, BiFunction<JsonNode, String, T> read) {
        JsonNode v = field(parent, at, name);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw wrong(v, at + "." + name, "an object");
        }
        return read.apply(v, at + "." + name);
    }

    private static <T> List<T> array(
            JsonNode parent,
            String at,
            String name,
            String element,
            Predicate<JsonNode> isElement,
            BiFunction<JsonNode, String, T> read) {
        JsonNode v = field(parent, at, name);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw wrong(v, at + "." + name, "an array");
        }
        return list(v, at + "." + name, element, isElement, read);
    }

    /** Every element of the array read, or the first that is not {@code element} named by its path. */
    private static <T> List<T> list(
            JsonNode array,
            String at,
            String element,
            Predicate<JsonNode> isElement,
            BiFunction<JsonNode, String, T> read) {
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode e = array.get(i);
            String eAt = at + "[" + i + "]";
            if (!isElement.test(e)) {
                throw wrong(e, eAt, element);
            }
            out.add(read.apply(e, eAt));
        }
        return out;
    }

    private static @Nullable LocalDate date(JsonNode parent, String at, String name) {
        String s = text(parent, at, name);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ClaimJsonException(at + "." + name, quoted(s) + " is not a date (YYYY-MM-DD)");
        }
    }

    /** Money: a string with at most two decimals, {@code "150.00"}; a plain JSON number is taken too. */
    private static @Nullable BigDecimal amount(JsonNode parent, String at, String name) {
        JsonNode v = field(parent, at, name);
        if (v == null) {
            return null;
        }
        String s = v.isNumber()
                ? v.decimalValue().toPlainString()
                : v.isString() ? v.stringValue().strip() : null;
        if (s == null || !(s.isEmpty() || AMOUNT.matcher(s).matches())) {
            throw new ClaimJsonException(at + "." + name, show(v) + " is not an amount (like \"150.00\")");
        }
        return s.isEmpty() ? null : new BigDecimal(s).setScale(2);
    }

    /** Units: a number ({@code 1}, or {@code 1.5} for time-based services). */
    private static @Nullable BigDecimal units(JsonNode parent, String at) {
        JsonNode v = field(parent, at, "units");
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            throw wrong(v, at + ".units", "a number of units");
        }
        return v.decimalValue();
    }

    private static ClaimJsonException wrong(JsonNode v, String at, String expected) {
        return new ClaimJsonException(at, show(v) + " is not " + expected);
    }

    private static String show(JsonNode v) {
        String s = v.isString() ? quoted(v.stringValue()) : v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }
}
