package io.dsstudio.reconcile;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real-world DaemonSet of src/test/resources/realworld planned against the hand-composed cluster-mixed.yaml.
 * The expected node sets are derived from the manifests (see the comments), not from the tool's output.
 */
class RealWorldPlacementTest {
    // cluster-mixed.yaml, by role (".ec2.internal" left out)
    static final Set<String> CONTROL_PLANE = Set.of("ip-10-0-1-21", "ip-10-0-2-34", "ip-10-0-3-47"); // control-plane:NoSchedule
    static final Set<String> WORKERS = Set.of("ip-10-0-1-101", "ip-10-0-1-103", "ip-10-0-2-101", "ip-10-0-3-101");
    static final String CORDONED = "ip-10-0-1-102";       // unschedulable:NoSchedule (a default daemon toleration)
    static final String UNREACHABLE = "ip-10-0-2-102";    // unreachable NoSchedule + NoExecute
    static final String DISK_PRESSURE = "ip-10-0-2-103";  // disk-pressure:NoSchedule (a default daemon toleration)
    static final String SPOT = "ip-10-0-3-102";           // PreferNoSchedule only
    static final String INFRA = "ip-10-0-3-103";          // dedicated=infra:NoSchedule
    static final Set<String> ARM = Set.of("ip-10-0-1-150", "ip-10-0-3-150");
    static final Set<String> GPU = Set.of("ip-10-0-1-200", "ip-10-0-2-200", "ip-10-0-3-200"); // nvidia.com/gpu=present:NoSchedule
    static final String WINDOWS = "ip-10-0-2-220";        // node.kubernetes.io/os=windows:NoSchedule
    static final String LOCAL_SSD = "ip-10-0-1-230";      // pool=localssd
    static final String FRESH = "ip-10-0-3-104";          // uninitialized=true:NoSchedule + not-ready:NoSchedule

    static final Set<String> LINUX = union(CONTROL_PLANE, WORKERS, ARM, GPU,
            Set.of(CORDONED, UNREACHABLE, DISK_PRESSURE, SPOT, INFRA, LOCAL_SSD, FRESH));
    static final Set<String> ALL = union(LINUX, Set.of(WINDOWS));
    /** Nodes whose only NoSchedule/NoExecute taints are covered by the default daemon tolerations, or none. */
    static final Set<String> NO_BLOCKING_TAINT = union(WORKERS, ARM, Set.of(CORDONED, DISK_PRESSURE, SPOT, LOCAL_SSD));

