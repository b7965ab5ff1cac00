package io.dsstudio.bench;

import io.dsstudio.domain.Taint;
import io.dsstudio.domain.Toleration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A large cluster snapshot as YAML text, shaped like {@code kubectl get nodes,ds,pods -A -o yaml} output split
 * into documents: nodes with labels, taints, conditions, capacity and nodeInfo in several pools (general,
 * GPU, arm64, Windows, infra, spot, local SSD, control plane, cordoned), twenty DaemonSets, and one pod per
 * node per DaemonSet wherever its nodeSelector and tolerations let it run.
 */
final class SyntheticSnapshot {
    private record Node(String name, String zone, String arch, String os, String pool, List<Taint> taints, boolean cordoned) {
    }

    private record Ds(String name, String namespace, Map<String, String> nodeSelector, List<Toleration> tolerations, String image) {
    }

    private static final Toleration EXISTS = new Toleration("", "Exists", "", "", null);
    private static final List<Ds> DAEMON_SETS = List.of(
            ds("kube-proxy", "kube-system", linux(), List.of(EXISTS), "registry.k8s.io/kube-proxy:v1.31.2"),
            ds("aws-node", "kube-system", linux(), List.of(EXISTS), "602401143452.dkr.ecr.us-east-1.amazonaws.com/amazon-k8s-cni:v1.18.5"),
            ds("ebs-csi-node", "kube-system", linux(), List.of(EXISTS), "public.ecr.aws/ebs-csi-driver/aws-ebs-csi-driver:v1.35.0"),
            ds("node-exporter", "monitoring", linux(), List.of(EXISTS), "quay.io/prometheus/node-exporter:v1.8.2"),
            ds("fluent-bit", "logging", linux(), List.of(Toleration.exists("", "NoSchedule"), Toleration.exists("", "NoExecute")),
                    "cr.fluentbit.io/fluent/fluent-bit:3.1.9"),
            ds("falco", "security", Map.of(), List.of(EXISTS), "docker.io/falcosecurity/falco:0.39.1"),
            ds("node-problem-detector", "kube-system", Map.of("pool", "general"), List.of(), "registry.k8s.io/node-problem-detector/node-problem-detector:v0.8.20"),
            ds("nvidia-device-plugin", "kube-system", Map.of("nvidia.com/gpu.present", "true"),
                    List.of(Toleration.exists("nvidia.com/gpu", "NoSchedule")), "nvcr.io/nvidia/k8s-device-plugin:v0.16.2"),
            ds("dcgm-exporter", "monitoring", Map.of("nvidia.com/gpu.present", "true"),
                    List.of(Toleration.exists("nvidia.com/gpu", "NoSchedule")), "nvcr.io/nvidia/k8s/dcgm-exporter:3.3.8-3.6.0-ubuntu22.04"),
            ds("gpu-feature-discovery", "kube-system", Map.of("nvidia.com/gpu.present", "true"),
                    List.of(Toleration.exists("nvidia.com/gpu", "NoSchedule")), "nvcr.io/nvidia/k8s-device-plugin:v0.16.2"),
            ds("kube-proxy-windows", "kube-system", Map.of("kubernetes.io/os", "windows"), List.of(EXISTS), "sigwindowstools/kube-proxy:v1.31.2-calico-hostprocess"),
            ds("windows-exporter", "monitoring", Map.of("kubernetes.io/os", "windows"),
                    List.of(new Toleration("node.kubernetes.io/os", "Equal", "windows", "NoSchedule", null)), "ghcr.io/prometheus-community/windows-exporter:0.29.2"),
            ds("local-volume-provisioner", "storage", Map.of("pool", "localssd"), List.of(), "registry.k8s.io/sig-storage/local-volume-provisioner:v2.6.0"),
            ds("infra-log-shipper", "logging", Map.of("pool", "infra"),
                    List.of(new Toleration("dedicated", "Equal", "infra", "NoSchedule", null)), "docker.io/grafana/promtail:3.2.1"),
            ds("arm64-perf-agent", "monitoring", Map.of("kubernetes.io/arch", "arm64"), List.of(), "public.ecr.aws/example/perf-agent:2.4.0"),
            ds("spot-termination-handler", "kube-system", Map.of("node.kubernetes.io/lifecycle", "spot"), List.of(), "public.ecr.aws/aws-ec2/aws-node-termination-handler:v1.22.0"),
            ds("kured", "kube-system", Map.of("pool", "general"),
                    List.of(Toleration.exists("node-role.kubernetes.io/control-plane", "NoSchedule")), "ghcr.io/kubereboot/kured:1.16.0"),
            ds("csi-secrets-store", "kube-system", Map.of("pool", "infra"), List.of(EXISTS), "registry.k8s.io/csi-secrets-store/driver:v1.4.6"),
            ds("gpu-health-monitor", "monitoring", Map.of("nvidia.com/gpu.present", "true"), List.of(), "nvcr.io/nvidia/cloud-native/gpu-health:1.0.0"),
            ds("control-plane-auditor", "security", Map.of("node-role.kubernetes.io/control-plane", ""),
                    List.of(Toleration.exists("node-role.kubernetes.io/control-plane", "NoSchedule")), "public.ecr.aws/example/auditor:0.9.1"));

