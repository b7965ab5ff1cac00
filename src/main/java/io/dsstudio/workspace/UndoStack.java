package io.dsstudio.workspace;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Done and undone commands; a new command clears the redo side. */
public final class UndoStack {
    private final Deque<EditCommand> done = new ArrayDeque<>();
    private final Deque<EditCommand> undone = new ArrayDeque<>();

    public void pushExecuted(EditCommand command) {
        done.push(command);
        undone.clear();
    }

    public Optional<EditCommand> popUndo() {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        EditCommand command = done.pop();
        undone.push(command);
        return Optional.of(command);
    }

    public Optional<EditCommand> popRedo() {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        EditCommand command = undone.pop();
        done.push(command);
        return Optional.of(command);
    }

    public Optional<EditCommand> nextUndo() {
        return Optional.ofNullable(done.peek());
    }

    public Optional<EditCommand> nextRedo() {
        return Optional.ofNullable(undone.peek());
    }

    /** The done commands, oldest first. */
    public java.util.List<EditCommand> done() {
        java.util.List<EditCommand> oldestFirst = new java.util.ArrayList<>(done);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** Replaces the newest {@code count} done commands by one (e.g. the syncs of a run, undone together). */
    public void squash(int count, EditCommand combined) {
        for (int i = 0; i < count; i++) {
            done.pop();
        }
        done.push(combined);
    }

    public int depth() {
        return done.size();
    }

    public void clear() {
        done.clear();
        undone.clear();
    }
}
