package io.dsstudio.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link YNode} tree with source positions from a Jackson JSON token stream (one document of a JSON
 * file or stream). Every JSON object and array is a flow collection.
 */
final class JsonTreeBuilder {
    private final JsonParser parser;
    private final DocumentText text;
    private final ReadLimits limits;

    JsonTreeBuilder(JsonParser parser, DocumentText text, ReadLimits limits) {
        this.parser = parser;
        this.text = text;
        this.limits = limits;
    }

    /** The document's root, or null for an empty document. */
    YNode readDocument() throws IOException, SyntaxProblem {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        YNode root = readValue(first, 0);
        return root;
    }

    private YNode readValue(JsonToken token, int depth) throws IOException, SyntaxProblem {
        if (depth > limits.maxNestingDepth()) {
            throw problemAt("nesting deeper than " + limits.maxNestingDepth() + " levels", start());
        }
        return switch (token) {
            case START_OBJECT -> readMap(depth);
            case START_ARRAY -> readSeq(depth);
            default -> readScalar(token);
        };
    }

    private YNode readScalar(JsonToken token) throws IOException, SyntaxProblem {
        TextSpan span = scalarSpan();
        String raw = parser.getText();
        Object value = switch (token) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> normaliseInteger(parser.getNumberValue());
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_STRING -> raw;
            default -> throw problemAt("unexpected token " + token, span);
        };
        return new YScalar(value, raw, span);
    }

    private static Object normaliseInteger(Number number) {
        if (number instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        return number instanceof BigInteger ? number : Long.valueOf(number.longValue());
    }

    private YMap readMap(int depth) throws IOException, SyntaxProblem {
        TextSpan startSpan = start();
        List<YEntry> entries = new ArrayList<>();
        KeyIndex seen = new KeyIndex(entries);
        long size = 1;
        JsonToken t;
        int lastEnd = startSpan.start();
        while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (t == null) {
                throw problemAt("unexpected end of document inside a mapping", startSpan);
            }
            String key = parser.currentName();
            TextSpan keySpan = scalarSpan();
            YNode value = readValue(parser.nextToken(), depth + 1);
            size += value.expandedSize();
            Integer previous = seen.put(key);
            if (previous != null) {
                throw problemAt("duplicate key \"" + key + "\" (first at line "
                        + entries.get(previous).keySpan().line() + ")", keySpan);
            }
            entries.add(new YEntry(key, keySpan, value));
            lastEnd = Math.max(lastEnd, value.span().end());
        }
        int end = Math.max(lastEnd, text.baseOffset() + currentEnd());
        return new YMap(entries, new TextSpan(startSpan.start(), end, startSpan.line(), startSpan.column()), true, size);
    }

    private YSeq readSeq(int depth) throws IOException, SyntaxProblem {
        TextSpan startSpan = start();
        List<YNode> items = new ArrayList<>();
        long size = 1;
        int lastEnd = startSpan.start();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw problemAt("unexpected end of document inside a list", startSpan);
            }
            YNode item = readValue(t, depth + 1);
            size += item.expandedSize();
            items.add(item);
            lastEnd = Math.max(lastEnd, item.span().end());
        }
        int end = Math.max(lastEnd, text.baseOffset() + currentEnd());
        return new YSeq(items, new TextSpan(startSpan.start(), end, startSpan.line(), startSpan.column()), true, size);
    }

    private TextSpan start() {
        JsonLocation loc = parser.currentTokenLocation();
        int offset = text.toCharOffset(loc.getCharOffset());
        return text.span(offset, offset);
    }

    private TextSpan scalarSpan() {
        JsonLocation startLoc = parser.currentTokenLocation();
        int start = text.toCharOffset(startLoc.getCharOffset());
        int end = jsonScalarEnd(start);
        return text.span(start, Math.max(start, end));
    }

    private int currentEnd() {
        return text.toCharOffset(parser.currentLocation().getCharOffset());
    }

    /** JSON parsers report the location after a scalar only loosely (they read ahead); find the scalar's end in the text. */
    private int jsonScalarEnd(int start) {
        if (start < text.length() && text.charAt(start) == '"') {
            int i = start + 1;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    return i + 1;
                }
                i++;
            }
            return text.length();
        }
        int i = start;
        while (i < text.length() && ",}] \t\r\n:".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private SyntaxProblem problemAt(String message, TextSpan span) {
        return new SyntaxProblem(message, span.line(), span.column());
    }
}
