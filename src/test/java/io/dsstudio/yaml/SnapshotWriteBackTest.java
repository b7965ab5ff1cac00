package io.dsstudio.yaml;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Taint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotWriteBackTest {
    private static final String PODS_LIST = """
            apiVersion: v1
            kind: PodList
            items:
            - apiVersion: v1
              kind: Pod
              metadata:
                name: a
            - apiVersion: v1
              kind: Pod
              metadata:
                name: b
            - apiVersion: v1
              kind: Pod
              metadata:
                name: c
            """;

    private static final String DOCUMENTS = """
            # header comment of the file
            apiVersion: v1
            kind: Pod
            metadata:
              name: first
            ---
            # the second pod
            apiVersion: v1
            kind: Pod
            metadata:
              name: second
            ---
            apiVersion: v1
            kind: Node
            metadata:
              name: n1
              labels:
                zone: a   # where it is
                keep: me
            """;

    private LoadedSnapshot load(Path dir, String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
        return new SnapshotLoader().load(List.of(dir.resolve(name).toString()));
    }

    private static Snapshot withoutPods(Snapshot s, String... names) {
        List<String> gone = List.of(names);
        return new Snapshot(s.nodes(), s.daemonSets(), s.pods().stream().filter(p -> !gone.contains(p.name())).toList(), s.revisions());
    }

    private static String only(List<FileChange> changes) {
        assertThat(changes).hasSize(1);
        return changes.get(0).newText();
    }

    @Test
    void changesRemoveBlockListItemsLineByLine(@TempDir Path dir) throws Exception {
        LoadedSnapshot loaded = load(dir, "pods.yaml", PODS_LIST);
        String text = only(new SnapshotWriteBack().changes(loaded, withoutPods(loaded.snapshot(), "b"), List.of(), dir.resolve("new.yaml")));
        assertThat(text).isEqualTo(PODS_LIST.replace("""
                - apiVersion: v1
                  kind: Pod
                  metadata:
                    name: b
                """, ""));
    }

    @Test
    void changesRewriteAListThatLosesEveryItem(@TempDir Path dir) throws Exception {
        LoadedSnapshot loaded = load(dir, "pods.yaml", PODS_LIST);
        String text = only(new SnapshotWriteBack().changes(loaded, withoutPods(loaded.snapshot(), "a", "b", "c"), List.of(), dir.resolve("n.yaml")));
        assertThat(new ManifestReader().readText("x.yaml", text).objects()).isEmpty();
        assertThat(text).contains("kind: PodList");
    }

    @Test
    void changesRemoveJsonListItems(@TempDir Path dir) throws Exception {
        String json = "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"a\"}},"
                + "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"b\"}}]}\n";
        LoadedSnapshot loaded = load(dir, "pods.json", json);
        String text = only(new SnapshotWriteBack().changes(loaded, withoutPods(loaded.snapshot(), "a"), List.of(), dir.resolve("n.yaml")));
        ReadResult read = new ManifestReader().readText("pods.json", text);
        assertThat(read.objects()).extracting(KubeObject::name).containsExactly("b");
    }

    @Test
    void changesRemoveDocumentsAndKeepTheFileHeader(@TempDir Path dir) throws Exception {
        LoadedSnapshot loaded = load(dir, "all.yaml", DOCUMENTS);
        String text = only(new SnapshotWriteBack().changes(loaded, withoutPods(loaded.snapshot(), "first"), List.of(), dir.resolve("n.yaml")));
        assertThat(text).startsWith("# header comment of the file\n");
        assertThat(text).doesNotContain("name: first").contains("# the second pod\n").contains("zone: a   # where it is");
        text = only(new SnapshotWriteBack().changes(loaded, withoutPods(loaded.snapshot(), "second"), List.of(), dir.resolve("n.yaml")));
        assertThat(text).isEqualTo(DOCUMENTS.replace("""
                ---
                # the second pod
                apiVersion: v1
                kind: Pod
                metadata:
                  name: second
                """, ""));
    }

    @Test
    void changesEditNodeLabelsTaintsAndCordonField(@TempDir Path dir) throws Exception {
        LoadedSnapshot loaded = load(dir, "all.yaml", DOCUMENTS);
        ClusterNode node = loaded.snapshot().nodes().get(0);
        Map<String, String> labels = new LinkedHashMap<>(node.labels());
        labels.put("zone", "b");
        labels.remove("keep");
        labels.put("gpu", "true");
        ClusterNode edited = node.withMeta(node.meta().withLabels(labels))
                .withTaints(List.of(Taint.of("node.kubernetes.io/unschedulable", "", "NoSchedule"))).withUnschedulable(true);
        Snapshot result = new Snapshot(List.of(edited), List.of(), loaded.snapshot().pods(), List.of());
        String text = only(new SnapshotWriteBack().changes(loaded, result, List.of(), dir.resolve("n.yaml")));
        ClusterNode reread = new SnapshotLoader().loadText("all.yaml", text).snapshot().nodes().get(0);
        assertThat(reread.labels()).containsExactlyInAnyOrderEntriesOf(labels);
        assertThat(reread.unschedulable()).isTrue();
        assertThat(reread.taints()).containsExactly(Taint.of("node.kubernetes.io/unschedulable", "", "NoSchedule"));
        assertThat(text).contains("zone: b   # where it is").contains("# header comment of the file");
    }

    @Test
    void changesAppendNewObjectsToANewFile(@TempDir Path dir) throws Exception {
        LoadedSnapshot loaded = load(dir, "all.yaml", DOCUMENTS);
        Map<String, Object> pod = new LinkedHashMap<>();
        pod.put("apiVersion", "v1");
        pod.put("kind", "Pod");
        pod.put("metadata", Map.of("name", "third", "namespace", "default"));
        Path target = dir.resolve("new-pods.yaml");
        List<FileChange> changes = new SnapshotWriteBack().changes(loaded, loaded.snapshot(), List.of(NewObject.of(pod)), target);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.creates()).isTrue();
            assertThat(c.path()).isEqualTo(target);
            assertThat(new ManifestReader().readText("n.yaml", c.newText()).objects()).extracting(KubeObject::name).containsExactly("third");
        });
    }

    @Test
    void changesKeepPodsWhoseOwnerIsRemoved(@TempDir Path dir) throws Exception {
        String owned = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: p
                  ownerReferences:
                  - {apiVersion: apps/v1, kind: DaemonSet, name: ds, uid: u1, controller: true}
                """;
        LoadedSnapshot loaded = load(dir, "pod.yaml", owned);
        Pod pod = loaded.snapshot().pods().get(0);
        ObjectMeta orphanMeta = pod.meta().withOwnerReferences(List.of());
        Snapshot result = new Snapshot(List.of(), List.of(), List.of(pod.withMeta(orphanMeta)), List.of());
        String text = only(new SnapshotWriteBack().changes(loaded, result, List.of(), dir.resolve("n.yaml")));
        assertThat(text).doesNotContain("ownerReferences").contains("name: p");
    }
}
