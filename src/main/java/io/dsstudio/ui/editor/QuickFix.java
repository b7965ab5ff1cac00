package io.dsstudio.ui.editor;

import io.dsstudio.validation.FieldSuggestion;

/**
 * The editor's quick fix for an unknown field with a close known one ("did you mean nodeSelector?"): the mistyped key
 * is renamed in place, quoted or not, and nothing else in the text changes.
 *
 * @param key         the key as it stands in the text
 * @param replacement the key the schema knows
 */
public record QuickFix(String key, String replacement) {

    /** The problem's fix, or null when it has none. */
    public static QuickFix of(EditorProblem problem) {
        String replacement = FieldSuggestion.replacementKey(problem.code(), problem.message());
        if (replacement == null || problem.field().isEmpty()) {
            return null;
        }
        String field = problem.field();
        return new QuickFix(field.substring(field.lastIndexOf('.') + 1), replacement);
    }

    /** The text with the key at the problem's place renamed; null when the text there is not that key any more. */
    public String applyTo(String text, EditorProblem problem) {
        int offset = offsetOf(text, problem.line(), problem.column());
        if (offset < 0) {
            return null;
        }
        int start = offset;
        if (start < text.length() && (text.charAt(start) == '"' || text.charAt(start) == '\'')) {
            start++;
        }
        if (!text.startsWith(key, start)) {
            return null;
        }
        return text.substring(0, start) + replacement + text.substring(start + key.length());
    }

    /** The UTF-16 offset of a 1-based line and column, or -1 past the end. */
    private static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return -1;
            }
            offset = next + 1;
        }
        int at = offset + column - 1;
        return at <= text.length() ? at : -1;
    }
}
