package io.dsstudio.yaml;

import io.dsstudio.domain.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A field of the wrong type is reported at its full path, line and column, although the mappers write a field's
 * path out only for a problem (from its parent's path and its key), at every depth and in every kind of list.
 */
class FieldPathTest {
    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
              namespace: default
            %s
            """;
    private static final String DAEMON_SET = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: ds
              namespace: default
            spec:
              selector:
                matchLabels: {app: a}
              template:
                metadata:
                  labels: {app: a}
            %s
            """;

    /** (what, manifest, the reported field, line, column) */
    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                arguments("a top-level object", POD.formatted("spec: 3"), "spec", 6, 7),
                arguments("a metadata field", POD.formatted("").replace("name: p", "name: p\n  uid: 5"),
                        "metadata.uid", 5, 8),
                arguments("an owner reference's flag", POD.formatted("").replace("namespace: default",
                        "namespace: default\n  ownerReferences:\n  - name: x\n    controller: \"yes\""),
                        "metadata.ownerReferences[0].controller", 8, 17),
                arguments("a label value", POD.formatted("").replace("namespace: default",
                        "namespace: default\n  labels:\n    a: 1"), "metadata.labels", 7, 8),
                arguments("a pod spec field", POD.formatted("spec:\n  nodeName: 7"), "spec.nodeName", 7, 13),
                arguments("a toleration field", POD.formatted("spec:\n  tolerations:\n  - key: k\n    tolerationSeconds: x"),
                        "spec.tolerations[0].tolerationSeconds", 9, 24),
                arguments("an item of a list of objects", POD.formatted("spec:\n  tolerations:\n  - key: k\n  - 5"),
                        "spec.tolerations[1]", 9, 5),
                arguments("a status condition", POD.formatted("status:\n  conditions:\n  - type: Ready\n    status: true"),
                        "status.conditions[0].status", 9, 13),
                arguments("a template's container port",
                        DAEMON_SET.formatted("    spec:\n      containers:\n      - name: c\n        image: i\n"
                                + "        ports:\n        - containerPort: 80\n          hostPort: x"),
                        "spec.template.spec.containers[0].ports[0].hostPort", 18, 21),
                arguments("an init container's name",
                        DAEMON_SET.formatted("    spec:\n      initContainers:\n      - name: 3"),
                        "spec.template.spec.initContainers[0].name", 14, 15),
                arguments("a node affinity value",
                        DAEMON_SET.formatted("    spec:\n      affinity:\n        nodeAffinity:\n"
                                + "          requiredDuringSchedulingIgnoredDuringExecution:\n            nodeSelectorTerms:\n"
                                + "            - matchExpressions:\n              - key: k\n                operator: In\n"
                                + "                values: [a, 2]"),
                        "spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
                                + ".nodeSelectorTerms[0].matchExpressions[0].values[1]", 20, 29),
                arguments("a selector expression",
                        DAEMON_SET.formatted("").replace("matchLabels: {app: a}",
                                "matchLabels: {app: a}\n    matchExpressions:\n    - key: app\n      operator: 5"),
                        "spec.selector.matchExpressions[0].operator", 11, 17),
                arguments("a rolling update field", DAEMON_SET.formatted("  updateStrategy:\n    rollingUpdate:\n"
                        + "      maxSurge: [1]"), "spec.updateStrategy.rollingUpdate.maxSurge", 14, 17),
                arguments("a node taint", """
                        apiVersion: v1
                        kind: Node
                        metadata:
                          name: node-1
                        spec:
                          taints:
                          - key: k
                            effect: [NoSchedule]
                        """, "spec.taints[0].effect", 8, 13));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongTypes")
    void aWrongTypeIsReportedAtItsFullPath(String what, String manifest, String field, int line, int column) {
        LoadedSnapshot loaded = new SnapshotLoader().loadText("m.yaml", manifest);

        List<Diagnostic> invalid = loaded.diagnostics().stream().filter(d -> "InvalidType".equals(d.code())).toList();
        assertThat(invalid).as(loaded.diagnostics().toString()).hasSize(1);
        Diagnostic d = invalid.get(0);
        assertThat(d.field()).isEqualTo(field);
        assertThat(d.position().line()).as("line").isEqualTo(line);
        assertThat(d.position().column()).as("column").isEqualTo(column);
    }
}
