package io.dsstudio.yaml;

import java.util.Arrays;

/**
 * The text of one document as it stands in its file: positions reported by a parser of this text alone are
 * turned into file offsets, lines and columns. The document is a window {@code [from, to)} of a larger
 * string (usually the whole file), so splitting a file into documents copies nothing; the window is copied,
 * and its line index built, only when a general parser needs them.
 */
final class DocumentText {
    private final String source;
    private final int from;
    private final int to;
    private final int baseOffset;
    private final int baseLine;
    private final boolean parserMayCountCodePoints;
    private String text;
    private int[] lineStarts;
    /** Code point indices of the characters outside the BMP, ascending (when the parser counts code points). */
    private int[] supplementary;

    /** A whole string as a document whose first character stands at {@code baseOffset} of its file. */
    DocumentText(String text, int baseOffset, int baseLine, boolean parserCountsCodePoints) {
        this(text, 0, text.length(), baseOffset, baseLine, parserCountsCodePoints);
    }

    /** The window {@code [from, to)} of a file's text, starting on the file's line {@code baseLine}. */
    static DocumentText window(String fileText, int from, int to, int baseLine, boolean parserCountsCodePoints) {
        return new DocumentText(fileText, from, to, from, baseLine, parserCountsCodePoints);
    }

    private DocumentText(String source, int from, int to, int baseOffset, int baseLine, boolean parserCountsCodePoints) {
        this.source = source;
        this.from = from;
        this.to = to;
        this.baseOffset = baseOffset;
        this.baseLine = baseLine;
        this.parserMayCountCodePoints = parserCountsCodePoints;
    }

    private static int[] supplementaryIndices(String s) {
        int[] found = new int[16];
        int count = 0;
        int codePoint = 0;
        for (int i = 0; i < s.length(); codePoint++) {
            if (Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = codePoint;
                i += 2;
            } else {
                i++;
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int[] lineStarts(String s) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    int baseOffset() {
        return baseOffset;
    }

    /** The string the document is a window of, with {@link #from()} and {@link #to()}: read it in place. */
    String source() {
        return source;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    /** The document's own text (a copy of the window, made once). */
    String text() {
        if (text == null) {
            text = from == 0 && to == source.length() ? source : source.substring(from, to);
        }
        return text;
    }

    int length() {
        return to - from;
    }

    char charAt(int localOffset) {
        return localOffset < length() ? source.charAt(from + localOffset) : '\0';
    }

    /**
     * A parser offset (UTF-16 units, or code points for SnakeYAML) as a UTF-16 offset into this text: each
     * character outside the BMP before it adds one unit (a binary search, so long documents stay linear).
     */
    int toCharOffset(long parserOffset) {
        int offset = (int) Math.max(0, Math.min(parserOffset, Integer.MAX_VALUE));
        if (supplementary == null) {
            supplementary = parserMayCountCodePoints && hasSurrogates(text()) ? supplementaryIndices(text()) : new int[0];
        }
        if (supplementary.length == 0) {
            return Math.min(offset, length());
        }
        int index = Arrays.binarySearch(supplementary, offset);
        int before = index >= 0 ? index : -index - 1;
        return Math.min(offset + before, length());
    }

    /** A span between two local offsets, reported in file coordinates. */
    TextSpan span(int localStart, int localEnd) {
        if (lineStarts == null) {
            lineStarts = lineStarts(text());
        }
        int lineIndex = lineOf(localStart);
        int column = localStart - lineStarts[lineIndex] + 1;
        return new TextSpan(baseOffset + localStart, baseOffset + localEnd, baseLine + lineIndex, column);
    }

    /** File line and column of a local 1-based line and column as a parser reports them. */
    int fileLine(int localLine) {
        return baseLine + Math.max(0, localLine - 1);
    }

    private int lineOf(int localOffset) {
        int idx = Arrays.binarySearch(lineStarts, localOffset);
        return idx >= 0 ? idx : -idx - 2;
    }
}
