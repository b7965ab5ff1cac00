package io.dsstudio.ui.editor;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.yaml.KubeObject;

import java.util.List;

/**
 * What the validation engine says about one state of the buffer.
 *
 * @param text     the analysed text
 * @param edited   the DaemonSet the text describes, or null when it holds none (or a syntax error hides it)
 * @param laidIn   the snapshot with {@code edited} in place of the DaemonSet being edited (the current one without it)
 * @param source   the DaemonSet's object in the text (for splicing edits into it), or null with {@code edited}
 * @param problems errors and warnings with their place in the text, in text order
 */
public record BufferAnalysis(String text, DaemonSet edited, KubeObject source, Snapshot laidIn, List<EditorProblem> problems) {
    public BufferAnalysis {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(EditorProblem::isError);
    }

    /** Whether the buffer can be previewed and applied: a DaemonSet without errors. */
    public boolean isApplicable() {
        return edited != null && !hasErrors();
    }

    public List<EditorProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
