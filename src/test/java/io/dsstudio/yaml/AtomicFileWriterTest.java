package io.dsstudio.yaml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileWriterTest {
    private static long filesIn(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.count();
        }
    }

    @Test
    void writeCreatesNewFileWithoutLeftovers(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("nodes.yaml");

        new AtomicFileWriter(true).write(target, "kind: Node\r\n");

        assertThat(Files.readAllBytes(target)).isEqualTo("kind: Node\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(filesIn(dir)).isEqualTo(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void writeReplacesContentKeepsBackupAndPermissions(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("ds.yaml");
        Files.writeString(target, "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));

        new AtomicFileWriter(true).write(target, "new\n");

        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(Files.readString(dir.resolve("ds.yaml.bak"))).isEqualTo("old\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
        assertThat(filesIn(dir)).isEqualTo(2);
    }

    @Test
    void writeWithoutBackupLeavesOnlyTheFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("ds.yaml");
        Files.writeString(target, "old\n");

        new AtomicFileWriter(false).write(target, "new\n");

        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void writeFailureLeavesOldContentAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("taken");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.yaml"), "x");

        assertThatThrownBy(() -> new AtomicFileWriter(false).write(target, "new\n")).isInstanceOf(IOException.class);

        assertThat(Files.isDirectory(target)).isTrue();
        assertThat(Files.readString(target.resolve("inside.yaml"))).isEqualTo("x");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void writeIntoMissingDirectoryFails(@TempDir Path dir) {
        assertThatThrownBy(() -> new AtomicFileWriter(false).write(dir.resolve("no/such/file.yaml"), "x"))
                .isInstanceOf(IOException.class).hasMessageContaining("no such directory");
    }
}
