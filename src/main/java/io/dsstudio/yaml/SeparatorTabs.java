package io.dsstudio.yaml;

import java.util.BitSet;
import java.util.function.IntUnaryOperator;

/**
 * Finds the tabs that kubectl's YAML reader (go-yaml, after libyaml) takes as separating blanks but SnakeYAML
 * refuses: after a simple key's {@code :} ({@code key:<TAB>value}), after a quoted scalar or a closed flow
 * collection, and anywhere between tokens inside a flow collection. Tabs in indentation, after {@code - } or
 * {@code ? }, inside quoted scalars, block scalars and comments are left alone, and so are those inside or after
 * plain scalars (SnakeYAML reads those as kubectl does). The reader then serves the found tabs as spaces, so
 * positions do not move.
 */
final class SeparatorTabs {
    private final IntUnaryOperator at;
    private final int length;
    private final BitSet found = new BitSet();
    private int flowDepth;
    /** The open quote character while inside a quoted scalar (which may span lines), else 0. */
    private int quote;
    /** Indentation of the line that opened a block scalar, or -1 when not in one. */
    private int blockScalarParent = -1;

    private SeparatorTabs(IntUnaryOperator at, int length) {
        this.at = at;
        this.length = length;
    }

    /** Indices of the separating tabs among the first {@code length} code points. */
    static BitSet find(IntUnaryOperator at, int length) {
        SeparatorTabs scan = new SeparatorTabs(at, length);
        int lineStart = 0;
        while (lineStart < length) {
            int lineEnd = lineStart;
            while (lineEnd < length && at.applyAsInt(lineEnd) != '\n') {
                lineEnd++;
            }
            scan.line(lineStart, lineEnd);
            lineStart = lineEnd + 1;
        }
        return scan.found;
    }

    private void line(int start, int end) {
        int i = start;
        while (i < end && at.applyAsInt(i) == ' ') {
            i++;
        }
        int indent = i - start;
        if (blockScalarParent >= 0) {
            if (i == end || at.applyAsInt(i) == '\r' || indent > blockScalarParent) {
                return; // content of a block scalar, blank lines included
            }
            blockScalarParent = -1;
        }
        if (quote == 0 && flowDepth == 0 && i < end && at.applyAsInt(i) == '\t') {
            return; // a tab in block indentation is an error for both readers
        }
        int previous = 0; // the last non-blank character outside quotes on this line, 0 at its start
        boolean afterQuote = false;
        for (; i < end; i++) {
            int c = at.applyAsInt(i);
            if (quote != 0) {
                if (quote == '"' && c == '\\') {
                    i++;
                } else if (c == quote) {
                    if (quote == '\'' && i + 1 < end && at.applyAsInt(i + 1) == '\'') {
                        i++;
                    } else {
                        quote = 0;
                        afterQuote = true;
                        previous = c;
                    }
                }
                continue;
            }
            if (c == '\t') {
                if (separates(previous, afterQuote)) {
                    found.set(i);
                }
                continue;
            }
            if (c == ' ' || c == '\r') {
                continue;
            }
            if (c == '#' && (previous == 0 || isBlank(at.applyAsInt(i - 1)))) {
                return;
            }
            boolean tokenStart = previous == 0 || isBlank(at.applyAsInt(i - 1)) || "[{,:".indexOf(previous) >= 0;
            if ((c == '"' || c == '\'') && tokenStart) {
                quote = c;
                continue;
            }
            if ((c == '|' || c == '>') && (previous == ':' || previous == '-') && isBlank(at.applyAsInt(i - 1))) {
                blockScalarParent = indent;
                return;
            }
            if (c == '[' || c == '{') {
                flowDepth++;
            } else if ((c == ']' || c == '}') && flowDepth > 0) {
                flowDepth--;
            }
            afterQuote = false;
            previous = c;
        }
    }

    private boolean separates(int previous, boolean afterQuote) {
        if (flowDepth > 0) {
            return true;
        }
        return afterQuote || previous == ':' || previous == ']' || previous == '}';
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t';
    }
}
