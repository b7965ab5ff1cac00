package io.dsstudio.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits a YAML stream into documents as kubectl's YAMLReader does: a line that starts with {@code ---}
 * followed by nothing but blanks or a comment separates documents. Each document is then parsed on its own,
 * so one broken document does not hide the others.
 */
final class DocumentSplitter {
    private DocumentSplitter() {
    }

    /** A document: the window {@code [offset, end)} of the file's text, and its 1-based first line. */
    record Chunk(String source, int offset, int end, int line) {
        /** The document's text (a copy). */
        String text() {
            return source.substring(offset, end);
        }

        int length() {
            return end - offset;
        }
    }

    static List<Chunk> split(String text) {
        List<Chunk> chunks = new ArrayList<>();
        split(text, chunks::add);
        return chunks;
    }

    /** {@link #split(String)} handing each document to {@code found} as soon as its end is found, in file order. */
    static void split(String text, Consumer<Chunk> found) {
        int chunkStart = 0;
        int chunkLine = 1;
        int lineStart = 0;
        int line = 1;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (isSeparator(text, lineStart, lineEnd)) {
                found.accept(new Chunk(text, chunkStart, lineStart, chunkLine));
                chunkStart = newline < 0 ? text.length() : newline + 1;
                chunkLine = line + 1;
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
            line++;
        }
        found.accept(new Chunk(text, Math.min(chunkStart, text.length()), text.length(), chunkLine));
    }

    private static boolean isSeparator(String text, int start, int end) {
        if (!text.startsWith("---", start) || start + 3 > end) {
            return false;
        }
        int i = start + 3;
        while (i < end && text.charAt(i) <= ' ') {
            i++;
        }
        return i == end || text.charAt(i) == '#';
    }
}
