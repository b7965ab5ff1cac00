package io.dsstudio.yaml;

/** Line-ending helpers: new text written into a file uses the file's own line ending. */
final class LineEndings {
    private LineEndings() {
    }

    /** {@code \r\n} when the file's first line ends that way, else {@code \n}. */
    static String of(String text) {
        int newline = text.indexOf('\n');
        return newline > 0 && text.charAt(newline - 1) == '\r' ? "\r\n" : "\n";
    }

    /** Text written with {@code \n} converted to the given line ending. */
    static String convert(String text, String newline) {
        return "\n".equals(newline) ? text : text.replace("\n", newline);
    }

    /** Offset of the end of the line holding {@code offset}: at its {@code \r\n} or {@code \n}, or the end of text. */
    static int lineEnd(String text, int offset) {
        int newline = text.indexOf('\n', offset);
        if (newline < 0) {
            return text.length();
        }
        return newline > 0 && text.charAt(newline - 1) == '\r' ? newline - 1 : newline;
    }

    /** Offset just past the line break of the line holding {@code offset} (or the end of text). */
    static int nextLineStart(String text, int offset) {
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline + 1;
    }

    static int lineStart(String text, int offset) {
        return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** True when only blanks stand between the start of the line and {@code offset}. */
    static boolean onlyBlanksBefore(String text, int offset) {
        for (int i = lineStart(text, offset); i < offset; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** True when only blanks or a comment follow {@code offset} on its line. */
    static boolean onlyBlanksOrCommentAfter(String text, int offset) {
        int end = lineEnd(text, offset);
        for (int i = offset; i < end; i++) {
            char c = text.charAt(i);
            if (c == '#') {
                return i == offset || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t';
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The offset just after the last non-blank character before {@code end} (not before {@code start}). */
    static int trimEnd(String text, int start, int end) {
        int i = Math.min(end, text.length());
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
