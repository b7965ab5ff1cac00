package io.dsstudio.workspace;

import io.dsstudio.domain.Taint;
import io.dsstudio.domain.TaintEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EditJournalTest {
    @TempDir
    Path home;

    @Test
    void saveThenLoadGivesBackEveryKindOfEditInOrder() {
        List<NodeEdit> edits = List.of(
                LabelEdit.set(Set.of("a", "b"), "team", "ml"),
                LabelEdit.set(Set.of("a"), "gpu", ""),
                LabelEdit.remove(Set.of("b"), "zone"),
                TaintEdit.add(Set.of("a"), Taint.of("maintenance", "true", TaintEffect.NO_EXECUTE)),
                TaintEdit.remove(Set.of("a"), "dedicated", ""),
                new CordonEdit(Set.of("c"), true),
                new CordonEdit(Set.of("c"), false));
        EditJournal journal = new EditJournal(home);
        journal.save(SnapshotSource.DEMO, edits);
        EditJournal.Entry entry = new EditJournal(home).load().orElseThrow();
        assertThat(entry.source()).isEqualTo("demo");
        assertThat(entry.edits()).containsExactlyElementsOf(edits);
    }

    @Test
    void sourceKeyOfAPathIsAbsolute() {
        assertThat(EditJournal.sourceKey(SnapshotSource.of(Path.of("x.yaml")))).isEqualTo(Path.of("x.yaml").toAbsolutePath().toString());
    }

    @Test
    void loadOfAMissingOrDamagedJournalIsEmpty() throws IOException {
        assertThat(new EditJournal(home).load()).isEmpty();
        Path file = home.resolve("autosave").resolve("journal.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "edits=1\nedit.0.type=teleport\n");
        assertThat(new EditJournal(home).load()).isEmpty();
    }
}
