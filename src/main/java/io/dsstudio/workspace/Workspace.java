package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.yaml.LoadedSnapshot;

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
    private LoadedSnapshot loaded;

    public Snapshot snapshot() {
        return snapshot;
    }

    public SnapshotSource source() {
        return source;
    }

    public boolean isDirty() {
        return history.depth() != savedDepth;
    }

    /** The snapshot as read, with its source text (what saving writes back into), or null when not known. */
    public LoadedSnapshot loaded() {
        return loaded;
    }

    /** Remembers what the next {@link #open} opens, as read (call before it). */
    public void rememberLoaded(LoadedSnapshot read) {
        loaded = read;
    }

    /** The current state is what is on disk now (after a save). */
    public void markSaved(LoadedSnapshot written, SnapshotSource to) {
        loaded = written;
        source = to;
        savedDepth = history.depth();
        fireChanged();
    }

    public UndoStack history() {
        return history;
    }

    /** The node edits of the done commands since the last save, oldest first: what autosave keeps. */
    public List<NodeEdit> committedEdits() {
        List<EditCommand> done = history.done();
        List<EditCommand> unsaved = savedDepth <= done.size() ? done.subList(savedDepth, done.size()) : done;
        return unsaved.stream().filter(NodeEditCommand.class::isInstance).map(c -> ((NodeEditCommand) c).edit()).toList();
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

    /**
     * Makes the newest {@code count} commands one undo step, described by {@code descriptionKey}; the snapshot stays.
     * Ignored when fewer commands are done.
     */
    public void squash(int count, String descriptionKey, List<Object> descriptionArgs) {
        List<EditCommand> done = history.done();
        if (count < 2 || count > done.size()) {
            return;
        }
        Snapshot before = done.get(done.size() - count).undo();
        history.squash(count, new SnapshotCommand(descriptionKey, descriptionArgs, before, snapshot));
        if (savedDepth > history.depth()) {
            savedDepth = -1; // the saved state was inside the squashed run
        }
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
