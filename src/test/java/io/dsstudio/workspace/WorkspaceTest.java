package io.dsstudio.workspace;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceTest {
    private static final Snapshot ONE_NODE = new Snapshot(List.of(new ClusterNode(ObjectMeta.named(null, "n1"), false,
            List.of(), List.of(), Map.of(), Map.of(), null)), null, null, null);

    private static NodeEditCommand label(Snapshot before, String value) {
        LabelEdit edit = LabelEdit.set(Set.of("n1"), "k", value);
        return new NodeEditCommand(edit, before, edit.applyTo(before));
    }

    @Test
    void executeUndoRedoWalkTheHistoryAndTrackDirty() {
        Workspace workspace = new Workspace();
        AtomicInteger changes = new AtomicInteger();
        workspace.addListener(changes::incrementAndGet);
        workspace.open(ONE_NODE, SnapshotSource.DEMO);
        assertThat(workspace.isDirty()).isFalse();

        workspace.execute(label(workspace.snapshot(), "1"));
        workspace.execute(label(workspace.snapshot(), "2"));
        assertThat(workspace.snapshot().nodes().get(0).labels()).containsEntry("k", "2");
        assertThat(workspace.isDirty()).isTrue();

        workspace.undo();
        assertThat(workspace.snapshot().nodes().get(0).labels()).containsEntry("k", "1");
        workspace.undo();
        assertThat(workspace.snapshot()).isEqualTo(ONE_NODE);
        assertThat(workspace.isDirty()).isFalse();
        assertThat(workspace.undo()).isEmpty();

        workspace.redo();
        assertThat(workspace.snapshot().nodes().get(0).labels()).containsEntry("k", "1");
        assertThat(changes.get()).isEqualTo(6);
    }

    @Test
    void executeAfterUndoClearsRedo() {
        Workspace workspace = new Workspace();
        workspace.open(ONE_NODE, SnapshotSource.DEMO);
        workspace.execute(label(workspace.snapshot(), "1"));
        workspace.undo();
        workspace.execute(label(workspace.snapshot(), "3"));
        assertThat(workspace.redo()).isEmpty();
        assertThat(workspace.history().nextUndo().orElseThrow().descriptionArgs()).containsExactly("k=3", 1);
    }

    @Test
    void openClearsHistory() {
        Workspace workspace = new Workspace();
        workspace.open(ONE_NODE, SnapshotSource.DEMO);
        workspace.execute(label(workspace.snapshot(), "1"));
        workspace.open(ONE_NODE, SnapshotSource.NONE);
        assertThat(workspace.undo()).isEmpty();
        assertThat(workspace.isDirty()).isFalse();
    }
}
