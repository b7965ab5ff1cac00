package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;

import java.util.List;

/** An undoable change of the workspace's snapshot. */
public interface EditCommand {
    /** The snapshot after the command. */
    Snapshot execute();

    /** The snapshot as it was before the command. */
    Snapshot undo();

    String descriptionKey();

    List<Object> descriptionArgs();
}
