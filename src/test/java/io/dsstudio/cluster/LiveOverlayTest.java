package io.dsstudio.cluster;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Taint;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Files laid over the live state, and the changes that would make the cluster match. */
class LiveOverlayTest {
    private static final String LIVE = """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: v1
              kind: Node
              metadata: {name: n1, labels: {zone: a, tier: x}}
              spec: {taints: [{key: old, effect: NoSchedule}]}
            - apiVersion: v1
              kind: Node
              metadata: {name: n2, labels: {zone: b}}
            - apiVersion: apps/v1
              kind: DaemonSet
              metadata: {name: agent, namespace: ops}
              spec:
                selector: {matchLabels: {app: agent}}
                template:
                  metadata: {labels: {app: agent}}
                  spec: {containers: [{name: a, image: "a:1"}]}
            """;

    private static final String FILE = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata: {name: agent}
            spec:
              selector: {matchLabels: {app: agent}}
              template:
                metadata: {labels: {app: agent}}
                spec: {containers: [{name: a, image: "a:2"}]}
            ---
            apiVersion: v1
            kind: Node
            metadata: {name: n1, labels: {zone: a, role: edge}}
            spec:
              unschedulable: true
              taints: [{key: old, effect: NoSchedule}, {key: gpu, value: "true", effect: NoExecute}]
            """;

    private static LiveState live() {
        Snapshot snapshot = new SnapshotLoader().loadText("live", LIVE).snapshot();
        io.fabric8.kubernetes.api.model.Node n1 = new NodeBuilder().withNewMetadata().withName("n1")
                .withResourceVersion("77").endMetadata().build();
        return new LiveState(List.of(n1), List.of(), List.of(), List.of(), snapshot, List.of());
    }

    @Test
    void layReplacesLiveObjectsAndPutsUnnamespacedManifestsInTheChosenNamespace() {
        LoadedSnapshot files = new SnapshotLoader().loadText("edit.yaml", FILE);

        LoadedSnapshot overlaid = LiveOverlay.lay(live(), files, "ops");

        assertThat(overlaid.snapshot().daemonSets()).singleElement().satisfies(ds -> {
            assertThat(ds.key()).isEqualTo("ops/agent");
            assertThat(ds.template().spec().containers().get(0).image()).isEqualTo("a:2");
        });
        assertThat(overlaid.snapshot().nodes()).extracting(ClusterNode::name).containsExactlyInAnyOrder("n1", "n2");
        assertThat(overlaid.snapshot().nodes()).filteredOn(n -> n.name().equals("n1")).singleElement()
                .satisfies(n -> assertThat(n.labels()).containsEntry("role", "edge"));
        DaemonSet placed = overlaid.snapshot().daemonSets().get(0);
        assertThat(overlaid.source(placed.ref())).isNotNull();
        assertThat(overlaid.source(placed.ref()).file().displayPath()).isEqualTo("edit.yaml");
    }

    @Test
    void layKeepsDefaultNamespaceWhenNoneChosen() {
        LoadedSnapshot overlaid = LiveOverlay.lay(live(), new SnapshotLoader().loadText("edit.yaml", FILE), "default");

        assertThat(overlaid.snapshot().daemonSets()).extracting(DaemonSet::key).containsExactlyInAnyOrder("default/agent", "ops/agent");
    }

    @Test
    void betweenDerivesTouchedLabelsTaintsAtReadVersionAndServerSideApply() {
        LiveState live = live();
        LoadedSnapshot overlaid = LiveOverlay.lay(live, new SnapshotLoader().loadText("edit.yaml", FILE), "ops");

        List<LiveChange> changes = LiveChanges.between(live, overlaid);

        assertThat(changes).hasSize(3);
        assertThat(changes.get(0)).isEqualTo(new LiveChange.NodeLabels("n1", Map.of("role", "edge"), Set.of("tier")));
        assertThat(changes.get(1)).isEqualTo(new LiveChange.NodeScheduling("n1", "77",
                List.of(Taint.of("old", "", "NoSchedule")),
                List.of(Taint.of("old", "", "NoSchedule"), Taint.of("gpu", "true", "NoExecute")), true));
        assertThat(changes.get(2)).isInstanceOfSatisfying(LiveChange.ApplyDaemonSet.class, apply -> {
            assertThat(apply.ref().toString()).isEqualTo("DaemonSet/ops/agent");
            assertThat(apply.manifestJson()).contains("\"image\":\"a:2\"");
        });
    }

    @Test
    void betweenIsEmptyWhenNothingWasEdited() {
        LiveState live = live();

        assertThat(LiveChanges.between(live, live.toLoaded())).isEmpty();
    }
}
