package io.dsstudio.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.dsstudio.simulation.Trees.list;
import static io.dsstudio.simulation.Trees.map;

/**
 * Realistic nodes of a cloud cluster in three zones: a tainted control plane, plain workers, arm64 and
 * Windows nodes, a tainted GPU pool, spot nodes, and a few cordoned and NotReady nodes.
 */
final class NodeFactory {
    static final String[] ZONES = {"us-east-1a", "us-east-1b", "us-east-1c"};

    enum Shape { CONTROL_PLANE, WORKER, ARM64, GPU, WINDOWS, SPOT, INFRA }

    private final Random random;
    private final Instant createdAt;

    NodeFactory(Random random, Instant createdAt) {
        this.random = random;
        this.createdAt = createdAt;
    }

    List<Map<String, Object>> nodes(int count) {
        List<Map<String, Object>> out = new ArrayList<>(count);
        int controlPlanes = count >= 10 ? 3 : Math.min(1, count);
        for (int i = 0; i < count; i++) {
            Shape shape = i < controlPlanes ? Shape.CONTROL_PLANE : pickShape();
            out.add(node(i, shape));
        }
        return out;
    }

    private Shape pickShape() {
        int roll = random.nextInt(100);
        if (roll < 60) {
            return Shape.WORKER;
        }
        if (roll < 72) {
            return Shape.ARM64;
        }
        if (roll < 80) {
            return Shape.SPOT;
        }
        if (roll < 87) {
            return Shape.GPU;
        }
        if (roll < 93) {
            return Shape.INFRA;
        }
        return Shape.WINDOWS;
    }

    private Map<String, Object> node(int index, Shape shape) {
        int zoneIndex = index % ZONES.length;
        String zone = ZONES[zoneIndex];
        String name = "ip-10-" + zoneIndex + "-" + (index / 250) + "-" + (index % 250 + 1) + ".ec2.internal";
        String arch = shape == Shape.ARM64 ? "arm64" : "amd64";
        String os = shape == Shape.WINDOWS ? "windows" : "linux";
        String instanceType = switch (shape) {
            case CONTROL_PLANE -> "m6i.xlarge";
            case ARM64 -> "m7g.2xlarge";
            case GPU -> "g5.12xlarge";
            case WINDOWS -> "m6i.2xlarge";
            case SPOT -> "c6i.2xlarge";
            default -> "m6i.2xlarge";
        };
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("kubernetes.io/arch", arch);
        labels.put("kubernetes.io/hostname", name);
        labels.put("kubernetes.io/os", os);
        labels.put("node.kubernetes.io/instance-type", instanceType);
        labels.put("topology.kubernetes.io/region", "us-east-1");
        labels.put("topology.kubernetes.io/zone", zone);
        List<Object> taints = new ArrayList<>();
        switch (shape) {
            case CONTROL_PLANE -> {
                labels.put("node-role.kubernetes.io/control-plane", "");
                taints.add(taint("node-role.kubernetes.io/control-plane", null, "NoSchedule"));
            }
            case GPU -> {
                labels.put("pool", "gpu");
                labels.put("nvidia.com/gpu.present", "true");
                labels.put("nvidia.com/gpu.product", "NVIDIA-A10G");
                taints.add(taint("nvidia.com/gpu", "present", "NoSchedule"));
            }
            case WINDOWS -> {
                labels.put("pool", "windows");
                labels.put("node.kubernetes.io/windows-build", "10.0.20348");
                taints.add(taint("node.kubernetes.io/os", "windows", "NoSchedule"));
            }
            case SPOT -> {
                labels.put("pool", "spot");
                labels.put("node.kubernetes.io/lifecycle", "spot");
                taints.add(taint("spot", "true", "PreferNoSchedule"));
            }
            case INFRA -> {
                labels.put("pool", "infra");
                labels.put("node-role.kubernetes.io/infra", "");
                taints.add(taint("dedicated", "infra", "NoSchedule"));
            }
            default -> labels.put("pool", shape == Shape.ARM64 ? "arm" : "general");
        }
        boolean cordoned = shape != Shape.CONTROL_PLANE && random.nextInt(100) == 0;
        boolean notReady = shape != Shape.CONTROL_PLANE && !cordoned && random.nextInt(100) == 0;
        if (cordoned) {
            taints.add(taint("node.kubernetes.io/unschedulable", null, "NoSchedule"));
        }
        if (notReady) {
            taints.add(taint("node.kubernetes.io/not-ready", null, "NoSchedule"));
            taints.add(taint("node.kubernetes.io/not-ready", null, "NoExecute"));
        }
        String created = createdAt.minusSeconds(86_400L * (1 + random.nextInt(200))).toString();
        Map<String, Object> spec = map("providerID", "aws:///" + zone + "/i-" + String.format("%017x", random.nextLong() & 0xfffffffffffffffL),
                "unschedulable", cordoned ? Boolean.TRUE : null,
                "taints", taints.isEmpty() ? null : taints);
        return map("apiVersion", "v1", "kind", "Node",
                "metadata", map("name", name, "uid", PodNames.uidFor("node/" + name), "creationTimestamp", created, "labels", labels),
                "spec", spec,
                "status", status(shape, arch, os, notReady, created));
    }

    private static Map<String, Object> taint(String key, String value, String effect) {
        return map("key", key, "value", value, "effect", effect);
    }

    private Map<String, Object> status(Shape shape, String arch, String os, boolean notReady, String since) {
        String cpu = shape == Shape.CONTROL_PLANE ? "4" : shape == Shape.GPU ? "48" : "8";
        String memory = shape == Shape.CONTROL_PLANE ? "15896156Ki" : shape == Shape.GPU ? "195784772Ki" : "32408940Ki";
        Map<String, Object> capacity = map("cpu", cpu, "memory", memory, "pods", "110",
                "nvidia.com/gpu", shape == Shape.GPU ? "4" : null);
        List<Object> conditions = list(
                condition("MemoryPressure", "False", "KubeletHasSufficientMemory", since),
                condition("DiskPressure", "False", "KubeletHasNoDiskPressure", since),
                condition("PIDPressure", "False", "KubeletHasSufficientPID", since),
                notReady ? condition("Ready", "False", "KubeletNotReady", since)
                        : condition("Ready", "True", "KubeletReady", since));
        return map("capacity", capacity, "allocatable", capacity, "conditions", conditions,
                "nodeInfo", map("architecture", arch, "operatingSystem", os,
                        "kubeletVersion", "v1.31.4", "containerRuntimeVersion", "containerd://1.7.24",
                        "osImage", "windows".equals(os) ? "Windows Server 2022 Datacenter" : "Amazon Linux 2023"));
    }

    private static Map<String, Object> condition(String type, String status, String reason, String since) {
        return map("type", type, "status", status, "lastHeartbeatTime", since, "lastTransitionTime", since, "reason", reason);
    }
}