    private int podCount;

    private static Map<String, String> linux() {
        return Map.of("kubernetes.io/os", "linux");
    }

    private static Ds ds(String name, String ns, Map<String, String> selector, List<Toleration> tolerations, String image) {
        return new Ds(name, ns, selector, tolerations, image);
    }

    int daemonSetCount() {
        return DAEMON_SETS.size();
    }

    int podCount() {
        return podCount;
    }

    /** The whole snapshot: every object its own {@code ---} document. */
    String yaml(int nodeCount) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            nodes.add(node(i));
        }
        StringBuilder out = new StringBuilder(nodeCount * 30_000);
        for (int i = 0; i < nodes.size(); i++) {
            NodeText.append(out, nodes.get(i), i);
        }
        for (int d = 0; d < DAEMON_SETS.size(); d++) {
            DsText.append(out, DAEMON_SETS.get(d), d);
        }
        podCount = 0;
        for (int d = 0; d < DAEMON_SETS.size(); d++) {
            Ds ds = DAEMON_SETS.get(d);
            for (int i = 0; i < nodes.size(); i++) {
                if (runsOn(ds, nodes.get(i))) {
                    PodText.append(out, ds, d, nodes.get(i), i);
                    podCount++;
                }
            }
        }
        return out.toString();
    }

    private static Node node(int i) {
        String zone = "us-east-1" + "abc".charAt(i % 3);
        List<Taint> taints = new ArrayList<>();
        if (i < 3) {
            taints.add(new Taint("node-role.kubernetes.io/control-plane", "", "NoSchedule"));
            return new Node("ip-10-0-" + i + "-10.ec2.internal", zone, "amd64", "linux", "control-plane", taints, false);
        }
        int bucket = i % 100;
        String pool = "general";
        String arch = "amd64";
        String os = "linux";
        boolean cordoned = false;
        if (bucket < 5) {
            pool = "gpu";
            taints.add(new Taint("nvidia.com/gpu", "present", "NoSchedule"));
        } else if (bucket < 15) {
            arch = "arm64";
        } else if (bucket < 20) {
            os = "windows";
            pool = "windows";
            taints.add(new Taint("node.kubernetes.io/os", "windows", "NoSchedule"));
        } else if (bucket < 25) {
            pool = "infra";
            taints.add(new Taint("dedicated", "infra", "NoSchedule"));
        } else if (bucket < 30) {
            pool = "spot";
            taints.add(new Taint("spot", "true", "PreferNoSchedule"));
        } else if (bucket < 32) {
            pool = "localssd";
        } else if (bucket == 32) {
            cordoned = true;
            taints.add(new Taint("node.kubernetes.io/unschedulable", "", "NoSchedule"));
        }
        String name = "ip-10-" + (i / 250) + "-" + (i % 250) + "-" + (i % 7 + 10) + ".ec2.internal";
        return new Node(name, zone, arch, os, pool, taints, cordoned);
    }

    /** nodeSelector plus NoSchedule/NoExecute taints, as a DaemonSet pod would be placed (unschedulable is tolerated). */
    private static boolean runsOn(Ds ds, Node node) {
        Map<String, String> labels = NodeText.labels(node);
        for (Map.Entry<String, String> e : ds.nodeSelector().entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (Taint taint : node.taints()) {
            boolean hard = "NoSchedule".equals(taint.effect()) || "NoExecute".equals(taint.effect());
            boolean tolerated = taint.key().equals("node.kubernetes.io/unschedulable")
                    || ds.tolerations().stream().anyMatch(t -> t.tolerates(taint));
            if (hard && !tolerated) {
                return false;
            }
        }
        return true;
    }

    private static final class NodeText {
        static Map<String, String> labels(Node n) {
            Map<String, String> labels = new LinkedHashMap<>();
            String type = switch (n.pool()) {
                case "gpu" -> "g5.12xlarge";
                case "control-plane" -> "m6i.xlarge";
                case "localssd" -> "i4i.2xlarge";
                default -> "arm64".equals(n.arch()) ? "m7g.2xlarge" : "m6i.2xlarge";
            };
            labels.put("beta.kubernetes.io/arch", n.arch());
            labels.put("beta.kubernetes.io/instance-type", type);
            labels.put("beta.kubernetes.io/os", n.os());
            labels.put("failure-domain.beta.kubernetes.io/region", "us-east-1");
            labels.put("failure-domain.beta.kubernetes.io/zone", n.zone());
            labels.put("kubernetes.io/arch", n.arch());
            labels.put("kubernetes.io/hostname", n.name());
            labels.put("kubernetes.io/os", n.os());
            labels.put("node.kubernetes.io/instance-type", type);
            labels.put("topology.ebs.csi.aws.com/zone", n.zone());
            labels.put("topology.kubernetes.io/region", "us-east-1");
            labels.put("topology.kubernetes.io/zone", n.zone());
            if ("control-plane".equals(n.pool())) {
                labels.put("node-role.kubernetes.io/control-plane", "");
            } else {
                labels.put("pool", n.pool());
            }
            if ("gpu".equals(n.pool())) {
                labels.put("nvidia.com/gpu.present", "true");
                labels.put("nvidia.com/gpu.product", "NVIDIA-A10G");
                labels.put("nvidia.com/gpu.count", "4");
            }
            if ("spot".equals(n.pool())) {
                labels.put("node.kubernetes.io/lifecycle", "spot");
            }
            return labels;
        }

        static void append(StringBuilder out, Node n, int i) {
            out.append("---\napiVersion: v1\nkind: Node\nmetadata:\n  annotations:\n")
                    .append("    alpha.kubernetes.io/provided-node-ip: 10.").append(i / 250).append('.').append(i % 250).append(".17\n")
                    .append("    csi.volume.kubernetes.io/nodeid: '{\"ebs.csi.aws.com\":\"i-0").append(Integer.toHexString(0x5a000000 + i)).append("\"}'\n")
                    .append("    kubeadm.alpha.kubernetes.io/cri-socket: unix:///run/containerd/containerd.sock\n")
                    .append("    node.alpha.kubernetes.io/ttl: \"0\"\n")
                    .append("    volumes.kubernetes.io/controller-managed-attach-detach: \"true\"\n")
                    .append("  creationTimestamp: \"2024-0").append(1 + i % 9).append("-1").append(i % 10).append("T0").append(i % 10).append(":12:33Z\"\n")
                    .append("  labels:\n");
            for (Map.Entry<String, String> e : labels(n).entrySet()) {
                String v = e.getValue();
                out.append("    ").append(e.getKey()).append(": ").append(v.isEmpty() || "true".equals(v) || v.chars().allMatch(Character::isDigit) ? "\"" + v + "\"" : v).append('\n');
            }
            out.append("  name: ").append(n.name()).append('\n')
                    .append("  resourceVersion: \"").append(4_000_000 + i * 7).append("\"\n")
                    .append("  uid: 3f0c").append(String.format("%04x", i % 65536)).append("-9a1e-4c7b-8d2f-").append(String.format("%012x", 0xa1b2c3d4e5L + i)).append('\n')
                    .append("spec:\n  podCIDR: 10.").append(100 + i / 250).append('.').append(i % 250).append(".0/24\n  podCIDRs:\n  - 10.")
                    .append(100 + i / 250).append('.').append(i % 250).append(".0/24\n  providerID: aws:///").append(n.zone()).append("/i-0")
                    .append(Integer.toHexString(0x5a000000 + i)).append('\n');
            if (!n.taints().isEmpty()) {
                out.append("  taints:\n");
                for (Taint t : n.taints()) {
                    out.append("  - effect: ").append(t.effect()).append("\n    key: ").append(t.key()).append('\n');
                    if (!t.value().isEmpty()) {
                        out.append("    value: \"").append(t.value()).append("\"\n");
                    }
                }
            }
            if (n.cordoned()) {
                out.append("  unschedulable: true\n");
            }
            boolean gpu = "gpu".equals(n.pool());
            out.append("status:\n  addresses:\n  - address: 10.").append(i / 250).append('.').append(i % 250).append(".17\n    type: InternalIP\n")
                    .append("  - address: ").append(n.name()).append("\n    type: InternalDNS\n  - address: ").append(n.name()).append("\n    type: Hostname\n");
            for (String kind : new String[] {"allocatable", "capacity"}) {
                boolean alloc = "allocatable".equals(kind);
                out.append("  ").append(kind).append(":\n    cpu: ").append(alloc ? "7910m" : "\"8\"")
                        .append("\n    ephemeral-storage: \"").append(alloc ? "95491281146" : "104845292Ki").append("\"\n")
                        .append("    hugepages-1Gi: \"0\"\n    hugepages-2Mi: \"0\"\n    memory: ").append(alloc ? "31482616Ki" : "32487160Ki").append('\n');
                if (gpu) {
                    out.append("    nvidia.com/gpu: \"4\"\n");
                }
                out.append("    pods: \"110\"\n");
            }
            out.append("  conditions:\n");
            String[][] conditions = {
                    {"MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"},
                    {"DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"},
                    {"PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"},
                    {"Ready", "True", "KubeletReady", "kubelet is posting ready status"}};
            for (String[] c : conditions) {
                out.append("  - lastHeartbeatTime: \"2024-11-28T04:5").append(i % 10).append(":0").append(i % 7).append("Z\"\n")
                        .append("    lastTransitionTime: \"2024-0").append(1 + i % 9).append("-1").append(i % 10).append("T0").append(i % 10).append(":13:04Z\"\n")
                        .append("    message: ").append(c[3]).append("\n    reason: ").append(c[2]).append("\n    status: \"").append(c[1])
                        .append("\"\n    type: ").append(c[0]).append('\n');
            }
            out.append("  daemonEndpoints:\n    kubeletEndpoint:\n      Port: 10250\n  nodeInfo:\n    architecture: ").append(n.arch())
                    .append("\n    bootID: 7c2f").append(String.format("%04x", i % 65536)).append("-5e1d-4f3a-9b7c-0d2e4f6a8b1c\n")
                    .append("    containerRuntimeVersion: ").append("windows".equals(n.os()) ? "containerd://1.7.20" : "containerd://1.7.22")
                    .append("\n    kernelVersion: ").append("windows".equals(n.os()) ? "10.0.20348.2762" : "6.1.112-124.190.amzn2023.x86_64")
                    .append("\n    kubeProxyVersion: v1.31.2\n    kubeletVersion: v1.31.2\n    machineID: ec2").append(String.format("%029x", 0xfeedL + i))
                    .append("\n    operatingSystem: ").append(n.os()).append("\n    osImage: ")
                    .append("windows".equals(n.os()) ? "Windows Server 2022 Datacenter" : "Amazon Linux 2023.6.20241031")
                    .append("\n    systemUUID: ec2").append(String.format("%05x", i)).append("-1c2d-3e4f-5a6b-7c8d9e0f1a2b\n");
        }
    }

    private static final class DsText {
        static void append(StringBuilder out, Ds ds, int d) {
            out.append("---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ").append(ds.name())
                    .append("\n  namespace: ").append(ds.namespace()).append("\n  generation: 3\n  uid: 9d1e0000-0000-4000-8000-0000000000")
                    .append(String.format("%02d", d)).append("\n  labels:\n    app.kubernetes.io/name: ").append(ds.name())
                    .append("\nspec:\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: ").append(ds.name())
                    .append("\n  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxUnavailable: 10%\n")
                    .append("  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: ").append(ds.name())
                    .append("\n    spec:\n");
            podSpec(out, ds, "      ");
        }

        static void podSpec(StringBuilder out, Ds ds, String indent) {
            if (!ds.nodeSelector().isEmpty()) {
                out.append(indent).append("nodeSelector:\n");
                ds.nodeSelector().forEach((k, v) -> out.append(indent).append("  ").append(k).append(": ")
                        .append(v.isEmpty() || "true".equals(v) ? "\"" + v + "\"" : v).append('\n'));
            }
            if (!ds.tolerations().isEmpty()) {
                out.append(indent).append("tolerations:\n");
                for (Toleration t : ds.tolerations()) {
                    out.append(indent).append("- operator: ").append(t.operator()).append('\n');
                    if (!t.key().isEmpty()) {
                        out.append(indent).append("  key: ").append(t.key()).append('\n');
                    }
                    if (!t.value().isEmpty()) {
                        out.append(indent).append("  value: ").append(t.value()).append('\n');
                    }
                    if (!t.effect().isEmpty()) {
                        out.append(indent).append("  effect: ").append(t.effect()).append('\n');
                    }
                }
            }
            out.append(indent).append("priorityClassName: system-node-critical\n")
                    .append(indent).append("containers:\n").append(indent).append("- name: ").append(ds.name()).append('\n')
                    .append(indent).append("  image: ").append(ds.image()).append('\n')
                    .append(indent).append("  resources:\n").append(indent).append("    requests: {cpu: 50m, memory: 64Mi}\n");
        }
    }

    private static final class PodText {
        static void append(StringBuilder out, Ds ds, int d, Node n, int i) {
            String suffix = Integer.toString(36 * 36 * 36 + (i * 31 + d * 7) % (36 * 36 * 35), 36);
            out.append("---\napiVersion: v1\nkind: Pod\nmetadata:\n  generateName: ").append(ds.name()).append("-\n  name: ")
                    .append(ds.name()).append('-').append(suffix).append(i).append("\n  namespace: ").append(ds.namespace())
                    .append("\n  labels:\n    app.kubernetes.io/name: ").append(ds.name())
                    .append("\n    controller-revision-hash: 6b8f9c7d5\n    pod-template-generation: \"3\"\n")
                    .append("  ownerReferences:\n  - apiVersion: apps/v1\n    blockOwnerDeletion: true\n    controller: true\n")
                    .append("    kind: DaemonSet\n    name: ").append(ds.name()).append("\n    uid: 9d1e0000-0000-4000-8000-0000000000")
                    .append(String.format("%02d", d)).append("\n  uid: 5e").append(String.format("%06x", i)).append("-").append(String.format("%04x", d))
                    .append("-4a2b-9c8d-7e6f5a4b3c2d\n  creationTimestamp: \"2024-10-0").append(1 + d % 9).append("T12:0").append(i % 10).append(":00Z\"\n")
                    .append("spec:\n  nodeName: ").append(n.name()).append('\n')
                    .append("  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n")
                    .append("        - matchFields:\n          - key: metadata.name\n            operator: In\n            values:\n            - ")
                    .append(n.name()).append('\n');
            DsText.podSpec(out, ds, "  ");
            out.append("status:\n  phase: Running\n  hostIP: 10.").append(i / 250).append('.').append(i % 250).append(".17\n")
                    .append("  startTime: \"2024-10-0").append(1 + d % 9).append("T12:0").append(i % 10).append(":01Z\"\n  conditions:\n")
                    .append("  - type: PodScheduled\n    status: \"True\"\n    lastTransitionTime: \"2024-10-01T12:00:00Z\"\n")
                    .append("  - type: Initialized\n    status: \"True\"\n    lastTransitionTime: \"2024-10-01T12:00:01Z\"\n")
                    .append("  - type: ContainersReady\n    status: \"True\"\n    lastTransitionTime: \"2024-10-01T12:00:09Z\"\n")
                    .append("  - type: Ready\n    status: \"True\"\n    lastTransitionTime: \"2024-10-01T12:00:09Z\"\n");
        }
    }
}
