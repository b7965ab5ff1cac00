package io.dsstudio.yaml;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Input kubectl reads is read alike, and duplicates keep the first copy. */
class KubectlInputTest {
    private static final String DAEMONSET = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: kured
              namespace: kube-system
            spec:
              selector:
                matchLabels: {app: kured}
              template:
                metadata:
                  labels: {app: kured}
                spec:
                  containers:
                  - name: kured
                    image: kured:1.0
            """;

    @TempDir
    Path dir;

    private static LoadedSnapshot load(String text) {
        return new SnapshotLoader().loadText("in.yaml", text);
    }

    @Test
    void aMergeKeyGivesWayToTheMappingsOwnKeys() {
        LoadedSnapshot loaded = load("""
                apiVersion: v1
                kind: Node
                metadata:
                  name: node-1
                  labels: &common {zone: z1, name: c}
                  annotations:
                    <<: *common
                    name: b
                """);

        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(loaded.snapshot().nodes().get(0).meta().annotations()).containsEntry("name", "b").containsEntry("zone", "z1");
    }

    @Test
    void aWholeFloatIsAnInteger() {
        LoadedSnapshot loaded = load(DAEMONSET + "  minReadySeconds: 5.0\n");

        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(loaded.snapshot().daemonSets().get(0).minReadySeconds()).isEqualTo(5);
    }

    @Test
    void aFractionIsNotAnInteger() {
        LoadedSnapshot loaded = load(DAEMONSET + "  minReadySeconds: 5.5\n");

        assertThat(loaded.diagnostics()).extracting(Diagnostic::field).containsExactly("spec.minReadySeconds");
    }

    @Test
    void tabsKubectlTakesAsBlanksAreBlanks() {
        LoadedSnapshot loaded = load("apiVersion: v1\nkind: Node\nmetadata:\n  name:\tnode-1\n  labels: {a:\tb,\tc: d}\n"
                + "  annotations:\n    q: 'x'\t# quoted\n");

        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(loaded.snapshot().nodes().get(0).labels()).containsEntry("a", "b").containsEntry("c", "d");
    }

    @Test
    void aTabInIndentationIsStillAnError() {
        assertThat(load("apiVersion: v1\nkind: Node\nmetadata:\n\tname: node-1\n").diagnostics())
                .extracting(Diagnostic::code).containsExactly("SyntaxError");
    }

    @Test
    void aNameThatIsNotAStringSaysSo() {
        LoadedSnapshot loaded = load("apiVersion: v1\nkind: Node\nmetadata:\n  name: 12345\n");

        assertThat(loaded.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("metadata.name");
            assertThat(d.message()).contains("must be a string");
        });
    }

    @Test
    void yamlInAJsonFileIsReadByItsContent() throws Exception {
        Path file = Files.writeString(dir.resolve("ds.json"), DAEMONSET);

        LoadedSnapshot loaded = new SnapshotLoader().load(List.of(file.toString()));

        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(loaded.snapshot().daemonSets()).extracting(DaemonSet::key).containsExactly("kube-system/kured");
    }

    @Test
    void filesWithAByteOrderMarkAreDecodedByIt() throws Exception {
        for (String charset : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "UTF-8"}) {
            Path file = dir.resolve("ds-" + charset + ".yaml");
            Files.write(file, ("\uFEFF" + DAEMONSET).getBytes(Charset.forName(charset)));

            LoadedSnapshot loaded = new SnapshotLoader().load(List.of(file.toString()));

            assertThat(loaded.diagnostics()).as(charset).isEmpty();
            assertThat(loaded.snapshot().daemonSets()).as(charset).hasSize(1);
        }
    }

    @Test
    void aDuplicateKeepsTheFirstAndNamesBothFiles() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("manifests"));
        Files.writeString(folder.resolve("a.yaml"), DAEMONSET);
        Files.writeString(folder.resolve("b.yaml"), "# a copy\n" + DAEMONSET.replace("kured:1.0", "kured:2.0"));

        LoadedSnapshot loaded = new SnapshotLoader().load(List.of(folder.toString()));

        assertThat(loaded.snapshot().daemonSets()).singleElement()
                .satisfies(ds -> assertThat(ds.template().spec().containers().get(0).image()).isEqualTo("kured:1.0"));
        assertThat(loaded.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("DuplicateObject");
            assertThat(d.position().file()).endsWith("b.yaml");
            assertThat(d.message()).contains("a.yaml:1:1");
        });
    }

    @Test
    void aFileNamedTwiceIsReadOnce() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("manifests"));
        Path file = Files.writeString(folder.resolve("kured.yaml"), DAEMONSET);

        LoadedSnapshot loaded = new SnapshotLoader().load(List.of(folder.toString(), file.toString(), folder + "/../manifests"));

        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(loaded.read().files()).hasSize(1);
        assertThat(loaded.snapshot().daemonSets()).hasSize(1);
    }

    @Test
    void aLongValueIsCutInMessages() {
        LoadedSnapshot loaded = load(DAEMONSET + "  minReadySeconds: " + "7".repeat(5000) + "\n");

        assertThat(loaded.diagnostics()).singleElement().satisfies(d ->
                assertThat(d.message()).contains("… (4800 more)").hasSizeLessThan(300));
    }

    @Test
    void utf8WithoutAMarkIsStillUtf8() throws Exception {
        Path file = Files.write(dir.resolve("n.yaml"), "apiVersion: v1\nkind: Node\nmetadata:\n  name: node-1\n  annotations: {owner: José}\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(new SnapshotLoader().load(List.of(file.toString())).diagnostics()).isEmpty();
    }
}
