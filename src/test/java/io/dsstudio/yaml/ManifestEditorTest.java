package io.dsstudio.yaml;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManifestEditorTest {
    private static final String EXPORTER = """
            # Node exporter for every Linux node
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: exporter   # the name
              namespace: monitoring
            spec:
              selector:
                matchLabels: {app: exporter}
              template:
                metadata:
                  labels:
                    app: exporter
                spec:
                  tolerations:
                  # run on control planes too
                  - key: node-role.kubernetes.io/control-plane
                    operator: Exists
                    effect: NoSchedule   # only NoSchedule
                  - key: dedicated
                    operator: Equal
                    value: 'infra'
                    effect: NoSchedule
                  containers:
                  - name: exporter
                    image: "quay.io/prometheus/node-exporter:v1.8.2"
                    args: [--web.listen-address=:9100, --path.rootfs=/host]
            """;

    private final ManifestEditor editor = new ManifestEditor();

    static KubeObject object(String path, String text, int index) {
        ReadResult read = new ManifestReader().readText(path, text);
        assertThat(read.diagnostics()).isEmpty();
        return read.objects().get(index);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    private String edit(String text, ManifestEdit... edits) throws ManifestEditException {
        return editor.apply(object("exporter.yaml", text, 0), List.of(edits));
    }

    @Test
    void applySetTolerationEffectChangesOnlyThatLine() throws Exception {
        String edited = edit(EXPORTER, ManifestEdit.set("spec.template.spec.tolerations[1].effect", "NoExecute"));

        assertThat(edited).isEqualTo(EXPORTER.replace("""
                        value: 'infra'
                        effect: NoSchedule
                """, """
                        value: 'infra'
                        effect: NoExecute
                """));
    }

    @Test
    void applySetKeepsTrailingCommentAndQuotingStyle() throws Exception {
        String edited = edit(EXPORTER,
                ManifestEdit.set("spec.template.spec.tolerations[0].effect", "NoExecute"),
                ManifestEdit.set("spec.template.spec.tolerations[1].value", "gpu"),
                ManifestEdit.set("spec.template.spec.containers[0].image", "quay.io/prometheus/node-exporter:v1.9.0"));

        assertThat(edited).isEqualTo(EXPORTER
                .replace("effect: NoSchedule   # only NoSchedule", "effect: NoExecute   # only NoSchedule")
                .replace("value: 'infra'", "value: 'gpu'")
                .replace("node-exporter:v1.8.2", "node-exporter:v1.9.0"));
    }

    @Test
    void applySetQuotesStringsThatWouldReadAsAnotherType() throws Exception {
        String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n"
                + "  a: x\n  b: x\n  c: x\n  d: x\n  e: x\n  f: x\n  g: x\n  h: x\n";
        String edited = edit(text,
                ManifestEdit.set("data.a", "true"), ManifestEdit.set("data.b", "0644"),
                ManifestEdit.set("data.c", "yes"), ManifestEdit.set("data.d", "1.0"),
                ManifestEdit.set("data.e", "a: b"), ManifestEdit.set("data.f", "#x"),
                ManifestEdit.set("data.g", "two\nlines"), ManifestEdit.set("data.h", "plain-text_1.2.3"));

        assertThat(edited).endsWith("data:\n  a: \"true\"\n  b: \"0644\"\n  c: \"yes\"\n  d: \"1.0\"\n"
                + "  e: 'a: b'\n  f: '#x'\n  g: \"two\\nlines\"\n  h: plain-text_1.2.3\n");
    }

    @Test
    void applySetInsertsMissingKeyWithIntermediateMaps() throws Exception {
        String edited = edit(EXPORTER, ManifestEdit.set("metadata.labels[app.kubernetes.io/name]", "exporter"));

        assertThat(edited).isEqualTo(EXPORTER.replace("""
                  namespace: monitoring
                """, """
                  namespace: monitoring
                  labels:
                    app.kubernetes.io/name: exporter
                """));
    }

    @Test
    void applySetInsertsIntoFlowMapping() throws Exception {
        String edited = edit(EXPORTER, ManifestEdit.set("spec.selector.matchLabels.tier", "node"));

        assertThat(edited).isEqualTo(EXPORTER.replace("{app: exporter}", "{app: exporter, tier: node}"));
    }

    @Test
    void applyRemoveDeletesItemWithItsOwnCommentLines() throws Exception {
        String edited = edit(EXPORTER, ManifestEdit.remove("spec.template.spec.tolerations[0]"));

        assertThat(edited).isEqualTo(EXPORTER.replace("""
                      # run on control planes too
                      - key: node-role.kubernetes.io/control-plane
                        operator: Exists
                        effect: NoSchedule   # only NoSchedule
                """, ""));
    }

    @Test
    void applyRemoveFirstKeyOfListItemKeepsTheDash() throws Exception {
        String edited = edit(EXPORTER, ManifestEdit.remove("spec.template.spec.tolerations[1].key"));

        assertThat(edited).isEqualTo(EXPORTER.replace("""
                      - key: dedicated
                        operator: Equal
                """, """
                      - operator: Equal
                """));
    }

    @Test
    void applyRemoveOnlyKeyLeavesEmptyMapping() throws Exception {
        String edited = edit(EXPORTER, ManifestEdit.remove("spec.template.metadata.labels.app"));

        assertThat(edited).isEqualTo(EXPORTER.replace("""
                      labels:
                        app: exporter
                """, """
                      labels: {}
                """));
    }

    @Test
    void applyAppendAddsBlockItemAtTheListsIndentation() throws Exception {
        Map<String, Object> toleration = new LinkedHashMap<>();
        toleration.put("key", "nvidia.com/gpu");
        toleration.put("operator", "Exists");
        toleration.put("effect", "NoSchedule");
        String edited = edit(EXPORTER, ManifestEdit.append("spec.template.spec.tolerations", toleration));

        assertThat(edited).isEqualTo(EXPORTER.replace("""
                        effect: NoSchedule
                      containers:
                """, """
                        effect: NoSchedule
                      - key: nvidia.com/gpu
                        operator: Exists
                        effect: NoSchedule
                      containers:
                """));
    }

    @Test
    void applyAppendAndRemoveInFlowList() throws Exception {
        String edited = edit(EXPORTER,
                ManifestEdit.append("spec.template.spec.containers[0].args", "--collector.systemd"),
                ManifestEdit.remove("spec.template.spec.containers[0].args[0]"));

        assertThat(edited).isEqualTo(EXPORTER.replace("[--web.listen-address=:9100, --path.rootfs=/host]",
                "[--path.rootfs=/host, --collector.systemd]"));
    }

    @Test
    void applySetReplacesSubtreeWithRenderedValue() throws Exception {
        Map<String, Object> nodeAffinity = Map.of("required", List.of(Map.of("key", "kubernetes.io/os")));
        String edited = edit(EXPORTER,
                ManifestEdit.set("spec.template.spec.tolerations", List.of(Map.of("operator", "Exists"))),
                ManifestEdit.set("spec.template.spec.affinity", nodeAffinity));

        assertThat(edited).isEqualTo(EXPORTER.replace("""
                      tolerations:
                      # run on control planes too
                      - key: node-role.kubernetes.io/control-plane
                        operator: Exists
                        effect: NoSchedule   # only NoSchedule
                      - key: dedicated
                        operator: Equal
                        value: 'infra'
                        effect: NoSchedule
                """, """
                      tolerations:
                      - operator: Exists
                """) + """
                      affinity:
                        required:
                        - key: kubernetes.io/os
                """);
    }

    @Test
    void applyKeepsCrlfLineEndings() throws Exception {
        String crlf = EXPORTER.replace("\n", "\r\n");
        String edited = edit(crlf,
                ManifestEdit.set("metadata.labels.app", "exporter"),
                ManifestEdit.remove("spec.template.spec.tolerations[1]"),
                ManifestEdit.append("spec.template.spec.tolerations", Map.of("operator", "Exists")));

        String expectedLf = EXPORTER.replace("""
                  namespace: monitoring
                """, """
                  namespace: monitoring
                  labels:
                    app: exporter
                """).replace("""
                      - key: dedicated
                        operator: Equal
                        value: 'infra'
                        effect: NoSchedule
                """, """
                      - operator: Exists
                """);
        assertThat(edited).isEqualTo(expectedLf.replace("\n", "\r\n"));
    }

    @Test
    void applyEditsJsonWithJsonSyntax() throws Exception {
        String json = """
                {
                  "apiVersion": "v1",
                  "kind": "Node",
                  "metadata": {
                    "name": "n1",
                    "labels": {
                      "zone": "a"
                    }
                  },
                  "spec": {"taints": [{"key": "k", "effect": "NoSchedule"}]}
                }
                """;
        KubeObject node = object("node.json", json, 0);
        String edited = editor.apply(node, List.of(
                ManifestEdit.set("metadata.labels.zone", "b"),
                ManifestEdit.set("metadata.labels[kubernetes.io/os]", "linux"),
                ManifestEdit.append("spec.taints", map("key", "x", "effect", "NoExecute")),
                ManifestEdit.remove("spec.taints[0]"),
                ManifestEdit.set("spec.unschedulable", true)));

        assertThat(edited).isEqualTo("""
                {
                  "apiVersion": "v1",
                  "kind": "Node",
                  "metadata": {
                    "name": "n1",
                    "labels": {
                      "zone": "b",
                      "kubernetes.io/os": "linux"
                    }
                  },
                  "spec": {"taints": [{"key": "x", "effect": "NoExecute"}], "unschedulable": true}
                }
                """);
    }

    @Test
    void applyEditsSeveralObjectsOfOneFile() throws Exception {
        String text = """
                apiVersion: v1
                kind: Node
                metadata:
                  name: a
                  labels:
                    pool: general
                ---
                # second node
                apiVersion: v1
                kind: Node
                metadata:
                  name: b
                """;
        ReadResult read = new ManifestReader().readText("nodes.yaml", text);
        KubeObject a = read.objects().get(0);
        KubeObject b = read.objects().get(1);
        String edited = editor.apply(read.files().get(0), List.of(
                new ManifestEditor.ObjectEdit(a, ManifestEdit.set("metadata.labels.pool", "gpu")),
                new ManifestEditor.ObjectEdit(b, ManifestEdit.set("spec.unschedulable", true)),
                new ManifestEditor.ObjectEdit(a, ManifestEdit.set("metadata.labels.zone", "us-east-1a")),
                new ManifestEditor.ObjectEdit(b, ManifestEdit.set("metadata.labels.pool", "general"))));

        assertThat(edited).isEqualTo("""
                apiVersion: v1
                kind: Node
                metadata:
                  name: a
                  labels:
                    pool: gpu
                    zone: us-east-1a
                ---
                # second node
                apiVersion: v1
                kind: Node
                metadata:
                  name: b
                  labels:
                    pool: general
                spec:
                  unschedulable: true
                """);
    }

    @Test
    void applyEditsItemOfListKind() throws Exception {
        String text = """
                apiVersion: v1
                kind: NodeList
                items:
                - apiVersion: v1
                  kind: Node
                  metadata:
                    name: a
                - apiVersion: v1
                  kind: Node
                  metadata:
                    name: b
                    labels: {}
                """;
        KubeObject b = object("list.yaml", text, 1);
        String edited = editor.apply(b, List.of(ManifestEdit.set("metadata.labels.role", "worker")));

        assertThat(edited).isEqualTo(text.replace("labels: {}", "labels: {role: worker}"));
    }

    @Test
    void applyEditsFlowCollectionsInALaterDocument() throws Exception {
        String text = """
                apiVersion: v1
                kind: Namespace
                metadata: {name: first}
                ---
                apiVersion: v1
                kind: Node
                metadata: {name: n, labels: {a: "1", b: x}}
                spec:
                  taints: [{key: k, effect: NoSchedule}]
                  podCIDRs: [10.0.0.0/24]
                """;
        KubeObject node = object("later.yaml", text, 1);

        String edited = editor.apply(node, List.of(
                ManifestEdit.remove("metadata.labels.a"),
                ManifestEdit.set("metadata.labels.c", "on"),
                ManifestEdit.append("spec.taints", map("key", "x", "effect", "NoExecute")),
                ManifestEdit.remove("spec.podCIDRs[0]")));

        assertThat(edited).isEqualTo(text
                .replace("labels: {a: \"1\", b: x}", "labels: {b: x, c: \"on\"}")
                .replace("effect: NoSchedule}]", "effect: NoSchedule}, {key: x, effect: NoExecute}]")
                .replace("podCIDRs: [10.0.0.0/24]", "podCIDRs: []"));
    }

    @Test
    void applyRemoveOnlyBlockItemLeavesEmptyList() throws Exception {
        String text = "apiVersion: v1\nkind: Node\nmetadata:\n  name: n\nspec:\n  taints:\n  - key: k\n    effect: NoSchedule\n  unschedulable: true\n";

        String edited = edit(text, ManifestEdit.remove("spec.taints[0]"));

        assertThat(edited).isEqualTo("apiVersion: v1\nkind: Node\nmetadata:\n  name: n\nspec:\n  taints: []\n  unschedulable: true\n");
    }

    @Test
    void applyRefusesImpossibleEditsAndLeavesNothingHalfDone() {
        KubeObject exporter = object("exporter.yaml", EXPORTER, 0);

        assertThatThrownBy(() -> editor.apply(exporter, List.of(ManifestEdit.remove("spec.template.spec.hostNetwork"))))
                .isInstanceOf(ManifestEditException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> editor.apply(exporter, List.of(ManifestEdit.set("metadata.name.first", "x"))))
                .isInstanceOf(ManifestEditException.class).hasMessageContaining("metadata.name");
        assertThatThrownBy(() -> editor.apply(exporter, List.of(ManifestEdit.set("spec.template.spec.tolerations[5]", "x"))))
                .isInstanceOf(ManifestEditException.class).hasMessageContaining("5");
        assertThatThrownBy(() -> editor.apply(exporter, List.of(ManifestEdit.append("metadata.name", "x"))))
                .isInstanceOf(ManifestEditException.class).hasMessageContaining("not a list");
    }

    @Test
    void applyRefusesAnEditThroughAnAliasThatWouldChangeAnotherField() {
        String text = """
                apiVersion: v1
                kind: Node
                metadata:
                  name: a
                  labels: &shared
                    pool: general
                  annotations: *shared
                """;
        KubeObject node = object("alias.yaml", text, 0);

        assertThatThrownBy(() -> editor.apply(node, List.of(ManifestEdit.set("metadata.annotations.pool", "gpu"))))
                .isInstanceOf(ManifestEditException.class).hasMessageContaining("did not read back as intended");
    }

    @Test
    void addObjectAppendsDocumentInKubectlStyle() throws Exception {
        SourceFile file = new ManifestReader().readText("nodes.yaml", "apiVersion: v1\nkind: Node\nmetadata:\n  name: a\n")
                .files().get(0);
        Map<String, Object> pod = new LinkedHashMap<>();
        pod.put("apiVersion", "v1");
        pod.put("kind", "Pod");
        pod.put("metadata", Map.of("name", "p"));

        assertThat(editor.addObject(file, pod)).isEqualTo("apiVersion: v1\nkind: Node\nmetadata:\n  name: a\n"
                + "---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n");
    }
}
