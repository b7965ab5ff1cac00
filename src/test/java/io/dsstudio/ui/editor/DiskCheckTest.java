package io.dsstudio.ui.editor;

import io.dsstudio.yaml.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiskCheckTest {
    @TempDir
    Path dir;

    private final DiskCheck check = new DiskCheck();

    private SourceFile read(Path file) throws Exception {
        return new SourceFile(file.getFileName().toString(), file, Files.readString(file));
    }

    /** nodes.yaml read and found unchanged once. */
    private Path checkedOnce(List<SourceFile> read) throws Exception {
        Path file = Files.writeString(dir.resolve("nodes.yaml"), "kind: Node\n");
        read.add(read(file));
        assertThat(check.changed(read)).isEmpty();
        return file;
    }

    @Test
    void anUnchangedFileIsReadWholeOnceAndThenOnlyStamped() throws Exception {
        List<SourceFile> files = new ArrayList<>();
        checkedOnce(files);

        assertThat(check.changed(files)).isEmpty();
        assertThat(check.changed(files)).isEmpty();

        assertThat(check.wholeReads()).isEqualTo(1);
    }

    @Test
    void aFileWrittenSinceTheLastCheckIsReadAgainAndReported() throws Exception {
        List<SourceFile> files = new ArrayList<>();
        Path file = checkedOnce(files);

        Files.writeString(file, "kind: Pod\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(check.changed(files)).containsExactly(file);
        assertThat(check.changed(files)).as("still changed at the next focus").containsExactly(file);
    }

    @Test
    void aFileWithTheSameSizeAndANewTimeIsComparedByContent() throws Exception {
        List<SourceFile> files = new ArrayList<>();
        Path file = checkedOnce(files);

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(check.changed(files)).as("touched, not changed").isEmpty();
        assertThat(check.wholeReads()).isEqualTo(2);
    }

    @Test
    void aDeletedFileIsReported() throws Exception {
        List<SourceFile> files = new ArrayList<>();
        Path file = checkedOnce(files);

        Files.delete(file);

        assertThat(check.changed(files)).containsExactly(file);
    }

    @Test
    void theFilesOfANewlyOpenedSnapshotAreReadAfresh() throws Exception {
        Path file = checkedOnce(new ArrayList<>());

        assertThat(check.changed(List.of(read(file)))).isEmpty();

        assertThat(check.wholeReads()).as("another read of the file is another text to compare with").isEqualTo(2);
    }
}
