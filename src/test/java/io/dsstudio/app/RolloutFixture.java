package io.dsstudio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A cluster whose DaemonSet {@code kube-system/agent} was just bumped to template generation 2 while every pod runs
 * generation 1: its rollout is pending. Nodes named in {@code unknown} stopped reporting (Ready Unknown, with the
 * unreachable taints the node controller adds).
 */
final class RolloutFixture {
    static final String AGENT = "kube-system/agent";

    private RolloutFixture() {
    }

    static Path write(Path dir, int nodes, Set<String> unknown, String maxUnavailable) throws IOException {
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= nodes; i++) {
            String node = "node-%03d".formatted(i);
            boolean down = unknown.contains(node);
            yaml.append("""
                    apiVersion: v1
                    kind: Node
                    metadata: {name: %s, labels: {kubernetes.io/hostname: %s}}
                    %s
                    status:
                      conditions: [{type: Ready, status: "%s", lastTransitionTime: "2025-06-12T09:00:00Z"}]
                    ---
                    apiVersion: v1
                    kind: Pod
                    metadata:
                      name: agent-%s
                      namespace: kube-system
                      uid: pod-%s
                      labels: {app: agent, pod-template-generation: "1"}
                      creationTimestamp: "2025-06-01T10:00:00Z"
                      ownerReferences: [{apiVersion: apps/v1, kind: DaemonSet, name: agent, uid: agent-uid, controller: true}]
                    spec: {nodeName: %s, containers: [{name: agent, image: "agent:1"}]}
                    status:
                      phase: Running
                      conditions: [{type: Ready, status: "True", lastTransitionTime: "2025-06-01T10:00:12Z"}]
                    ---
                    """.formatted(node, node, down ? "spec: {taints: [{key: node.kubernetes.io/unreachable, effect: NoExecute},"
                    + " {key: node.kubernetes.io/unreachable, effect: NoSchedule}]}" : "", down ? "Unknown" : "True", node, node, node));
        }
        yaml.append("""
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                  name: agent
                  namespace: kube-system
                  uid: agent-uid
                  generation: 2
                  annotations: {deprecated.daemonset.template.generation: "2"}
                spec:
                  selector: {matchLabels: {app: agent}}
                  updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: %s}}
                  template:
                    metadata: {labels: {app: agent}}
                    spec:
                      containers: [{name: agent, image: "agent:2"}]
                """.formatted(maxUnavailable));
        Path file = dir.resolve("cluster.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
