package org.openrcm.edits.packs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A pack file as a tree whose every value keeps the line and column it was written at, so the reader can refuse a
 * value by its place. Jackson's tree nodes forget locations, hence this small tree built from the token stream.
 */
final class PackTree {

    /** Deeper than any pack needs; a guard against hostile nesting. */
    static final int MAX_DEPTH = 16;

    private PackTree() {}

    /** A value of the file with where it starts (1-based line and column). */
    sealed interface Node permits Obj, Arr, Scalar {
        int line();

        int column();
    }

    /** A key of an object, where the key is written, and its value. */
    record Field(String key, int line, int column, Node value) {}

    /** An object (a YAML mapping), its keys in file order. */
    record Obj(Map<String, Field> fields, int line, int column) implements Node {}

    /** An array (a YAML sequence). */
    record Arr(List<Node> items, int line, int column) implements Node {}

    /**
     * Text, a number, a boolean or null: {@code text} as written (a number's digits as written, so {@code 02} stays
     * {@code 02}), {@code null} for a null value.
     */
    record Scalar(@Nullable String text, Kind kind, int line, int column) implements Node {
        enum Kind {
            TEXT,
            INTEGER,
            DECIMAL,
            BOOLEAN,
            NULL
        }
    }

    /** The one document of the stream, or a refusal naming its place. */
    static Node read(JsonParser parser, String file) {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new RulePackException(file, 0, 0, "the file is empty");
            }
            Node root = value(parser, file, first, 0);
            JsonToken after = parser.nextToken();
            if (after != null) {
                TokenStreamLocation at = parser.currentTokenLocation();
                throw new RulePackException(
                        file, at.getLineNr(), at.getColumnNr(), "more than one document: a file holds one pack");
            }
            return root;
        } catch (JacksonIOException e) {
            throw new RulePackException(file, 0, 0, "cannot be read (" + e.getOriginalMessage() + ")");
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new RulePackException(
                    file,
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    "not valid " + (parser instanceof YAMLParser ? "YAML" : "JSON") + " (" + firstLine(e) + ")");
        }
    }

    /**
     * The parser's reason without its excerpt of the file: SnakeYAML writes a context line, then the problem, each
     * followed by indented lines quoting the file; the problem is the last line that is not indented.
     */
    private static String firstLine(JacksonException e) {
        String m = e.getOriginalMessage();
        String reason = "unreadable";
        if (m != null) {
            for (String line : m.split("\n")) {
                if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                    reason = line.strip();
                }
            }
        }
        return reason;
    }

    private static Node value(JsonParser p, String file, JsonToken token, int depth) {
        TokenStreamLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (depth > MAX_DEPTH) {
            throw new RulePackException(file, line, column, "nested deeper than " + MAX_DEPTH + " levels");
        }
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            throw new RulePackException(file, line, column, "YAML aliases (*name) are not supported: write the value");
        }
        return switch (token) {
            case START_OBJECT -> object(p, file, line, column, depth);
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    items.add(value(p, file, t, depth + 1));
                }
                yield new Arr(List.copyOf(items), line, column);
            }
            case VALUE_STRING -> new Scalar(p.getString(), Scalar.Kind.TEXT, line, column);
            case VALUE_NUMBER_INT -> new Scalar(p.getString(), Scalar.Kind.INTEGER, line, column);
            case VALUE_NUMBER_FLOAT -> new Scalar(p.getString(), Scalar.Kind.DECIMAL, line, column);
            case VALUE_TRUE, VALUE_FALSE -> new Scalar(p.getString(), Scalar.Kind.BOOLEAN, line, column);
            case VALUE_NULL -> new Scalar(null, Scalar.Kind.NULL, line, column);
            default -> throw new RulePackException(file, line, column, "unexpected " + token);
        };
    }

    private static Obj object(JsonParser p, String file, int line, int column, int depth) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            TokenStreamLocation keyAt = p.currentTokenLocation();
            String key = p.currentName();
            Node v = value(p, file, p.nextToken(), depth + 1);
            if (fields.containsKey(key)) {
                throw new RulePackException(
                        file,
                        keyAt.getLineNr(),
                        keyAt.getColumnNr(),
                        "'" + key + "' is given twice (first on line "
                                + fields.get(key).line() + ")");
            }
            fields.put(key, new Field(key, keyAt.getLineNr(), keyAt.getColumnNr(), v));
        }
        return new Obj(fields, line, column);
    }
}
