package io.dsstudio.ui.common;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.workspace.EditJournal;
import io.dsstudio.workspace.NodeEdit;
import io.dsstudio.workspace.PlanningService;
import io.dsstudio.workspace.SnapshotSource;
import io.dsstudio.workspace.WhatIfCalculator;
import io.dsstudio.workspace.WhatIfPreview;
import io.dsstudio.workspace.Workspace;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Collection;
import java.util.List;

/**
 * The state every view shares, as observable properties: the workspace's snapshot and its plan, the node
 * and DaemonSet selection, and the staged edit's what-if preview. Plans and previews are computed through
 * the one {@link TaskRunner}; commands computed in the background run through {@link #commands()}.
 */
public final class StudioState {
    /** Frames shown after a preview before its controller sync starts (the map paints its ghosts in one of them). */
    static final int SYNC_AFTER_FRAMES = 2;

    private final Workspace workspace;
    private final WhatIfCalculator whatIf;
    private final PlanningService planner;
    private final TaskRunner tasks;
    private final TaskRunner commands;
    /** Computes a shown preview's controller sync; a newer preview or a discard drops it. */
    private final TaskRunner syncs;
    /** A commit waiting for its controller sync. */
    private final TaskRunner commits;
    private final EditJournal journal;
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>(Snapshot.EMPTY);
    private Snapshot indexedSnapshot;
    private PodIndex podIndex;
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<WhatIfPreview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<io.dsstudio.workspace.DaemonSetImpact> editorImpact = new SimpleObjectProperty<>();
    private final ObjectProperty<io.dsstudio.workspace.StagedForecast> stagedForecast = new SimpleObjectProperty<>();
    private final ObjectProperty<SnapshotSource> source = new SimpleObjectProperty<>(SnapshotSource.NONE);
    private final ObservableList<String> selectedNodes = FXCollections.observableArrayList();
    private final StringProperty selectedDaemonSet = new SimpleStringProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<io.dsstudio.workspace.EditCommand> lastCommitted = new SimpleObjectProperty<>();

    public StudioState(Workspace workspace, PlanningService planner, WhatIfCalculator whatIf,
                       TaskRunner tasks, EditJournal journal) {
        this.workspace = workspace;
        this.planner = planner;
        this.whatIf = whatIf;
        this.tasks = tasks;
        this.commands = tasks.sibling();
        this.syncs = tasks.sibling();
        this.commits = tasks.sibling();
        this.journal = journal;
        workspace.addListener(() -> journal.save(workspace.source(), workspace.committedEdits()));
        // a forecast belongs to the editor preview it was computed for
        editorImpact.addListener(o -> stagedForecast.set(null));
    }

    /**
     * Opens a snapshot. When the autosave journal holds edits of the same snapshot (the last session ended
     * without undoing them), they are replayed, each with its controller sync, and stay undoable.
     *
     * @param recovered called with the number of replayed edits (0 when there were none)
     */
    public void open(Snapshot opened, SnapshotSource from, java.util.function.IntConsumer recovered) {
        List<NodeEdit> unsaved = journal.load().filter(e -> e.source().equals(EditJournal.sourceKey(from)))
                .map(EditJournal.Entry::edits).orElse(List.of());
        // a file or the demo opened anew, or another cluster: nothing to re-plan from (a live update of the same one is)
        boolean anew = from.kind() != SnapshotSource.Kind.LIVE || !from.equals(workspace.source());
        dropPreview();
        commits.cancel();
        editorImpact.set(null);
        selectedNodes.clear();
        workspace.open(opened, from);
        if (unsaved.isEmpty()) {
            refresh(null, anew);
            recovered.accept(0);
            return;
        }
        tasks.run("task.recover", p -> whatIf.replay(opened, unsaved), commands -> {
            commands.forEach(workspace::execute);
            refresh(null);
            recovered.accept(commands.size());
        }, this::fail);
    }

    public void open(Snapshot opened, SnapshotSource from) {
        open(opened, from, n -> { });
    }

    /**
     * Stages an edit: computes its preview in the background; nothing changes until {@link #commit()}. Once the
     * preview is shown, the controller's sync of the edit (what Commit makes current) is computed in the background too.
     */
    public void stage(NodeEdit edit) {
        Snapshot current = workspace.snapshot();
        syncs.cancel(); // the sync of the preview this one replaces: of no use now, and it would hold a core
        tasks.run("task.preview", p -> whatIf.preview(current, edit), result -> {
            if (workspace.snapshot() != current) {
                stage(edit); // an undo or a commit landed meanwhile: preview the edit on what is current now
                return;
            }
            plan.set(result.currentPlan());
            preview.set(result);
            // once the preview and the map's ghosts are on screen; a discard or the next preview cancels it
            syncs.runAfterFrames(SYNC_AFTER_FRAMES, "task.preview", p -> result.result(), synced -> { }, this::fail);
        }, this::fail);
    }

    /**
     * Drops the staged preview: its controller sync is cancelled (interrupted, it stops at its next checkpoint) and
     * the planning service lets go of what it kept for it.
     */
    private void dropPreview() {
        WhatIfPreview dropped = preview.get();
        preview.set(null);
        syncs.cancel();
        if (dropped != null) {
            planner.whatIfsDiscarded(dropped.before());
        }
    }

