package io.dsstudio.ui.editor;

import io.dsstudio.reconcile.StatusCounts;

import java.util.List;

/**
 * The consequences of applying the buffer: the next sync's action per node, the DaemonSet's status now and after
 * that sync, and notes (pods that would be adopted, old pods an OnDelete change leaves running).
 */
public record EditPreview(String daemonSet, String key, List<io.dsstudio.reconcile.PlannedAction> actions, List<PreviewRow> rows, StatusCounts before, StatusCounts after,
                          boolean templateChanged, boolean onDelete, List<String> adoptions) {
    public EditPreview {
        actions = List.copyOf(actions);
        rows = List.copyOf(rows);
        adoptions = List.copyOf(adoptions);
    }

    public long count(PreviewRow.Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).count();
    }
}
