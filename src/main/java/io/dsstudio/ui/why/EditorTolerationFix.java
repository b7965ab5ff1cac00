package io.dsstudio.ui.why;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Taint;
import io.dsstudio.ui.editor.BufferAnalysis;
import io.dsstudio.ui.editor.BufferAnalyzer;
import io.dsstudio.ui.editor.BufferEdits;
import io.dsstudio.ui.editor.EditorTabs;
import io.dsstudio.ui.editor.EditorViewModel;
import io.dsstudio.ui.editor.PlacementFields;
import io.dsstudio.yaml.ManifestEditException;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Tolerate this taint" as the editor does it: the DaemonSet opens in its editor tab (or the open tab is used, with
 * whatever was typed there), a toleration line is added to its tolerations field, and Preview runs. Apply commits
 * it, as any editor change; the buffer's other text and comments stay as they were.
 */
public final class EditorTolerationFix implements DaemonSetFixes {
    private final Supplier<EditorTabs> tabs;
    private final BufferAnalyzer analyzer;
    private final Supplier<io.dsstudio.domain.Snapshot> snapshot;
    private final Consumer<String> failure;

    public EditorTolerationFix(Supplier<EditorTabs> tabs, BufferAnalyzer analyzer, Supplier<io.dsstudio.domain.Snapshot> snapshot,
                               Consumer<String> failure) {
        this.tabs = tabs;
        this.analyzer = analyzer;
        this.snapshot = snapshot;
        this.failure = failure;
    }

    @Override
    public boolean tolerate(DaemonSet ds, Taint taint) {
        EditorViewModel editor = tabs.get().open(ds);
        BufferAnalysis analysis = editor.analysisProperty().get();
        if (analysis == null || !analysis.text().equals(editor.textProperty().get())) {
            analysis = analyzer.analyse(editor.textProperty().get(), snapshot.get(), ds.ref());
        }
        if (analysis.edited() == null) {
            failure.accept("the editor's text holds no DaemonSet");
            return false;
        }
        String current = PlacementFields.format(PlacementFields.Field.TOLERATIONS, analysis.edited()).strip();
        String wanted = current.isEmpty() ? line(taint) : current + "\n" + line(taint);
        try {
            editor.textProperty().set(new BufferEdits().apply(analysis,
                    PlacementFields.edit(PlacementFields.Field.TOLERATIONS, wanted, analysis.edited())));
        } catch (ManifestEditException | IllegalArgumentException e) {
            failure.accept(e.getMessage());
            return false;
        }
        editor.preview();
        return true;
    }

    /** The placement form's toleration line: {@code key=value:Effect}, or {@code key:Effect} (Exists) for a taint without value. */
    static String line(Taint taint) {
        return (taint.value().isEmpty() ? taint.key() : taint.key() + "=" + taint.value()) + ":" + taint.effect();
    }
}
