package io.dsstudio.validation;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.yaml.InputPathException;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real-world manifest (src/test/resources/realworld, see NOTICE.md) is accepted, as the API server accepts
 * them, and the warnings the whole collection raises are exactly the deserved ones.
 */
class RealWorldValidationTest {

    static Path root() throws URISyntaxException {
        return Path.of(RealWorldValidationTest.class.getResource("/realworld").toURI());
    }

    static Stream<String> manifests() throws IOException, URISyntaxException {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).map(p -> root.relativize(p).toString()).sorted().toList().stream();
        }
    }

    private static List<Diagnostic> validate(String... relativePaths) throws URISyntaxException, InputPathException {
        List<String> paths = new ArrayList<>();
        for (String p : relativePaths) {
            paths.add(root().resolve(p).toString());
        }
        LoadedSnapshot loaded = new SnapshotLoader().load(paths);
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        all.addAll(new SnapshotValidator().validate(loaded));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void validateAcceptsEachManifestWithoutErrorsOrWarnings(String manifest) throws Exception {
        assertThat(validate(manifest)).isEmpty();
    }

    @Test
    void collectionHasTheExpectedNumberOfDaemonSets() throws Exception {
        LoadedSnapshot loaded = new SnapshotLoader().load(List.of(root().resolve("daemonsets").toString(), root().resolve("cluster-mixed.yaml").toString()));
        assertThat(loaded.snapshot().daemonSets()).hasSize(24);
        assertThat(loaded.snapshot().nodes()).hasSize(20);
    }

    /**
     * Against the composed 20-node AWS cluster. No HostPortConflict: the host ports (explicit hostPorts and the
     * containerPorts of hostNetwork pods) are node-exporter 9100, node-local-dns 53/UDP, 53/TCP and 9253,
     * aws-node 61678 and 8162, csi-azuredisk-node 29603, 29605 and 29607, kube-flannel 8081 and metallb's speaker
     * 9120, 7946/TCP and 7946/UDP: no two DaemonSets share one. The two GKE GPU DaemonSets need a GKE
     * accelerator label no node has; GPU feature discovery matches the GPU nodes but does not tolerate their
     * nvidia.com/gpu taint; and the EBS driver's Linux and Windows DaemonSets share the selector
     * app=ebs-csi-node (they land in one namespace once kustomize places them).
     */
    @Test
    void validateWarnsAsDeservedOnTheComposedCluster() throws Exception {
        List<Diagnostic> all = validate("daemonsets", "cluster-mixed.yaml");
        assertThat(all).noneMatch(Diagnostic::isError);
        assertThat(all).extracting(d -> d.code() + " " + d.object()).containsExactlyInAnyOrder(
                "OverlappingSelector DaemonSet/default/ebs-csi-node",
                "MatchesNoNode DaemonSet/kube-system/nvidia-driver-installer",
                "MatchesNoNode DaemonSet/kube-system/nvidia-gpu-device-plugin",
                "MatchesNoNode DaemonSet/default/gpu-feature-discovery");
        assertThat(all).filteredOn(d -> d.object().endsWith("/gpu-feature-discovery")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("a taint is not tolerated (on 3 of 20 nodes")
                        .contains("nvidia.com/gpu=present:NoSchedule"));
    }

    /** Against the 18 real (all linux/amd64, no GPU, no pool label) nodes: Windows, GPU and local-SSD DaemonSets run nowhere. */
    @Test
    void validateWarnsAsDeservedOnTheRealNodes() throws Exception {
        List<Diagnostic> all = validate("daemonsets", "nodes");
        assertThat(all).noneMatch(Diagnostic::isError);
        assertThat(all).extracting(d -> d.code() + " " + d.object()).containsExactlyInAnyOrder(
                "OverlappingSelector DaemonSet/default/ebs-csi-node",
                "MatchesNoNode DaemonSet/default/ebs-csi-node-windows",
                "MatchesNoNode DaemonSet/kube-system/csi-azuredisk-node-win",
                "MatchesNoNode DaemonSet/kube-system/kube-proxy-windows",
                "MatchesNoNode DaemonSet/kube-system/nvidia-driver-installer",
                "MatchesNoNode DaemonSet/kube-system/nvidia-gpu-device-plugin",
                "MatchesNoNode DaemonSet/default/local-static-provisioner",
                "MatchesNoNode DaemonSet/default/gpu-feature-discovery");
    }

    /**
     * After the embedded controller has run the composed cluster to convergence, the EBS driver's Linux pods match
     * the Windows DaemonSet's selector (app=ebs-csi-node), but the Windows DaemonSet does not run on Linux nodes:
     * no warning may claim a second pod there. Every OwnedByOtherController warning names a node its DaemonSet runs on.
     */
    @Test
    void ownedByOtherControllerWarnsOnlyAboutNodesTheDaemonSetRunsOnAfterApply() throws Exception {
        LoadedSnapshot loaded = new SnapshotLoader().load(List.of(root().resolve("daemonsets").toString(), root().resolve("cluster-mixed.yaml").toString()));
        java.time.Instant now = java.time.Instant.parse("2026-01-05T08:00:00Z");
        var start = io.dsstudio.simulation.SimulationSetup.start(loaded.snapshot(), now);
        var results = new io.dsstudio.simulation.Simulator(new io.dsstudio.reconcile.Planner()).runUntilConverged(start, r -> { });
        io.dsstudio.domain.Snapshot applied = results.get(results.size() - 1).after().snapshot();
        assertThat(applied.pods()).hasSizeGreaterThan(100);

        List<Finding> owned = new SnapshotValidator().warnings(applied).stream()
                .filter(f -> f.diagnostic().code().equals(OwnedByOtherControllerCheck.CODE)).toList();
        assertThat(owned).noneMatch(f -> f.ref().name().equals("ebs-csi-node-windows"));
        for (Finding f : owned) {
            String message = f.diagnostic().message();
            String nodeName = message.substring(message.lastIndexOf("node ") + "node ".length());
            var ds = applied.daemonSets().stream().filter(d -> d.ref().equals(f.ref())).findFirst().orElseThrow();
            var node = applied.nodes().stream().filter(n -> n.name().equals(nodeName)).findFirst().orElseThrow();
            assertThat(io.dsstudio.reconcile.NodeFit.evaluate(node, ds).shouldRun()).as(message).isTrue();
        }
    }
}
