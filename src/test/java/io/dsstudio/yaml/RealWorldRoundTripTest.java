package io.dsstudio.yaml;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every real-world manifest in src/test/resources/realworld survives reading, writing and single edits losslessly. */
class RealWorldRoundTripTest {
    private final ManifestEditor editor = new ManifestEditor();

    static Path root() {
        try {
            return Path.of(Objects.requireNonNull(RealWorldRoundTripTest.class.getResource("/realworld")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /** (file name, object index, object) for every named object. */
    static Stream<Arguments> objects() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (Path file : files().toList()) {
            ReadResult read = new ManifestReader().read(List.of(file.toString()));
            for (int i = 0; i < read.objects().size(); i++) {
                KubeObject o = read.objects().get(i);
                if (o.name() != null) {
                    out.add(Arguments.of(root().relativize(file).toString(), i, o));
                }
            }
        }
        return out.stream();
    }

    static Stream<Arguments> daemonSets() throws Exception {
        return objects().filter(a -> "DaemonSet".equals(((KubeObject) a.get()[2]).kind()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readThenWriteWithoutEditsIsByteIdentical(Path file, @TempDir Path temp) throws Exception {
        byte[] original = Files.readAllBytes(file);
        ReadResult read = new ManifestReader().read(List.of(file.toString()));
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.objects()).isNotEmpty();
        SourceFile source = read.files().get(0);

        String written = editor.apply(source, List.of());
        Path target = temp.resolve(file.getFileName());
        new AtomicFileWriter(false).write(target, written);

        assertThat(Files.readAllBytes(target)).isEqualTo(original);
    }

    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("objects")
    void applySetNameChangesOnlyItsLine(String file, int index, KubeObject object) throws Exception {
        String edited = editor.apply(object, List.of(ManifestEdit.set("metadata.name", object.name() + "-edited")));

        LineDiff diff = LineDiff.of(object.file().text(), edited);
        assertThat(diff.removed()).hasSize(1);
        assertThat(diff.added()).containsExactly(diff.removed().get(0).replace(object.name(), object.name() + "-edited"));
    }

    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("objects")
    void applyInsertLabelOnlyAddsLines(String file, int index, KubeObject object) throws Exception {
        String edited = editor.apply(object, List.of(ManifestEdit.set("metadata.labels[dsstudio.io/edited]", "true")));

        LineDiff diff = LineDiff.of(object.file().text(), edited);
        boolean hadLabels = FieldLocator.node(object.root(), "metadata.labels") instanceof YMap labels && !labels.flow();
        if (hadLabels) {
            assertThat(diff.removed()).isEmpty();
            assertThat(diff.added()).singleElement().asString().endsWith("dsstudio.io/edited: \"true\"");
        } else {
            assertThat(diff.added()).anyMatch(line -> line.contains("dsstudio.io/edited: \"true\""));
            assertThat(diff.added().size() - diff.removed().size()).isBetween(0, 2);
        }
        assertThat(new ManifestReader().readText(file, edited).diagnostics()).isEmpty();
    }

    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("daemonSets")
    void applyAppendTolerationOnlyAddsItsLines(String file, int index, KubeObject object) throws Exception {
        Map<String, Object> toleration = new LinkedHashMap<>();
        toleration.put("key", "dsstudio.io/test");
        toleration.put("operator", "Exists");
        toleration.put("effect", "NoSchedule");
        String edited = editor.apply(object, List.of(ManifestEdit.append("spec.template.spec.tolerations", toleration)));

        LineDiff diff = LineDiff.of(object.file().text(), edited);
        boolean blockList = FieldLocator.node(object.root(), "spec.template.spec.tolerations") instanceof YSeq seq && !seq.flow();
        if (blockList) {
            assertThat(diff.removed()).isEmpty();
            assertThat(diff.added()).hasSize(3);
            assertThat(diff.added().get(0)).endsWith("- key: dsstudio.io/test");
        } else {
            assertThat(String.join("\n", diff.added())).contains("dsstudio.io/test");
        }
    }

    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("daemonSets")
    void applyRemoveFirstTolerationOnlyRemovesItsLines(String file, int index, KubeObject object) throws Exception {
        if (!(FieldLocator.node(object.root(), "spec.template.spec.tolerations") instanceof YSeq seq) || seq.items().size() < 2) {
            return;
        }
        String edited = editor.apply(object, List.of(ManifestEdit.remove("spec.template.spec.tolerations[0]")));

        LineDiff diff = LineDiff.of(object.file().text(), edited);
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isNotEmpty().allMatch(line -> line.trim().startsWith("-") || line.trim().startsWith("#")
                || line.trim().matches("(key|operator|effect|value|tolerationSeconds): .*"));
    }

    @org.junit.jupiter.api.Test
    void applyTolerationEditsInCommentedCalicoManifestChangeOnlyTheirLines() throws Exception {
        Path file = root().resolve("daemonsets/calico.yaml");
        ReadResult read = new ManifestReader().read(List.of(file.toString()));
        KubeObject calico = read.objects().stream().filter(o -> "DaemonSet".equals(o.kind())).findFirst().orElseThrow();
        String text = calico.file().text();
        String tolerations = """
                      tolerations:
                        # Make sure calico-node gets scheduled on all nodes.
                        - effect: NoSchedule
                          operator: Exists
                        # Mark the pod as a critical add-on for rescheduling.
                        - key: CriticalAddonsOnly
                          operator: Exists
                        - effect: NoExecute
                          operator: Exists
                      serviceAccountName: calico-node
                """;
        assertThat(text).contains(tolerations);

        String edited = editor.apply(calico, List.of(
                ManifestEdit.set("spec.template.spec.tolerations[1].effect", "NoSchedule"),
                ManifestEdit.set("spec.template.spec.tolerations[2].operator", "Equal"),
                ManifestEdit.append("spec.template.spec.tolerations", Map.of("key", "dsstudio.io/test"))));

        assertThat(edited).isEqualTo(text.replace(tolerations, """
                      tolerations:
                        # Make sure calico-node gets scheduled on all nodes.
                        - effect: NoSchedule
                          operator: Exists
                        # Mark the pod as a critical add-on for rescheduling.
                        - key: CriticalAddonsOnly
                          operator: Exists
                          effect: NoSchedule
                        - effect: NoExecute
                          operator: Equal
                        - key: dsstudio.io/test
                      serviceAccountName: calico-node
                """));

        String removed = editor.apply(calico, List.of(ManifestEdit.remove("spec.template.spec.tolerations[1]")));
        assertThat(LineDiff.of(text, removed).removed()).containsExactly(
                "        # Mark the pod as a critical add-on for rescheduling.",
                "        - key: CriticalAddonsOnly",
                "          operator: Exists");
        assertThat(LineDiff.of(text, removed).added()).isEmpty();
    }

    /** The lines that differ between two texts, after their common first and last lines. */
    record LineDiff(List<String> removed, List<String> added) {
        static LineDiff of(String before, String after) {
            List<String> a = List.of(before.split("\n", -1));
            List<String> b = List.of(after.split("\n", -1));
            int prefix = 0;
            while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < a.size() - prefix && suffix < b.size() - prefix
                    && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
                suffix++;
            }
            return new LineDiff(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix));
        }
    }
}
