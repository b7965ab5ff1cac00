package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The open snapshot: where it came from, its edits (undo/redo) and whether it differs from what was opened.
 * Not thread-safe: the UI touches it from the FX thread only.
 */
public final class Workspace {
    private final UndoStack history = new UndoStack();
    private final List<Runnable> listeners = new ArrayList<>();
    private Snapshot snapshot = Snapshot.EMPTY;
    private SnapshotSource source = SnapshotSource.NONE;
    private int savedDepth;

    public Snapshot snapshot() {
        return snapshot;
    }

    public SnapshotSource source() {
        return source;
    }

    public boolean isDirty() {
        return history.depth() != savedDepth;
    }

    public UndoStack history() {
        return history;
    }

    /** The node edits of the done commands, oldest first: what autosave keeps. */
    public List<NodeEdit> committedEdits() {
        return history.done().stream().filter(NodeEditCommand.class::isInstance).map(c -> ((NodeEditCommand) c).edit()).toList();
    }

    public void open(Snapshot opened, SnapshotSource from) {
        snapshot = opened;
        source = from;
        history.clear();
        savedDepth = 0;
        fireChanged();
    }

    public void execute(EditCommand command) {
        snapshot = command.execute();
        history.pushExecuted(command);
        fireChanged();
    }

    public Optional<EditCommand> undo() {
        Optional<EditCommand> command = history.popUndo();
        command.ifPresent(c -> {
            snapshot = c.undo();
            fireChanged();
        });
        return command;
    }

    public Optional<EditCommand> redo() {
        Optional<EditCommand> command = history.popRedo();
        command.ifPresent(c -> {
            snapshot = c.execute();
            fireChanged();
        });
        return command;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fireChanged() {
        listeners.forEach(Runnable::run);
    }
}
