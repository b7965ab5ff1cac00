package io.dsstudio.ui.editor;

import io.dsstudio.yaml.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiskCheckTest {
    @TempDir
    Path dir;

    private SourceFile read(Path file) throws Exception {
        return new SourceFile(file.getFileName().toString(), file, Files.readString(file));
    }

    @Test
    void anUnchangedFileIsReadWholeOnceAndThenOnlyStamped() throws Exception {
        Path file = Files.writeString(dir.resolve("nodes.yaml"), "kind: Node\n");
        List<SourceFile> files = List.of(read(file));
        DiskCheck check = new DiskCheck();

        assertThat(check.changed(files)).isEmpty();
        assertThat(check.changed(files)).isEmpty();
        assertThat(check.changed(files)).isEmpty();

        assertThat(check.wholeReads()).isEqualTo(1);
    }

    @Test
    void aFileWrittenSinceTheLastCheckIsReadAgainAndReported() throws Exception {
        Path file = Files.writeString(dir.resolve("nodes.yaml"), "kind: Node\n");
        List<SourceFile> files = List.of(read(file));
        DiskCheck check = new DiskCheck();
        check.changed(files);

        Files.writeString(file, "kind: Pod\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(check.changed(files)).containsExactly(file);
        assertThat(check.changed(files)).as("still changed at the next focus").containsExactly(file);
    }

    @Test
    void aFileWithTheSameSizeAndANewTimeIsComparedByContent() throws Exception {
        Path file = Files.writeString(dir.resolve("nodes.yaml"), "kind: Node\n");
        List<SourceFile> files = List.of(read(file));
        DiskCheck check = new DiskCheck();
        check.changed(files);

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(check.changed(files)).as("touched, not changed").isEmpty();
        assertThat(check.wholeReads()).isEqualTo(2);
    }

    @Test
    void aDeletedFileIsReported() throws Exception {
        Path file = Files.writeString(dir.resolve("nodes.yaml"), "kind: Node\n");
        List<SourceFile> files = List.of(read(file));
        DiskCheck check = new DiskCheck();
        check.changed(files);

        Files.delete(file);

        assertThat(check.changed(files)).containsExactly(file);
    }

    @Test
    void theFilesOfANewlyOpenedSnapshotAreReadAfresh() throws Exception {
        Path file = Files.writeString(dir.resolve("nodes.yaml"), "kind: Node\n");
        DiskCheck check = new DiskCheck();
        check.changed(List.of(read(file)));

        assertThat(check.changed(List.of(read(file)))).isEmpty();

        assertThat(check.wholeReads()).as("another read of the file is another text to compare with").isEqualTo(2);
    }
}