    /**
     * Makes the staged edit current. Its controller sync is usually computed by then; if not, the commit waits for
     * it in the background. A commit that finds the snapshot changed meanwhile (a DaemonSet applied) stages its edit
     * again instead, on the snapshot that is current; Undo or opening a snapshot meanwhile drops it.
     */
    public void commit() {
        WhatIfPreview staged = preview.get();
        if (staged == null) {
            return;
        }
        preview.set(null);
        if (staged.isSynced()) {
            commitNow(staged);
            return;
        }
        commits.run("task.commit", p -> staged.result(), synced -> {
            if (workspace.snapshot() != staged.before()) {
                stage(staged.edit());
                return;
            }
            commitNow(staged);
            WhatIfPreview newer = preview.get();
            if (newer != null && newer.before() != workspace.snapshot()) {
                stage(newer.edit()); // staged while this commit waited: preview it on top of it
            }
        }, this::fail);
    }

    private void commitNow(WhatIfPreview staged) {
        io.dsstudio.workspace.EditCommand command = staged.toCommand();
        workspace.execute(command);
        refresh(staged.resultPlan());
        lastCommitted.set(command);
    }

    /** The staged edit committed last (the main window confirms it with a toast that offers Undo). */
    public ObjectProperty<io.dsstudio.workspace.EditCommand> lastCommittedProperty() {
        return lastCommitted;
    }

    /** Executes an already computed command (an applied DaemonSet, a controller step) and re-plans. */
    public void execute(io.dsstudio.workspace.EditCommand command) {
        dropPreview();
        editorImpact.set(null);
        workspace.execute(command);
        refresh(null);
    }

    /** Makes the newest {@code count} commands (the syncs of a run) one undo step. */
    public void squash(int count, String descriptionKey, List<Object> args) {
        workspace.squash(count, descriptionKey, args);
        dirty.set(workspace.isDirty());
        canUndo.set(workspace.history().nextUndo().isPresent());
    }

    /** The snapshot was written to {@code to}: it is the new baseline (not dirty, autosave journal empty). */
    public void saved(io.dsstudio.yaml.LoadedSnapshot written, SnapshotSource to) {
        workspace.markSaved(written, to);
        refresh(plan.get());
    }

    public void discard() {
        dropPreview();
    }

    public void undo() {
        if (commits.runningProperty().get()) {
            commits.cancel(); // undoes the commit that has not landed yet
            return;
        }
        dropPreview();
        workspace.undo().ifPresent(c -> refresh(null));
    }

    public void redo() {
        dropPreview();
        workspace.redo().ifPresent(c -> refresh(null));
    }

    public void selectNodes(Collection<String> names) {
        if (!selectedNodes.equals(List.copyOf(names))) {
            selectedNodes.setAll(names);
        }
    }

    private void refresh(Plan known) {
        refresh(known, false);
    }

    private void refresh(Plan known, boolean opened) {
        snapshot.set(workspace.snapshot());
        source.set(workspace.source());
        dirty.set(workspace.isDirty());
        canUndo.set(workspace.history().nextUndo().isPresent());
        canRedo.set(workspace.history().nextRedo().isPresent());
        if (known != null) {
            plan.set(known);
            return;
        }
        plan.set(null);
        Snapshot current = workspace.snapshot();
        tasks.run("task.plan", p -> opened ? planner.planOpened(current) : planner.plan(current), plan::set, this::fail);
    }

    private void fail(Throwable problem) {
        error.set(problem.getMessage() == null ? problem.toString() : problem.getMessage());
    }

    public Workspace workspace() {
        return workspace;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /**
     * The runner of commands computed in the background (the editor's Apply, Step, Run to end, Delete): shown in
     * the status bar like {@link #tasks()}, but planning and previews on {@link #tasks()} never cancel them.
     */
    public TaskRunner commands() {
        return commands;
    }

    /**
     * The daemon pods of the current snapshot by node and by owner, built once per snapshot: the Nodes table, a
     * node's details, the DaemonSets view and the map all read it, on the FX thread.
     */
    public PodIndex podIndex() {
        Snapshot current = snapshot.get();
        if (current != indexedSnapshot) {
            podIndex = new PodIndex(current);
            indexedSnapshot = current;
        }
        return podIndex;
    }

    public ObjectProperty<Snapshot> snapshotProperty() {
        return snapshot;
    }

    public ObjectProperty<Plan> planProperty() {
        return plan;
    }

    public ObjectProperty<WhatIfPreview> previewProperty() {
        return preview;
    }

    /** The editor's previewed change of one DaemonSet (the map shows it as ghosts), or null. */
    public ObjectProperty<io.dsstudio.workspace.DaemonSetImpact> editorImpactProperty() {
        return editorImpact;
    }

    /**
     * The rollout forecast of the editor's previewed DaemonSet change, once computed; null while there is none. It
     * goes whenever {@link #editorImpactProperty()} changes.
     */
    public ObjectProperty<io.dsstudio.workspace.StagedForecast> stagedForecastProperty() {
        return stagedForecast;
    }

    public ObjectProperty<SnapshotSource> sourceProperty() {
        return source;
    }

    public ObservableList<String> selectedNodes() {
        return selectedNodes;
    }

    public StringProperty selectedDaemonSetProperty() {
        return selectedDaemonSet;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
