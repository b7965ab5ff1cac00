package io.dsstudio.ui;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.validation.SnapshotValidator;
import io.dsstudio.workspace.SnapshotOpener;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded demo cluster is one committed resource the UI tests rely on: pin its shape. */
class DemoClusterTest {
    private final LoadedSnapshot loaded = new SnapshotOpener(new SnapshotLoader()).openDemo();
    private final Snapshot demo = loaded.snapshot();

    @Test
    void demoReadsWithoutProblemsAndHasTwentyNodesAndEightDaemonSets() {
        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(demo.nodes()).hasSize(20);
        assertThat(demo.daemonSets()).extracting(d -> d.meta().name()).containsExactlyInAnyOrder("kube-proxy", "calico-node",
                "fluent-bit", "node-exporter", "nvidia-device-plugin", "ebs-csi-node", "windows-exporter", "local-volume-provisioner");
        assertThat(demo.nodes()).extracting(ClusterNode::name).doesNotHaveDuplicates();
    }

    @Test
    void everyPodIsOwnedByADaemonSetUidAndCarriesItsGeneration() {
        for (Pod pod : demo.pods()) {
            String ownerUid = pod.meta().controllerRef().orElseThrow().uid();
            assertThat(demo.daemonSets()).anyMatch(d -> d.meta().uid().equals(ownerUid));
            assertThat(pod.meta().labels()).containsKey(Pod.TEMPLATE_GENERATION_LABEL);
            assertThat(pod.spec().nodeName()).isNotEmpty();
        }
    }

    @Test
    void rollingUpdateDaemonSetIsAtGenerationTwoWithOldPodsLeft() {
        DaemonSet exporter = demo.daemonSets().stream().filter(d -> d.meta().name().equals("node-exporter")).findFirst().orElseThrow();
        assertThat(exporter.generation()).isEqualTo(2L);
        long old = demo.pods().stream().filter(p -> p.name().startsWith("node-exporter-"))
                .filter(p -> "1".equals(p.meta().labels().get(Pod.TEMPLATE_GENERATION_LABEL))).count();
        assertThat(old).isEqualTo(7);
    }

    @Test
    void oneDaemonSetCarriesTheLegacyAlphaAffinityAnnotation() {
        assertThat(demo.daemonSets()).filteredOn(d -> d.template().annotations().containsKey(DaemonSet.LEGACY_AFFINITY_ANNOTATION)).hasSize(1);
    }

    @Test
    void validatorFindsNoErrors() {
        assertThat(new SnapshotValidator().validate(loaded)).noneMatch(d -> d.severity() == io.dsstudio.domain.Severity.ERROR);
    }
}
