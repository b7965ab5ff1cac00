package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Standard input ({@code -}) is one more source of the same read: read in its place, once, and a file named both
 * before and after it is read once, with the object checks run on every source.
 */
class StandardInputSourceTest {
    @TempDir
    Path dir;

    /** A Node with a field the schema does not know: each read of it gives one UnknownField warning. */
    private static String node(String name) {
        return """
                apiVersion: v1
                kind: Node
                metadata:
                  name: %s
                spec:
                  unschedulabel: true
                """.formatted(name);
    }

    private String file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f.toString();
    }

    @Test
    void fileNamedBeforeAndAfterTheDashIsReadOnceAndStandardInputInItsPlace() throws Exception {
        String a = file("a.yaml", node("a"));
        String b = file("b.yaml", node("b"));
        LoadedSnapshot loaded = new SnapshotLoader().load(List.of(a, "-", a, b), node("from-stdin"));

        assertThat(loaded.read().files()).extracting(SourceFile::displayPath)
                .containsExactly(a, SnapshotLoader.STDIN, b);
        assertThat(loaded.snapshot().nodes()).extracting(n -> n.name()).containsExactly("a", "from-stdin", "b");
        assertThat(loaded.diagnostics()).extracting(Diagnostic::code).doesNotContain("DuplicateObject");
        assertThat(loaded.diagnostics()).filteredOn(d -> d.code().equals("UnknownField"))
                .extracting(Diagnostic::position).extracting(SourcePosition::file)
                .containsExactly(a, SnapshotLoader.STDIN, b);
    }

    @Test
    void dashNamedTwiceReadsStandardInputOnce() throws Exception {
        String a = file("a.yaml", node("a"));
        LoadedSnapshot loaded = new SnapshotLoader().load(List.of("-", a, "-"), node("from-stdin"));

        assertThat(loaded.snapshot().nodes()).extracting(n -> n.name()).containsExactly("from-stdin", "a");
        assertThat(loaded.diagnostics()).extracting(Diagnostic::code).doesNotContain("DuplicateObject");
    }

    @Test
    void aFolderAndAFileInItAroundTheDashAreReadOnce() throws Exception {
        file("a.yaml", node("a"));
        String b = file("b.yaml", node("b"));
        LoadedSnapshot loaded = new SnapshotLoader().load(List.of(dir.toString(), "-", b), node("from-stdin"));

        assertThat(loaded.snapshot().nodes()).extracting(n -> n.name()).containsExactly("a", "b", "from-stdin");
        assertThat(loaded.diagnostics()).extracting(Diagnostic::code).doesNotContain("DuplicateObject");
    }

    @Test
    void withoutStandardInputTheDashReadsAsEmpty() throws Exception {
        String a = file("a.yaml", node("a"));
        LoadedSnapshot loaded = new SnapshotLoader().load(List.of(a, "-"), null);

        assertThat(loaded.snapshot().nodes()).extracting(n -> n.name()).containsExactly("a");
        assertThat(loaded.read().files()).extracting(SourceFile::displayPath).containsExactly(a, SnapshotLoader.STDIN);
    }
}
