package io.dsstudio.ui.editor;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.simulation.Cascade;
import io.dsstudio.workspace.DaemonSetSpecs;
import io.dsstudio.workspace.SnapshotCommand;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One editor tab: the buffer (never discarded, whatever is typed), its analysis, the preview, and the commands
 * that apply it to the workspace (each undoable with Edit ▸ Undo).
 */
public final class EditorViewModel {
    private final EditorServices services;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<BufferAnalysis> analysis = new SimpleObjectProperty<>();
    private final ObservableList<EditorProblem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<EditPreview> preview = new SimpleObjectProperty<>();
    private final BooleanProperty modified = new SimpleBooleanProperty();
    private final BooleanProperty canStep = new SimpleBooleanProperty();
    private final ObservableList<LineDiff.Line> diff = FXCollections.observableArrayList();
    private ObjectRef replaces;
    private String appliedText;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final PreviewForecast forecast;
    private final WaveRun run = new WaveRun(busy::get, canStep::get, this::step, this::runEnded);

    /** @param replaces the DaemonSet opened, or null for a new one */
    public EditorViewModel(EditorServices services, ObjectRef replaces, String initialText) {
        this.services = services;
        this.replaces = replaces;
        this.appliedText = replaces == null ? null : initialText;
        text.set(initialText);
        title.set(replaces == null ? services.messages().get("editor.newTitle") : replaces.name());
        modified.set(replaces == null);
        busy.bind(services.commands().runningProperty());
        this.forecast = new PreviewForecast(services);
        preview.addListener((obs, old, now) -> {
            if (now == null) {
                forecast.clear();
            }
        });
        text.addListener((obs, old, now) -> {
            modified.set(!now.equals(appliedText));
            dropPreview();
        });
    }

    /** Checks the buffer off the FX thread; the result replaces the problems when it is still the current text. */
    public void analyse() {
        String current = text.get();
        Snapshot snapshot = services.state().snapshotProperty().get();
        ObjectRef target = replaces;
        services.checks().run("task.check", p -> services.analyzer().analyse(current, snapshot, target), result -> {
            if (result.text().equals(text.get())) {
                analysis.set(result);
                problems.setAll(result.problems());
                updateDiff();
            }
        }, failed -> message.set(String.valueOf(failed.getMessage())));
    }

    /** Applies a problem's quick fix (see {@link QuickFix}) to the buffer; false when it has none or the text moved on. */
    public boolean quickFix(EditorProblem problem) {
        QuickFix fix = QuickFix.of(problem);
        String fixed = fix == null ? null : fix.applyTo(text.get(), problem);
        if (fixed == null) {
            return false;
        }
        text.set(fixed);
        analyse();
        return true;
    }

    /** Analyses synchronously when the last analysis is of another text (buttons must act on what is shown). */
    private BufferAnalysis current() {
        BufferAnalysis known = analysis.get();
        if (known == null || !known.text().equals(text.get())) {
            known = services.analyzer().analyse(text.get(), services.state().snapshotProperty().get(), replaces);
            analysis.set(known);
            problems.setAll(known.problems());
        }
        return known;
    }

    public void preview() {
        BufferAnalysis checked = current();
        if (!checked.isApplicable()) {
            preview.set(null);
            message.set(services.messages().get("editor.message.fixErrors"));
            return;
        }
        Snapshot snapshot = services.state().snapshotProperty().get();
        ObjectRef target = replaces;
        services.state().tasks().run("task.preview", p -> services.previews().preview(snapshot, target, checked), result -> {
            preview.set(result);
            if (DaemonSetSpecs.find(services.state().snapshotProperty().get(), checked.edited().ref()) != null) {
                services.state().selectedDaemonSetProperty().set(result.key());
            }
            services.state().editorImpactProperty().set(new io.dsstudio.workspace.DaemonSetImpact(result.key(), result.actions(),
                    result.before(), result.after()));
            message.set(result.onDelete() && result.templateChanged()
                    ? services.messages().get("editor.message.onDelete") : "");
            forecast.start(checked, result);
        }, failed -> message.set(String.valueOf(failed.getMessage())));
    }

