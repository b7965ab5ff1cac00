package io.dsstudio.bench;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Container;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.IntOrString;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.NodeAffinity;
import io.dsstudio.domain.NodeSelectorRequirement;
import io.dsstudio.domain.NodeSelectorTerm;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.PodCondition;
import io.dsstudio.domain.PodSpec;
import io.dsstudio.domain.PodTemplate;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Taint;
import io.dsstudio.domain.Toleration;
import io.dsstudio.domain.UpdateStrategy;
import io.dsstudio.reconcile.NodeFit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A large synthetic cluster built from domain records (no parsing): nodes in zones and pools with the usual
 * taints, DaemonSets with the placement rules real add-ons use, and their pods on the nodes they run on
 * (some out of date, some unready, some nodes still empty).
 */
final class BenchCluster {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] ZONES = {"us-east-1a", "us-east-1b", "us-east-1c"};
    private static final String[] POOLS = {"general", "general", "general", "general", "arm64", "gpu", "infra", "localssd"};

    private BenchCluster() {
    }

    static Snapshot build(int nodeCount, int daemonSetCount, long seed) {
        Random random = new Random(seed);
        List<ClusterNode> nodes = new ArrayList<>(nodeCount);
        for (int i = 0; i < nodeCount; i++) {
            nodes.add(node(i, random));
        }
        List<DaemonSet> daemonSets = new ArrayList<>(daemonSetCount);
        List<Pod> pods = new ArrayList<>();
        for (int d = 0; d < daemonSetCount; d++) {
            DaemonSet ds = daemonSet(d, random);
            daemonSets.add(ds);
            NodeFit fit = NodeFit.forDaemonSet(ds);
            for (ClusterNode node : nodes) {
                boolean runs = fit.verdict(node).shouldRun();
                if (runs && random.nextInt(100) < 98) {
                    pods.add(pod(ds, node.name(), random));
                }
            }
        }
        return new Snapshot(nodes, daemonSets, pods, List.of());
    }

    private static ClusterNode node(int i, Random random) {
        String name = String.format("ip-10-%d-%d-%d.ec2.internal", i / 65536, (i / 256) % 256, i % 256);
        String pool = i < 3 ? "control-plane" : POOLS[random.nextInt(POOLS.length)];
        boolean windows = !pool.equals("control-plane") && random.nextInt(20) == 0;
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("kubernetes.io/arch", pool.equals("arm64") ? "arm64" : "amd64");
        labels.put("kubernetes.io/hostname", name);
        labels.put("kubernetes.io/os", windows ? "windows" : "linux");
        labels.put("node.kubernetes.io/instance-type", pool.equals("gpu") ? "g5.12xlarge" : "m6i.2xlarge");
        labels.put("topology.kubernetes.io/region", "us-east-1");
        labels.put("topology.kubernetes.io/zone", ZONES[i % ZONES.length]);
        labels.put("pool", pool);
        List<Taint> taints = new ArrayList<>();
        switch (pool) {
            case "control-plane" -> {
                labels.put("node-role.kubernetes.io/control-plane", "");
                taints.add(Taint.of("node-role.kubernetes.io/control-plane", "", "NoSchedule"));
            }
            case "gpu" -> {
                labels.put("nvidia.com/gpu.present", "true");
                labels.put("feature.node.kubernetes.io/pci-10de.present", "true");
                taints.add(Taint.of("nvidia.com/gpu", "present", "NoSchedule"));
            }
            case "infra" -> taints.add(Taint.of("dedicated", "infra", "NoSchedule"));
            default -> { }
        }
        if (windows) {
            taints.add(Taint.of("node.kubernetes.io/os", "windows", "NoSchedule"));
        }
        int trouble = random.nextInt(100);
        if (trouble == 0) {
            taints.add(Taint.of("node.kubernetes.io/unreachable", "", "NoSchedule"));
            taints.add(Taint.of("node.kubernetes.io/unreachable", "", "NoExecute"));
        } else if (trouble == 1) {
            taints.add(Taint.of("node.kubernetes.io/unschedulable", "", "NoSchedule"));
        } else if (trouble == 2) {
            taints.add(Taint.of("maintenance", "", "NoExecute"));
        }
        ObjectMeta meta = new ObjectMeta(name, null, "node-uid-" + i, labels, Map.of(), List.of(), T0, null, null);
        return new ClusterNode(meta, trouble == 1, taints, List.of(), Map.of(), Map.of(), null);
    }

    private static DaemonSet daemonSet(int d, Random random) {
        String name = "daemon-" + d;
        String namespace = "ns-" + (d % 5);
        Map<String, String> labels = Map.of("app.kubernetes.io/name", name);
        Map<String, String> nodeSelector = Map.of();
        NodeAffinity affinity = null;
        List<Toleration> tolerations = new ArrayList<>();
        switch (d % 6) {
            case 0 -> {     // node-exporter style
                nodeSelector = Map.of("kubernetes.io/os", "linux");
                tolerations.add(new Toleration("", "Exists", "", "", null));
            }
            case 1 -> {     // CNI style: affinity on os and arch, NoSchedule/NoExecute wildcards
                affinity = NodeAffinity.required(List.of(new NodeSelectorTerm(List.of(
                        new NodeSelectorRequirement("kubernetes.io/os", "In", List.of("linux")),
                        new NodeSelectorRequirement("kubernetes.io/arch", "In", List.of("amd64", "arm64")),
                        new NodeSelectorRequirement("eks.amazonaws.com/compute-type", "NotIn", List.of("fargate"))), List.of())));
                tolerations.add(new Toleration("", "Exists", "", "NoSchedule", null));
                tolerations.add(new Toleration("", "Exists", "", "NoExecute", null));
            }
            case 2 -> {     // GPU plugin: ORed terms, GPU taint tolerated
                affinity = NodeAffinity.required(List.of(
                        new NodeSelectorTerm(List.of(new NodeSelectorRequirement("feature.node.kubernetes.io/pci-10de.present", "In", List.of("true"))), List.of()),
                        new NodeSelectorTerm(List.of(new NodeSelectorRequirement("nvidia.com/gpu.present", "In", List.of("true"))), List.of())));
                tolerations.add(new Toleration("nvidia.com/gpu", "Exists", "", "NoSchedule", null));
            }
            case 3 -> nodeSelector = Map.of("topology.kubernetes.io/zone", ZONES[random.nextInt(ZONES.length)]); // zonal agent
            case 4 -> {     // logging agent with the old master toleration only
                tolerations.add(new Toleration("node-role.kubernetes.io/master", "", "", "NoSchedule", null));
            }
            default -> {    // pool-specific storage agent
                nodeSelector = Map.of("kubernetes.io/os", "linux");
                affinity = NodeAffinity.required(List.of(new NodeSelectorTerm(
                        List.of(new NodeSelectorRequirement("pool", "In", List.of("general", "localssd"))), List.of())));
            }
        }
        PodSpec spec = PodSpec.empty().withContainers(List.of(new Container(name, "registry.example/" + name + ":1", List.of())))
                .withNodeSelector(nodeSelector).withAffinity(affinity).withTolerations(tolerations).withHostNetwork(d % 2 == 0);
        PodTemplate template = new PodTemplate(labels, Map.of(), spec, "template-" + name + "-v2", Map.of());
        ObjectMeta meta = new ObjectMeta(name, namespace, "uid-" + name, labels,
                Map.of("deprecated.daemonset.template.generation", "2"), List.of(), T0, null, 2L);
        UpdateStrategy strategy = d % 3 == 0
                ? UpdateStrategy.rollingUpdate(IntOrString.of(0), IntOrString.of("10%"))
                : UpdateStrategy.rollingUpdate(IntOrString.of("10%"), IntOrString.of(0));
        return new DaemonSet("apps/v1", meta, LabelSelector.ofLabels(labels), template, strategy, 10, 10, null);
    }

    private static Pod pod(DaemonSet ds, String node, Random random) {
        Map<String, String> labels = new LinkedHashMap<>(ds.template().labels());
        labels.put("pod-template-generation", random.nextInt(10) == 0 ? "1" : "2");
        labels.put("controller-revision-hash", "rev");
        String name = ds.meta().name() + "-" + Integer.toString(random.nextInt(Integer.MAX_VALUE), 36);
        ObjectMeta meta = new ObjectMeta(name, ds.meta().namespace(), "pod-" + name, labels, Map.of(),
                List.of(new OwnerReference("apps/v1", "DaemonSet", ds.meta().name(), ds.meta().uid(), true)),
                T0.plusSeconds(random.nextInt(1000)), null, null);
        boolean ready = random.nextInt(50) != 0;
        List<PodCondition> conditions = List.of(new PodCondition("Ready", ready ? "True" : "False", T0.plusSeconds(2000)));
        return new Pod(meta, PodSpec.empty().withNodeName(node), "Running", conditions);
    }
}
