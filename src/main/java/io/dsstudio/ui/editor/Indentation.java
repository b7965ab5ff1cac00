package io.dsstudio.ui.editor;

/** The indentation a new line gets in YAML: the current line's, one level (two spaces) more after {@code key:}. */
final class Indentation {
    private Indentation() {
    }

    static String after(String text, int caret) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, caret - 1)) + 1;
        if (caret == 0) {
            lineStart = 0;
        }
        String line = text.substring(lineStart, Math.max(lineStart, caret));
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        String trimmed = line.strip();
        int indent = spaces;
        if (trimmed.startsWith("- ")) {
            indent += 2; // continue the list item's map
        }
        if (trimmed.endsWith(":") && !trimmed.startsWith("#")) {
            indent += 2;
        }
        return " ".repeat(indent);
    }
}
