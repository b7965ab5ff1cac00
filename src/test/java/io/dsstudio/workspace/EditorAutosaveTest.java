package io.dsstudio.workspace;

import io.dsstudio.domain.ObjectRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EditorAutosaveTest {
    @TempDir
    Path home;

    @Test
    void saveThenLoadGivesTheBuffersOfTheirSnapshot() {
        EditorAutosave autosave = new EditorAutosave(home);
        ObjectRef ref = new ObjectRef("DaemonSet", "kube-system", "kube-proxy");
        String text = "apiVersion: apps/v1\nkind: DaemonSet\n# ünïcode and = : signs\n";
        autosave.save(SnapshotSource.DEMO, List.of(new EditorAutosave.Buffer(ref, text), new EditorAutosave.Buffer(null, "new")));
        EditorAutosave.Entry entry = new EditorAutosave(home).load().orElseThrow();
        assertThat(EditorAutosave.belongsTo(entry, SnapshotSource.DEMO)).isTrue();
        assertThat(EditorAutosave.belongsTo(entry, SnapshotSource.of(home.resolve("x.yaml")))).isFalse();
        assertThat(entry.buffers()).containsExactly(new EditorAutosave.Buffer(ref, text), new EditorAutosave.Buffer(null, "new"));
    }

    @Test
    void saveOfNothingRemovesTheAutosave() {
        EditorAutosave autosave = new EditorAutosave(home);
        autosave.save(SnapshotSource.DEMO, List.of(new EditorAutosave.Buffer(null, "x")));
        autosave.save(SnapshotSource.DEMO, List.of());
        assertThat(autosave.load()).isEmpty();
        assertThat(Files.exists(home.resolve("autosave/editors.properties"))).isFalse();
    }

    @Test
    void loadOfADamagedFileIsEmpty() throws Exception {
        Files.createDirectories(home.resolve("autosave"));
        Files.writeString(home.resolve("autosave/editors.properties"), "source=demo\nbuffers=notanumber\n");
        assertThat(new EditorAutosave(home).load()).isEmpty();
    }
}
