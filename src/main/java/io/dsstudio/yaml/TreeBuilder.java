package io.dsstudio.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link YNode} tree with source positions from a Jackson token stream (YAML or JSON) of one
 * document. Anchors and aliases are resolved here (Jackson 2 reports an alias as a string), with limits on
 * alias count and expanded size so alias bombs are rejected; YAML merge keys ({@code <<}) are applied.
 */
final class TreeBuilder {
    private final JsonParser parser;
    private final DocumentText text;
    private final ReadLimits limits;
    private final Map<String, YNode> anchors = new HashMap<>();
    private int aliasCount;

    TreeBuilder(JsonParser parser, DocumentText text, ReadLimits limits) {
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
        if (root.expandedSize() > limits.maxExpandedNodes()) {
            throw problemAt("document expands to more than " + limits.maxExpandedNodes()
                    + " nodes through aliases (alias bomb?)", root.span());
        }
        return root;
    }

    private YNode readValue(JsonToken token, int depth) throws IOException, SyntaxProblem {
        if (depth > limits.maxNestingDepth()) {
            throw problemAt("nesting deeper than " + limits.maxNestingDepth() + " levels", start());
        }
        String anchor = anchorOfCurrent();
        YNode node = switch (token) {
            case START_OBJECT -> readMap(depth);
            case START_ARRAY -> readSeq(depth);
            default -> readScalarOrAlias(token);
        };
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private String anchorOfCurrent() throws IOException {
        if (parser instanceof YAMLParser yaml && !yaml.isCurrentAlias()) {
            return yaml.getObjectId() == null ? null : yaml.getObjectId().toString();
        }
        return null;
    }

    private YNode readScalarOrAlias(JsonToken token) throws IOException, SyntaxProblem {
        TextSpan span = scalarSpan();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            String name = parser.getText();
            YNode target = anchors.get(name);
            if (target == null) {
                throw problemAt("unknown alias *" + name, span);
            }
            if (++aliasCount > limits.maxAliases()) {
                throw problemAt("more than " + limits.maxAliases() + " aliases in one document (alias bomb?)", span);
            }
            return target;
        }
        String raw = parser.getText();
        Object value = switch (token) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> normaliseInteger(parser.getNumberValue());
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_STRING -> parser instanceof YAMLParser ? kubectlPlain(raw, span) : raw;
            default -> throw problemAt("unexpected token " + token, span);
        };
        return new YScalar(value, raw, span);
    }

    /**
     * Where kubectl's YAML 1.1 reader (go-yaml v2) differs from SnakeYAML on unquoted scalars: an empty value
     * is null, and y/Y/n/N are booleans. Quoted scalars stay strings.
     */
    private Object kubectlPlain(String raw, TextSpan span) {
        if (raw.length() > 1) {
            return raw;
        }
        int local = span.start() - text.baseOffset();
        char first = span.end() > span.start() ? text.charAt(local) : '\0';
        if (first == '\'' || first == '"') {
            return raw;
        }
        return switch (raw) {
            case "" -> null;
            case "y", "Y" -> Boolean.TRUE;
            case "n", "N" -> Boolean.FALSE;
            default -> raw;
        };
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
            if ("<<".equals(key) && parser instanceof YAMLParser && text.charAt(keySpan.start() - text.baseOffset()) == '<') {
                mergeInto(entries, seen, value, keySpan);
            } else {
                Integer previous = seen.put(key);
                if (previous != null) {
                    throw problemAt("duplicate key \"" + key + "\" (first at line "
                            + entries.get(previous).keySpan().line() + ")", keySpan);
                }
                entries.add(new YEntry(key, keySpan, value));
            }
            lastEnd = Math.max(lastEnd, value.span().end());
        }
        boolean flow = text.charAt(startSpan.start()) == '{';
        int end = flow ? text.baseOffset() + currentEnd() : lastEnd;
        return new YMap(entries, new TextSpan(startSpan.start(), end, startSpan.line(), startSpan.column()), flow, size);
    }

    /** YAML merge key: keys of the merged mapping(s) that the mapping does not set itself. */
    private void mergeInto(List<YEntry> entries, KeyIndex seen, YNode merged, TextSpan where)
            throws SyntaxProblem {
        List<YNode> sources = merged instanceof YSeq seq ? seq.items() : List.of(merged);
        for (YNode source : sources) {
            if (!(source instanceof YMap map)) {
                throw problemAt("merge key << needs a mapping or a list of mappings", where);
            }
            for (YEntry e : map.entries()) {
                if (seen.put(e.key()) == null) {
                    entries.add(e);
                }
            }
        }
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
        boolean flow = text.charAt(startSpan.start()) == '[';
        int end = flow ? text.baseOffset() + currentEnd() : lastEnd;
        return new YSeq(items, new TextSpan(startSpan.start(), end, startSpan.line(), startSpan.column()), flow, size);
    }

    private TextSpan start() {
        JsonLocation loc = parser.currentTokenLocation();
        int offset = text.toCharOffset(loc.getCharOffset());
        return text.span(offset, offset);
    }

    private TextSpan scalarSpan() {
        JsonLocation startLoc = parser.currentTokenLocation();
        int start = text.toCharOffset(startLoc.getCharOffset());
        int end = parser instanceof YAMLParser ? currentEnd() : jsonScalarEnd(start);
        return text.span(start, Math.max(start, end));
    }

    private int currentEnd() {
        return text.toCharOffset(parser.currentLocation().getCharOffset());
    }

    /** JSON parsers report the location after the current token only loosely; find the scalar's end in the text. */
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

    static SyntaxProblem fromConstraint(StreamConstraintsException e, DocumentText text) {
        return new SyntaxProblem(e.getOriginalMessage(), 1, 1);
    }
}
