package io.dsstudio.ui.editor;

import io.dsstudio.domain.Severity;

/**
 * One error or warning in the editor's buffer.
 *
 * @param line   1-based line in the buffer
 * @param column 1-based column in the buffer
 * @param field  the Kubernetes field path, or empty for syntax problems
 */
public record EditorProblem(Severity severity, String code, int line, int column, String field, String message) {
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
