package io.dsstudio.ui.editor;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Syntax colours for YAML (keys, comments, document markers, strings, numbers, anchors) plus problem marks. */
public final class YamlHighlighter {
    private static final Pattern TOKENS = Pattern.compile(
            "(?<COMMENT>(?<=^|\\s)#[^\\n]*)"
                    + "|(?<MARKER>^---\\s*$|^\\.\\.\\.\\s*$)"
                    + "|(?<KEY>^[ \\t]*(?:- +)*[^\\s#:'\"\\[\\]{},][^:\\n#]*?(?=:(?:\\s|$)))"
                    + "|(?<STRING>\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\n]|'')*')"
                    + "|(?<ANCHOR>[&*][\\w.-]+)"
                    + "|(?<NUMBER>(?<=[\\s:\\[,-])-?\\d+(?:\\.\\d+)?(?=\\s*$|\\s*[,\\]}#]))",
            Pattern.MULTILINE);
    private static final String[] GROUPS = {"COMMENT", "MARKER", "KEY", "STRING", "ANCHOR", "NUMBER"};

    private YamlHighlighter() {
    }

    public static StyleSpans<Collection<String>> highlight(String text, List<EditorProblem> problems) {
        StyleSpans<Collection<String>> syntax = syntax(text);
        if (problems.isEmpty() || text.isEmpty()) {
            return syntax;
        }
        return syntax.overlay(marks(text, problems), (a, b) -> {
            if (b.isEmpty()) {
                return a;
            }
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        });
    }

    static StyleSpans<Collection<String>> syntax(String text) {
        Matcher m = TOKENS.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String style = null;
            for (String g : GROUPS) {
                if (m.group(g) != null) {
                    style = "yaml-" + g.toLowerCase(java.util.Locale.ROOT);
                    break;
                }
            }
            int start = m.start();
            if ("yaml-key".equals(style)) {
                // colour the key only, not its indentation or list dashes
                String token = m.group();
                int offset = 0;
                while (offset < token.length() && (token.charAt(offset) == ' ' || token.charAt(offset) == '\t' || token.charAt(offset) == '-')) {
                    offset++;
                }
                start += offset;
            }
            spans.add(Collections.emptyList(), start - last);
            spans.add(Collections.singleton(style), m.end() - start);
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }

    /** Each problem underlines from its position to the end of the token there (the whole line when at its end). */
    static StyleSpans<Collection<String>> marks(String text, List<EditorProblem> problems) {
        Collection<String>[] styles = new Collection[text.length()];
        for (EditorProblem p : problems) {
            int[] range = range(text, p.line(), p.column());
            String style = p.isError() ? "yaml-error" : "yaml-warning";
            for (int i = range[0]; i < range[1]; i++) {
                if (styles[i] == null || "yaml-warning".equals(styles[i].iterator().next())) {
                    styles[i] = Collections.singleton(style);
                }
            }
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int i = 0;
        while (i < text.length()) {
            Collection<String> style = styles[i] == null ? Collections.emptyList() : styles[i];
            int j = i + 1;
            while (j < text.length() && (styles[j] == null ? Collections.emptyList() : styles[j]).equals(style)) {
                j++;
            }
            spans.add(style, j - i);
            i = j;
        }
        return spans.create();
    }

    /** Offsets [start, end) of the marked text for a 1-based line and column. */
    public static int[] range(String text, int line, int column) {
        int start = offset(text, line, column);
        int lineEnd = text.indexOf('\n', start);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int end = start;
        while (end < lineEnd && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        if (end == start) {
            int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
            return new int[] {Math.min(lineStart, start), Math.max(lineEnd, Math.min(text.length(), start + 1))};
        }
        return new int[] {start, end};
    }

    /** The offset of a 1-based line and column, clamped into the text. */
    public static int offset(String text, int line, int column) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            int next = text.indexOf('\n', at);
            if (next < 0) {
                return text.length();
            }
            at = next + 1;
        }
        int lineEnd = text.indexOf('\n', at);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        return Math.min(at + Math.max(0, column - 1), lineEnd);
    }
}