    static Stream<Arguments> daemonSets() {
        return Stream.of(
                // bare "operator: Exists" tolerates every taint; nodeSelector linux
                Arguments.of("node-exporter.yaml", "monitoring/node-exporter", LINUX),
                Arguments.of("aws-ebs-csi-node.yaml", "default/ebs-csi-node", LINUX),           // + compute-type NotIn: nodes lack the label
                Arguments.of("azuredisk-csi-node.yaml", "kube-system/csi-azuredisk-node", LINUX), // type NotIn [virtual-kubelet]
                Arguments.of("gce-pd-csi-node.yaml", "default/csi-gce-pd-node", LINUX),
                Arguments.of("aws-vpc-cni.yaml", "kube-system/aws-node", LINUX),               // os In linux, arch In [amd64, arm64]
                Arguments.of("eks-kube-proxy.yaml", "kube-system/kube-proxy", LINUX),
                // Exists NoSchedule (+ NoExecute) wildcards: every linux node
                Arguments.of("kube-flannel.yaml", "kube-flannel/kube-flannel-ds", LINUX),      // unreachable NoExecute is a default toleration
                Arguments.of("calico.yaml", "kube-system/calico-node", LINUX),
                Arguments.of("node-problem-detector.yaml", "kube-system/node-problem-detector", LINUX),
                // no selector, tolerates everything: also the Windows node
                Arguments.of("cilium-agent.yaml", "kube-system/cilium", ALL),
                Arguments.of("k8s-addon-nodelocaldns.yaml", "kube-system/node-local-dns", ALL),
                // windows only
                Arguments.of("kube-proxy-windows-hostprocess.yaml", "kube-system/kube-proxy-windows", Set.of(WINDOWS)),
                Arguments.of("aws-ebs-csi-node-windows.yaml", "default/ebs-csi-node-windows", Set.of(WINDOWS)),
                Arguments.of("azuredisk-csi-node-windows.yaml", "kube-system/csi-azuredisk-node-win", Set.of(WINDOWS)), // tolerates node.kubernetes.io/os
                // no selector; only the GPU taint tolerated, so not on control plane, infra, unreachable, fresh, windows
                Arguments.of("nvidia-device-plugin.yaml", "kube-system/nvidia-device-plugin-daemonset", union(NO_BLOCKING_TAINT, GPU)),
                // three ORed terms match the GPU nodes, but no toleration for their taint: nowhere
                Arguments.of("nvidia-gpu-feature-discovery.yaml", "default/gpu-feature-discovery", Set.of()),
                // GKE accelerator label: no node carries it
                Arguments.of("gke-nvidia-gpu-device-plugin.yaml", "kube-system/nvidia-gpu-device-plugin", Set.of()),
                Arguments.of("gke-nvidia-driver-installer-cos.yaml", "kube-system/nvidia-driver-installer", Set.of()),
                // key + effect without operator = Equal "": control-plane taint (no value) tolerated
                Arguments.of("kured.yaml", "kube-system/kured", union(NO_BLOCKING_TAINT, CONTROL_PLANE)),
                Arguments.of("metallb-native.yaml", "metallb-system/speaker", union(NO_BLOCKING_TAINT, CONTROL_PLANE)),
                // master-only toleration misses the control-plane taint
                Arguments.of("k8s-docs-fluentd-elasticsearch.yaml", "kube-system/fluentd-elasticsearch", NO_BLOCKING_TAINT),
                Arguments.of("k8s-addon-fluentd-es.yaml", "kube-system/fluentd-es-v3.0.2", NO_BLOCKING_TAINT),
                // master OR control-plane label, NoSchedule/NoExecute tolerated
                Arguments.of("kube-vip-arp.yaml", "kube-system/kube-vip-ds", CONTROL_PLANE),
                Arguments.of("local-static-provisioner-baremetal-affinity.yaml", "default/local-static-provisioner", Set.of(LOCAL_SSD)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("daemonSets")
    void planPlacesRealWorldDaemonSet(String file, String key, Set<String> expected) throws Exception {
        DaemonSetPlan plan = plan(file, key);
        Set<String> shouldRun = plan.nodes().stream().filter(NodeVerdict::shouldRun).map(v -> shortName(v.node()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(shouldRun).isEqualTo(new TreeSet<>(expected));
        assertThat(plan.nodes()).hasSize(20);
        assertThat(plan.status().desiredNumberScheduled()).isEqualTo(expected.size());
        // no pods in the snapshot: one create per shouldRun node and nothing else
        assertThat(plan.actions()).allMatch(a -> a.type() == ActionType.CREATE).hasSize(expected.size());
        for (NodeVerdict v : plan.nodes()) {
            assertThat(v.reasons().isEmpty()).as(v.node()).isEqualTo(v.shouldRun());
            if (v.shouldRun()) {
                assertThat(v.shouldContinueRunning()).isTrue();
            }
        }
    }

    @Test
    void planExplainsFluentdOnNotReadyAndUnreachableNodes() throws Exception {
        DaemonSetPlan plan = plan("k8s-addon-fluentd-es.yaml", "kube-system/fluentd-es-v3.0.2");
        NodeVerdict fresh = verdict(plan, FRESH);
        assertThat(fresh.shouldContinueRunning()).isTrue();
        assertThat(fresh.reasons()).extracting(Reason::message).containsExactly(
                "taint node.cloudprovider.kubernetes.io/uninitialized=true:NoSchedule is not tolerated",
                "taint node.kubernetes.io/not-ready:NoSchedule is not tolerated");
        NodeVerdict unreachable = verdict(plan, UNREACHABLE);
        assertThat(unreachable.shouldContinueRunning()).as("unreachable:NoExecute is a default toleration").isTrue();
        assertThat(unreachable.reasons()).extracting(Reason::message)
                .containsExactly("taint node.kubernetes.io/unreachable:NoSchedule is not tolerated");
        NodeVerdict windows = verdict(plan, WINDOWS);
        assertThat(windows.reasons()).extracting(Reason::code).containsExactly(ReasonCode.UntoleratedTaint);
    }

    @Test
    void planKeepsGpuFeatureDiscoveryOnGpuNodesButCreatesNone() throws Exception {
        DaemonSetPlan plan = plan("nvidia-gpu-feature-discovery.yaml", "default/gpu-feature-discovery");
        for (String gpu : GPU) {
            NodeVerdict v = verdict(plan, gpu);
            assertThat(v.shouldContinueRunning()).as(gpu).isTrue();
            assertThat(v.reasons()).extracting(Reason::message).containsExactly("taint nvidia.com/gpu=present:NoSchedule is not tolerated");
        }
        assertThat(verdict(plan, "ip-10-0-1-101").reasons()).extracting(Reason::code).containsExactly(ReasonCode.NodeAffinityMismatch);
    }

    @Test
    void planReportsSelectorAndTaintForWindowsNodeOfLinuxDaemonSet() throws Exception {
        DaemonSetPlan plan = plan("k8s-docs-fluentd-elasticsearch.yaml", "kube-system/fluentd-elasticsearch");
        assertThat(verdict(plan, WINDOWS).reasons()).extracting(Reason::code).containsExactly(ReasonCode.UntoleratedTaint);
        DaemonSetPlan exporter = plan("node-exporter.yaml", "monitoring/node-exporter");
        assertThat(verdict(exporter, WINDOWS).reasons()).extracting(Reason::code).containsExactly(ReasonCode.NodeSelectorMismatch);
        assertThat(verdict(exporter, WINDOWS).shouldContinueRunning()).isFalse();
    }

    private static DaemonSetPlan plan(String file, String key) throws Exception {
        LoadedSnapshot loaded = new SnapshotLoader().load(List.of(resource("cluster-mixed.yaml"), resource("daemonsets/" + file)));
        Snapshot snapshot = loaded.snapshot();
        assertThat(snapshot.nodes()).hasSize(20);
        assertThat(snapshot.daemonSets()).extracting(DaemonSet::key).contains(key);
        Plan plan = new Planner().plan(snapshot, Instant.parse("2026-01-01T00:00:00Z"));
        String[] parts = key.split("/");
        DaemonSetPlan found = plan.find(parts[0], parts[1]);
        assertThat(found).as(key).isNotNull();
        return found;
    }

    private static NodeVerdict verdict(DaemonSetPlan plan, String shortName) {
        return plan.nodes().stream().filter(v -> shortName(v.node()).equals(shortName)).findFirst().orElseThrow();
    }

    private static String shortName(String node) {
        return node.replace(".ec2.internal", "");
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(RealWorldPlacementTest.class.getResource("/realworld/" + name).toURI()).toString();
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        return Stream.of(sets).flatMap(Set::stream).collect(Collectors.toSet());
    }
}
