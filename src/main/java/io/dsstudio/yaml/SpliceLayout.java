package io.dsstudio.yaml;

import java.util.List;
import java.util.Map;

/**
 * Text geometry for splices: where a value really ends, where a key's colon and an item's dash stand, and
 * how to insert into or remove from flow collections and block collections without disturbing neighbours.
 */
final class SpliceLayout {
    private final String text;
    private final boolean json;

    SpliceLayout(String text, boolean json) {
        this.text = text;
        this.json = json;
    }

    static boolean isBlockContainer(Object value) {
        return (value instanceof Map<?, ?> m && !m.isEmpty()) || (value instanceof List<?> l && !l.isEmpty());
    }

    /** The end of a node's own text: block scalars and block collections report an end past trailing line breaks. */
    int valueEnd(YNode node) {
        return LineEndings.trimEnd(text, node.span().start(), node.span().end());
    }

    int colonAfter(TextSpan keySpan) throws ManifestEditException {
        int i = keySpan.end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ':') {
            throw new ManifestEditException("cannot find the ':' after the key at line " + keySpan.line());
        }
        return i;
    }

    int dashBefore(YNode item) throws ManifestEditException {
        int i = item.span().start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0 || text.charAt(i) != '-') {
            throw new ManifestEditException("cannot find the '-' of the list item at line " + item.span().line());
        }
        return i;
    }

    /** The column (0-based) of the dashes of a block sequence. */
    int dashColumn(YSeq seq) throws ManifestEditException {
        int dash = dashBefore(seq.items().get(0));
        return dash - LineEndings.lineStart(text, dash);
    }

    private int lineIndent(int offset) {
        int start = LineEndings.lineStart(text, offset);
        int i = start;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i - start;
    }

    /** A new scalar in an old scalar's place, keeping its quoting style (and literal block style) when it can. */
    String scalarLike(YNode old, Object value, int blockIndent) {
        YamlScalars.Style style = old instanceof YScalar ? YamlScalars.styleOf(text, old.span()) : YamlScalars.Style.PLAIN;
        char first = old.span().end() > old.span().start() ? text.charAt(old.span().start()) : ' ';
        if ((first == '|' || first == '>') && value instanceof String s && s.contains("\n")) {
            StringBuilder out = new StringBuilder();
            YamlWriter.inlineScalar(value, blockIndent, out);
            return out.toString();
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return value instanceof Map<?, ?> ? "{}" : "[]";
        }
        return YamlScalars.scalar(value, style, false);
    }

    /** A value inside a flow collection or JSON; multi-line JSON gets pretty JSON aligned with its key's line. */
    String flowValue(YNode old, Object value, TextSpan keySpan) {
        if (json) {
            boolean multiLine = text.substring(old.span().start(), valueEnd(old)).contains("\n");
            return multiLine && isBlockContainer(value) ? JsonWriter.pretty(value, lineIndent(keySpan.start()))
                    : JsonWriter.compact(value);
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return YamlWriter.flow(value);
        }
        YamlScalars.Style style = old instanceof YScalar ? YamlScalars.styleOf(text, old.span()) : YamlScalars.Style.PLAIN;
        return YamlScalars.scalar(value, style, true);
    }

    /** Inserts {@code prefix + value} as the last member of a flow collection (or JSON object/array). */
    EditSplicer.Splice insertFlow(TextSpan span, List<TextSpan[]> members, char close, String prefix, Object value)
            throws ManifestEditException {
        int closeAt = closing(span, close);
        if (members.isEmpty()) {
            String rendered = json ? JsonWriter.compact(value) : YamlWriter.flow(value);
            return new EditSplicer.Splice(span.start() + 1, closeAt, prefix + rendered);
        }
        TextSpan[] last = members.get(members.size() - 1);
        int at = LineEndings.trimEnd(text, last[1].start(), last[1].end());
        boolean multiLine = last[0].line() != span.line();
        String rendered;
        if (multiLine) {
            int indent = lineIndent(last[0].start());
            String pretty = json ? JsonWriter.pretty(value, indent) : YamlWriter.flow(value);
            rendered = ",\n" + " ".repeat(indent) + prefix + pretty;
        } else {
            rendered = ", " + prefix + (json ? JsonWriter.compact(value) : YamlWriter.flow(value));
        }
        return new EditSplicer.Splice(at, at, rendered);
    }

    /** Removes member {@code index} of a flow collection with its separating comma. */
    EditSplicer.Splice removeFlow(TextSpan span, List<TextSpan[]> members, int index) throws ManifestEditException {
        if (members.size() == 1) {
            return new EditSplicer.Splice(span.start() + 1, closing(span, text.charAt(span.start()) == '{' ? '}' : ']'), "");
        }
        TextSpan[] member = members.get(index);
        int end = LineEndings.trimEnd(text, member[1].start(), member[1].end());
        if (index > 0) {
            TextSpan[] previous = members.get(index - 1);
            return new EditSplicer.Splice(LineEndings.trimEnd(text, previous[1].start(), previous[1].end()), end, "");
        }
        return new EditSplicer.Splice(member[0].start(), members.get(1)[0].start(), "");
    }

    /** Removes a block mapping entry: its whole lines (with its own comment lines above) when it stands alone on them. */
    EditSplicer.Splice removeBlockEntry(YMap map, int index, boolean rootMap) throws ManifestEditException {
        YEntry entry = map.entries().get(index);
        int keyStart = entry.keySpan().start();
        int end = Math.max(entry.keySpan().end(), valueEnd(entry.value()));
        if (LineEndings.onlyBlanksBefore(text, keyStart) && LineEndings.onlyBlanksOrCommentAfter(text, end)) {
            int start = LineEndings.lineStart(text, keyStart);
            if (!(rootMap && index == 0)) {
                start = commentLinesAbove(start, keyStart - start);
            }
            return new EditSplicer.Splice(start, LineEndings.nextLineStart(text, end), "");
        }
        if (index + 1 < map.entries().size()) {
            return new EditSplicer.Splice(keyStart, map.entries().get(index + 1).keySpan().start(), "");
        }
        throw new ManifestEditException("cannot remove the key at line " + entry.keySpan().line() + " safely");
    }

    /** Removes a block sequence item: its whole lines when it stands alone on them, else up to the next dash. */
    EditSplicer.Splice removeBlockItem(YSeq seq, int index) throws ManifestEditException {
        YNode item = seq.items().get(index);
        int dash = dashBefore(item);
        int end = Math.max(dash + 1, valueEnd(item));
        if (LineEndings.onlyBlanksBefore(text, dash) && LineEndings.onlyBlanksOrCommentAfter(text, end)) {
            int start = LineEndings.lineStart(text, dash);
            start = commentLinesAbove(start, dash - start);
            return new EditSplicer.Splice(start, LineEndings.nextLineStart(text, end), "");
        }
        if (index + 1 < seq.items().size()) {
            return new EditSplicer.Splice(dash, dashBefore(seq.items().get(index + 1)), "");
        }
        throw new ManifestEditException("cannot remove the list item at line " + item.span().line() + " safely");
    }

    /** The start of the comment lines directly above a line that sit at exactly its indentation. */
    private int commentLinesAbove(int lineStart, int indent) {
        int start = lineStart;
        while (start > 0) {
            int previous = LineEndings.lineStart(text, start - 1);
            String line = text.substring(previous, start).stripTrailing();
            int blanks = 0;
            while (blanks < line.length() && line.charAt(blanks) == ' ') {
                blanks++;
            }
            if (blanks != indent || blanks >= line.length() || line.charAt(blanks) != '#') {
                break;
            }
            start = previous;
        }
        return start;
    }

    private int closing(TextSpan span, char close) throws ManifestEditException {
        int at = LineEndings.trimEnd(text, span.start(), span.end()) - 1;
        if (at > span.start() && text.charAt(at) == close) {
            return at;
        }
        throw new ManifestEditException("cannot find the closing '" + close + "' of the collection at line " + span.line());
    }
}
