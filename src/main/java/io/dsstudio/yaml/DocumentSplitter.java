package io.dsstudio.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a YAML stream into documents as kubectl's YAMLReader does: a line that starts with {@code ---}
 * followed by nothing but blanks or a comment separates documents. Each document is then parsed on its own,
 * so one broken document does not hide the others.
 */
final class DocumentSplitter {
    private DocumentSplitter() {
    }

    /** A document's text with its offset and 1-based first line in the file. */
    record Chunk(String text, int offset, int line) {
    }

    static List<Chunk> split(String text) {
        List<Chunk> chunks = new ArrayList<>();
        int chunkStart = 0;
        int chunkLine = 1;
        int lineStart = 0;
        int line = 1;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (isSeparator(text, lineStart, lineEnd)) {
                chunks.add(new Chunk(text.substring(chunkStart, lineStart), chunkStart, chunkLine));
                chunkStart = newline < 0 ? text.length() : newline + 1;
                chunkLine = line + 1;
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
            line++;
        }
        chunks.add(new Chunk(text.substring(Math.min(chunkStart, text.length())), Math.min(chunkStart, text.length()), chunkLine));
        return chunks;
    }

    /** The document that starts at {@code start} (a document start), up to the next separator line. */
    static Chunk chunkAt(String text, int start) {
        int lineStart = start;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (lineStart > start && isSeparator(text, lineStart, lineEnd)) {
                return new Chunk(text.substring(start, lineStart), start, 1);
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return new Chunk(text.substring(start), start, 1);
    }

    private static boolean isSeparator(String text, int start, int end) {
        if (!text.startsWith("---", start) || start + 3 > end) {
            return false;
        }
        String rest = text.substring(start + 3, end).trim();
        return rest.isEmpty() || rest.startsWith("#");
    }
}