    /**
     * Commits the buffer's DaemonSet to the snapshot and runs one controller sync. The sync is computed in the
     * background; the command is executed when it is done. Returns whether it was accepted and started.
     */
    public boolean apply() {
        if (busy.get()) {
            return false;
        }
        BufferAnalysis checked = current();
        if (!checked.isApplicable()) {
            message.set(services.messages().get("editor.message.fixErrors"));
            return false;
        }
        Snapshot snapshot = services.state().snapshotProperty().get();
        ObjectRef target = replaces;
        DaemonSet edited = checked.edited();
        String appliedSource = text.get();
        boolean rollout = DaemonSetSpecs.changesTemplate(snapshot, target, edited);
        submit("task.editorApply", snapshot, () -> services.controller().apply(snapshot, target, edited), command -> {
            services.applied().applied(edited.ref(), appliedSource);
            services.state().execute(command);
            replaces = edited.ref();
            appliedText = appliedSource;
            modified.set(!text.get().equals(appliedSource));
            title.set(edited.meta().name());
            preview.set(null);
            boolean onDelete = edited.updateStrategy() != null && edited.updateStrategy().isOnDelete();
            message.set(services.messages().get(rollout && onDelete ? "editor.message.onDelete" : "editor.message.applied",
                    edited.meta().name()));
            updateDiff();
        }, () -> { });
        return true;
    }

    /** One controller sync, computed in the background. */
    public void step() {
        if (busy.get()) {
            return;
        }
        step(() -> { }, () -> { });
    }

    private void step(Runnable afterExecuted, Runnable notExecuted) {
        Snapshot snapshot = services.state().snapshotProperty().get();
        submit("task.editorStep", snapshot, () -> services.controller().step(snapshot), command -> {
            services.state().execute(command);
            message.set(services.messages().get("editor.message.stepped"));
            afterExecuted.run();
        }, notExecuted);
    }

    /**
     * The run shown wave by wave: one {@link #step()} per call until nothing is left, then the run's syncs become
     * one undo step. A call while the last wave's sync is still computed waits for it (does nothing, returns true).
     * Returns false when the run has ended (converged, or a wave failed, was cancelled or dropped).
     */
    public boolean runWave() {
        return run.next();
    }

    /**
     * Ends a run (converged or stopped): its syncs become one undo step. While a wave is still computed, the run
     * ends when it is done.
     */
    public void endRun() {
        run.end();
    }

    private void runEnded(int steps) {
        services.state().squash(steps, "command.runToEnd", java.util.List.of(steps));
        message.set(services.messages().get(canStep.get() ? "editor.message.stopped" : "editor.message.converged", steps));
    }

    /** Syncs until nothing is left, computed in the background as one command. */
    public void runToEnd() {
        if (busy.get()) {
            return;
        }
        Snapshot snapshot = services.state().snapshotProperty().get();
        submit("task.editorRunToEnd", snapshot, () -> services.controller().runToEnd(snapshot), command -> {
            services.state().execute(command);
            message.set(services.messages().get("editor.message.converged", command.descriptionArgs().get(0)));
        }, () -> { });
    }

    /** Deletes the DaemonSet this tab edits (in the background); the buffer stays, so Apply re-creates it. */
    public void delete(Cascade cascade) {
        if (busy.get()) {
            return;
        }
        Snapshot snapshot = services.state().snapshotProperty().get();
        DaemonSet target = DaemonSetSpecs.find(snapshot, replaces);
        if (target == null) {
            return;
        }
        submit("task.editorDelete", snapshot, () -> services.controller().delete(snapshot, target, cascade), command -> {
            services.state().execute(command);
            replaces = null;
            appliedText = null;
            modified.set(true);
            message.set(services.messages().get(cascade == Cascade.ORPHAN ? "editor.message.deletedOrphan" : "editor.message.deletedCascade",
                    target.meta().name()));
            analysis.set(null);
        }, () -> { });
    }

