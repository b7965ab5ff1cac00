package io.dsstudio.simulation;

import java.util.List;
import java.util.Map;

import static io.dsstudio.simulation.Trees.list;
import static io.dsstudio.simulation.Trees.map;

/**
 * DaemonSets modelled on the ones real clusters run: each archetype places its pods differently
 * (everywhere, Linux only, by affinity, on one pool, with a surge or OnDelete strategy).
 */
final class DaemonSetCatalog {
    private record Archetype(String name, String namespace, String image, Map<String, Object> placement,
                             Map<String, Object> strategy, int hostPort) {
    }

    private static final Map<String, Object> ROLLING_10 = map("type", "RollingUpdate",
            "rollingUpdate", map("maxUnavailable", "10%", "maxSurge", 0L));

    private static final List<Archetype> ARCHETYPES = List.of(
            new Archetype("kube-proxy", "kube-system", "registry.k8s.io/kube-proxy:v1.31.4",
                    map("nodeSelector", map("kubernetes.io/os", "linux"),
                            "tolerations", list(map("operator", "Exists"))), ROLLING_10, 10249),
            new Archetype("calico-node", "kube-system", "docker.io/calico/node:v3.28.2",
                    map("nodeSelector", map("kubernetes.io/os", "linux"),
                            "tolerations", list(map("operator", "Exists", "effect", "NoSchedule"),
                                    map("operator", "Exists", "effect", "NoExecute"))), ROLLING_10, 9099),
            new Archetype("fluent-bit", "logging", "cr.fluentbit.io/fluent/fluent-bit:3.1.9",
                    map("nodeSelector", map("kubernetes.io/os", "linux"),
                            "tolerations", list(map("key", "node-role.kubernetes.io/control-plane", "operator", "Exists",
                                    "effect", "NoSchedule"))), map("type", "RollingUpdate"), 0),
            new Archetype("node-exporter", "monitoring", "quay.io/prometheus/node-exporter:v1.8.2",
                    map("nodeSelector", map("kubernetes.io/os", "linux"),
                            "tolerations", list(map("operator", "Exists"))), ROLLING_10, 9100),
            new Archetype("nvidia-device-plugin", "kube-system", "nvcr.io/nvidia/k8s-device-plugin:v0.16.2",
                    map("affinity", requiredAffinity(map("key", "nvidia.com/gpu.present", "operator", "In", "values", list("true"))),
                            "tolerations", list(map("key", "nvidia.com/gpu", "operator", "Exists", "effect", "NoSchedule"))),
                    map("type", "RollingUpdate", "rollingUpdate", map("maxUnavailable", 1L)), 0),
            new Archetype("ebs-csi-node", "kube-system", "public.ecr.aws/ebs-csi-driver/aws-ebs-csi-driver:v1.35.0",
                    map("affinity", requiredAffinity(map("key", "kubernetes.io/os", "operator", "In", "values", list("linux")),
                                    map("key", "kubernetes.io/arch", "operator", "In", "values", list("amd64", "arm64"))),
                            "tolerations", list(map("operator", "Exists"))),
                    map("type", "RollingUpdate", "rollingUpdate", map("maxUnavailable", "10%")), 0),
            new Archetype("windows-exporter", "monitoring", "ghcr.io/prometheus-community/windows-exporter:0.29.2",
                    map("nodeSelector", map("kubernetes.io/os", "windows"),
                            "tolerations", list(map("key", "node.kubernetes.io/os", "operator", "Equal", "value", "windows",
                                    "effect", "NoSchedule"))), map("type", "RollingUpdate"), 9182),
            new Archetype("spot-termination-handler", "kube-system", "public.ecr.aws/aws-ec2/aws-node-termination-handler:v1.22.0",
                    map("nodeSelector", map("node.kubernetes.io/lifecycle", "spot")),
                    map("type", "RollingUpdate", "rollingUpdate", map("maxUnavailable", 0L, "maxSurge", "25%")), 0),
            new Archetype("infra-agent", "monitoring", "example.com/infra-agent:2.4.0",
                    map("affinity", requiredAffinity(map("key", "pool", "operator", "In", "values", list("infra", "general"))),
                            "tolerations", list(map("key", "dedicated", "operator", "Equal", "value", "infra", "effect", "NoSchedule"))),
                    map("type", "OnDelete"), 0),
            new Archetype("zone-cache", "kube-system", "example.com/zone-cache:1.3.1",
                    map("affinity", requiredAffinity(map("key", "topology.kubernetes.io/zone", "operator", "In",
                            "values", list("us-east-1a", "us-east-1b")), map("key", "kubernetes.io/arch", "operator", "NotIn",
                            "values", list("arm64")))), ROLLING_10, 0));

    private DaemonSetCatalog() {
    }

    private static Map<String, Object> requiredAffinity(Object... expressions) {
        return map("nodeAffinity", map("requiredDuringSchedulingIgnoredDuringExecution",
                map("nodeSelectorTerms", list(map("matchExpressions", list(expressions))))));
    }

    /** The {@code index}-th DaemonSet: archetypes in turn, numbered after the first round. */
    static Map<String, Object> daemonSet(int index, long generation, String createdAt) {
        Archetype a = ARCHETYPES.get(index % ARCHETYPES.size());
        int round = index / ARCHETYPES.size();
        String name = round == 0 ? a.name() : a.name() + "-" + (round + 1);
        Map<String, Object> labels = map("app.kubernetes.io/name", name);
        Map<String, Object> container = map("name", a.name(), "image", a.image(),
                "ports", a.hostPort() == 0 ? null : list(map("name", "metrics", "containerPort", (long) a.hostPort(),
                        "hostPort", (long) a.hostPort(), "protocol", "TCP")),
                "resources", map("requests", map("cpu", "50m", "memory", "64Mi")));
        Map<String, Object> podSpec = map("containers", list(container));
        podSpec.putAll(a.placement());
        podSpec.put("priorityClassName", "system-node-critical");
        return map("apiVersion", "apps/v1", "kind", "DaemonSet",
                "metadata", map("name", name, "namespace", a.namespace(),
                        "uid", PodNames.uidFor(a.namespace() + "/" + name),
                        "generation", generation, "creationTimestamp", createdAt,
                        "annotations", map("deprecated.daemonset.template.generation", Long.toString(generation)),
                        "labels", labels),
                "spec", map("selector", map("matchLabels", labels),
                        "template", map("metadata", map("labels", labels), "spec", podSpec),
                        "updateStrategy", a.strategy(),
                        "revisionHistoryLimit", 10L));
    }
}
