package io.dsstudio.ui.editor;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Severity;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.ui.common.DiagnosticText;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.validation.SnapshotValidator;
import io.dsstudio.workspace.DaemonSetSpecs;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the buffer as a snapshot of its own ({@link SnapshotLoader#loadText}), lays its DaemonSet into the
 * current snapshot so the cross-object warnings see the other objects, and validates it with
 * {@link SnapshotValidator#validateDaemonSet}. Positions refer to the buffer. Never throws on any text.
 */
public final class BufferAnalyzer {
    static final String DISPLAY_PATH = "editor.yaml";

    private SnapshotLoader loader;

    /** Made on first use (on a background thread): its schema would otherwise cost the window's start. */
    private synchronized SnapshotLoader loader() {
        if (loader == null) {
            loader = new SnapshotLoader();
        }
        return loader;
    }
    private final SnapshotValidator validator = new SnapshotValidator();
    private final Messages messages;
    private final DiagnosticText diagnosticText;

    public BufferAnalyzer(Messages messages) {
        this.messages = messages;
        this.diagnosticText = new DiagnosticText(messages);
    }

    /** @param replaces the DaemonSet the editor was opened from, or null for a new one */
    public BufferAnalysis analyse(String text, Snapshot current, ObjectRef replaces) {
        List<EditorProblem> problems = new ArrayList<>();
        LoadedSnapshot loaded;
        try {
            loaded = loader().loadText(DISPLAY_PATH, text);
        } catch (RuntimeException unreadable) {
            problems.add(problem(Severity.ERROR, "Unreadable", 1, 1, "", String.valueOf(unreadable.getMessage())));
            return new BufferAnalysis(text, null, null, current, problems);
        }
        loaded.diagnostics().forEach(d -> problems.add(of(d)));
        List<DaemonSet> found = loaded.snapshot().daemonSets();
        if (found.size() != 1) {
            if (problems.stream().noneMatch(EditorProblem::isError)) {
                String key = found.isEmpty() ? "editor.problem.noDaemonSet" : "editor.problem.manyDaemonSets";
                problems.add(problem(Severity.ERROR, "EditorBuffer", 1, 1, "", messages.get(key)));
            }
            return new BufferAnalysis(text, null, null, current, sorted(problems));
        }
        DaemonSet edited = found.get(0);
        Snapshot laidIn = DaemonSetSpecs.withEdited(current, replaces, edited);
        LoadedSnapshot context = new LoadedSnapshot(laidIn, loaded.read(), loaded.sources(), loaded.diagnostics(), loaded.ignored());
        validator.validateDaemonSet(context, DaemonSetSpecs.find(laidIn, edited.ref())).forEach(d -> problems.add(of(d)));
        return new BufferAnalysis(text, edited, loaded.source(edited.ref()), laidIn, sorted(problems));
    }

    private static List<EditorProblem> sorted(List<EditorProblem> problems) {
        return problems.stream().distinct().sorted(Comparator.comparingInt(EditorProblem::line)
                .thenComparingInt(EditorProblem::column)).toList();
    }

    private EditorProblem of(Diagnostic d) {
        int line = d.position() == null ? 1 : Math.max(1, d.position().line());
        int column = d.position() == null ? 1 : Math.max(1, d.position().column());
        return problem(d.severity(), d.code(), line, column, d.field() == null ? "" : d.field(), diagnosticText.of(d));
    }

    private static EditorProblem problem(Severity severity, String code, int line, int column, String field, String message) {
        return new EditorProblem(severity, code, line, column, field, message);
    }
}