    /** What a background command job hands back: the command and whether the snapshot after it is converged. */
    private record Computed(SnapshotCommand command, boolean converged) {
    }

    /**
     * Computes {@code command} (the controller syncs) through the commands runner, off the FX thread, and hands it
     * to {@code execute} on the FX thread, unless the snapshot it was computed from is no longer shown: then the
     * result is dropped and the message says so. {@code notExecuted} runs when it was dropped or failed.
     */
    private void submit(String taskKey, Snapshot from, java.util.function.Supplier<SnapshotCommand> command,
                        java.util.function.Consumer<SnapshotCommand> execute, Runnable notExecuted) {
        services.commands().run(taskKey, p -> {
            SnapshotCommand computed = command.get();
            return new Computed(computed, services.controller().converged(computed.after()));
        }, done -> {
            if (services.state().snapshotProperty().get() != from) {
                message.set(services.messages().get("editor.message.stale"));
                updateCanStep();
                notExecuted.run();
                return;
            }
            execute.accept(done.command());
            canStep.set(!done.converged());
        }, failed -> {
            message.set(services.messages().get("editor.message.failed",
                    failed.getMessage() == null ? failed.toString() : failed.getMessage()));
            notExecuted.run();
        });
    }

    /** The buffer against the DaemonSet's text in the snapshot (empty for a DaemonSet the snapshot does not hold). */
    public void updateDiff() {
        DaemonSet inSnapshot = DaemonSetSpecs.find(services.state().snapshotProperty().get(), replaces);
        String base = inSnapshot == null ? "" : services.applied().textFor(inSnapshot)
                .orElseGet(() -> DaemonSetText.of(services.state().workspace().loaded(), inSnapshot));
        diff.setAll(LineDiff.of(base, text.get()));
    }

    public ObservableList<LineDiff.Line> diff() {
        return diff;
    }

    /** The tab was closed: its preview (and the map's ghosts of it) go with it. */
    public void closed() {
        dropPreview();
    }

    /** A preview describes the text it was made of: it goes when the text changes. */
    private void dropPreview() {
        EditPreview shown = preview.get();
        if (shown != null) {
            preview.set(null);
            var impact = services.state().editorImpactProperty().get();
            if (impact != null && impact.key().equals(shown.key())) {
                services.state().editorImpactProperty().set(null);
            }
        }
    }

    public boolean canDelete() {
        return replaces != null && DaemonSetSpecs.find(services.state().snapshotProperty().get(), replaces) != null;
    }

    /** Called after Edit ▸ Undo/Redo changed the snapshot under the tab. */
    public void snapshotChanged() {
        updateCanStep();
        analysis.set(null);
        updateDiff();
    }

    private void updateCanStep() {
        canStep.set(!services.controller().converged(services.state().snapshotProperty().get()));
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<BufferAnalysis> analysisProperty() {
        return analysis;
    }

    public ObservableList<EditorProblem> problems() {
        return problems;
    }

    public ObjectProperty<EditPreview> previewProperty() {
        return preview;
    }

    /** The rollout forecast of the previewed change, once computed (null while computing or when it starts none). */
    public javafx.beans.property.ReadOnlyObjectProperty<io.dsstudio.workspace.StagedForecast> forecastProperty() {
        return forecast.forecastProperty();
    }

    /** True while the previewed change's rollout is forecast. */
    public javafx.beans.property.ReadOnlyBooleanProperty forecastingProperty() {
        return forecast.computingProperty();
    }

    public BooleanProperty modifiedProperty() {
        return modified;
    }

    /**
     * True while a command (Apply, Step, Run to end, Delete, of this or another tab) is computed in the background:
     * the buttons that start one are disabled meanwhile.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty canStepProperty() {
        return canStep;
    }

    public ObjectRef replaces() {
        return replaces;
    }

    /** The text the buffer had when it was last applied (or opened), null when it was never applied. */
    public String appliedText() {
        return appliedText;
    }
}
