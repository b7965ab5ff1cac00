package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;

import java.util.List;

/**
 * A committed node edit together with the controller's response to it (one sync): execute gives the edited
 * and synced snapshot, undo the snapshot before both, so one undo reverts both.
 */
public record NodeEditCommand(NodeEdit edit, Snapshot before, Snapshot after) implements EditCommand {
    @Override
    public Snapshot execute() {
        return after;
    }

    @Override
    public Snapshot undo() {
        return before;
    }

    @Override
    public String descriptionKey() {
        return edit.descriptionKey();
    }

    @Override
    public List<Object> descriptionArgs() {
        return edit.descriptionArgs();
    }
}
