package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;

import java.util.List;

/**
 * A committed change of the snapshot made outside node edits (an applied DaemonSet spec, a controller step, a
 * deletion), together with the controller's response: one undo returns to {@code before}.
 */
public record SnapshotCommand(String descriptionKey, List<Object> descriptionArgs, Snapshot before, Snapshot after)
        implements EditCommand {
    public SnapshotCommand {
        descriptionArgs = List.copyOf(descriptionArgs);
    }

    @Override
    public Snapshot execute() {
        return after;
    }

    @Override
    public Snapshot undo() {
        return before;
    }
}
