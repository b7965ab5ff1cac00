package io.dsstudio.cluster;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Taint;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lists, watches and merge patches against fabric8's CRUD mock server. */
@EnableKubernetesMockClient(crud = true)
class LiveClusterCrudTest {
    KubernetesClient client;

    @Test
    void loadReadsGeneratedClusterIntoDomainSnapshot() {
        List<HasMetadata> objects = MockClusters.generated(client, 6, 2, 7L);
        MockClusters.create(client, objects);
        List<String> progress = new CopyOnWriteArrayList<>();

        LiveState state = new LiveLoader(MockClusters.cluster(client, new SecretRedactor()))
                .load((kind, loaded, done) -> progress.add(kind + ":" + loaded + ":" + done));

        long nodes = objects.stream().filter(o -> o.getKind().equals("Node")).count();
        long daemonSets = objects.stream().filter(o -> o.getKind().equals("DaemonSet")).count();
        long pods = objects.stream().filter(o -> o.getKind().equals("Pod")).count();
        assertThat(state.snapshot().nodes()).hasSize((int) nodes);
        assertThat(state.snapshot().daemonSets()).hasSize((int) daemonSets);
        assertThat(state.snapshot().pods()).hasSize((int) pods);
        assertThat(state.diagnostics()).noneMatch(d -> d.isError());
        assertThat(state.snapshot().nodes()).extracting(ClusterNode::name)
                .containsExactlyInAnyOrderElementsOf(objects.stream().filter(o -> o.getKind().equals("Node"))
                        .map(o -> o.getMetadata().getName()).toList());
        assertThat(progress).contains("Node:" + nodes + ":true", "DaemonSet:" + daemonSets + ":true", "Pod:" + pods + ":true");
    }

    @Test
    void saveSnapshotWritesYamlTheOfflineModeReadsWithoutManagedFields() {
        MockClusters.create(client, MockClusters.generated(client, 4, 2, 11L));
        LiveCluster cluster = MockClusters.cluster(client, new SecretRedactor());
        LiveState state = new LiveLoader(cluster).load(LoadProgress.NONE);

        String yaml = new LiveSnapshotWriter(client.getKubernetesSerialization(), cluster.redactor()).yaml(state);

        assertThat(yaml).doesNotContain("managedFields").startsWith("---\n");
        LoadedSnapshot reread = new SnapshotLoader().loadText("saved.yaml", yaml);
        assertThat(reread.diagnostics()).noneMatch(d -> d.isError());
        assertThat(reread.snapshot().nodes()).hasSameSizeAs(state.snapshot().nodes());
        assertThat(reread.snapshot().daemonSets()).hasSameSizeAs(state.snapshot().daemonSets());
        assertThat(reread.snapshot().pods()).hasSameSizeAs(state.snapshot().pods());
    }

    @Test
    void watcherDeliversNodeLabelChange() throws Exception {
        client.nodes().resource(node("node-1")).create();
        LiveCluster cluster = MockClusters.cluster(client, new SecretRedactor());
        LiveState state = new LiveLoader(cluster).load(LoadProgress.NONE);
        LiveModel model = new LiveModel(state.snapshot());
        CompletableFuture<LiveEvent> labelled = new CompletableFuture<>();
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        try (LiveWatcher watcher = new LiveWatcher(cluster, model, event -> {
            if (event.type() == LiveEvent.Type.MODIFIED && event.object() instanceof ClusterNode n
                    && "gpu".equals(n.labels().get("role"))) {
                labelled.complete(event);
            }
        }, (state1, message) -> states.add(state1))) {
            watcher.start();
            client.nodes().withName("node-1").patch(PatchContext.of(PatchType.JSON_MERGE),
                    "{\"metadata\":{\"labels\":{\"role\":\"gpu\"}}}");

            LiveEvent event = labelled.get(5, TimeUnit.SECONDS);
            assertThat(event.ref().name()).isEqualTo("node-1");
            assertThat(model.snapshot().nodes().get(0).labels()).containsEntry("role", "gpu").containsEntry("zone", "a");
            assertThat(states).contains(ConnectionState.CONNECTED);
        }
    }

    @Test
    void labelPatchSetsAndRemovesOnlyTouchedKeys() {
        client.nodes().resource(node("node-1")).create();
        ChangeExecutor executor = new ChangeExecutor(client);

        executor.execute(new LiveChange.NodeLabels("node-1", Map.of("role", "edge"), Set.of("tier")), false, false);

        Map<String, String> labels = client.nodes().withName("node-1").get().getMetadata().getLabels();
        // a real API server drops a key patched to null; the CRUD mock keeps it with a null value
        assertThat(labels).containsEntry("role", "edge").containsEntry("zone", "a");
        assertThat(labels.get("tier")).isNull();
    }

    @Test
    void taintPatchAtCurrentResourceVersionSetsTaintsAndCordons() {
        // the CRUD mock concatenates lists in a merge patch (a real server replaces them), so start without taints
        Node created = client.nodes().resource(new NodeBuilder().withNewMetadata().withName("node-1").endMetadata().build())
                .create();
        ChangeExecutor executor = new ChangeExecutor(client);

        executor.execute(new LiveChange.NodeScheduling("node-1", created.getMetadata().getResourceVersion(),
                List.of(), List.of(Taint.of("old", "", "NoSchedule"), Taint.of("gpu", "true", "NoExecute")), true), false, false);

        Node after = client.nodes().withName("node-1").get();
        assertThat(after.getSpec().getTaints()).extracting(t -> t.getKey() + "=" + t.getValue() + ":" + t.getEffect())
                .containsExactly("old=null:NoSchedule", "gpu=true:NoExecute");
        assertThat(after.getSpec().getUnschedulable()).isTrue();
    }

    @Test
    void taintPatchAtStaleResourceVersionIsRejectedWithConflict() {
        Node created = client.nodes().resource(node("node-1")).create();
        String readVersion = created.getMetadata().getResourceVersion();
        // someone else adds a taint after our read
        client.nodes().withName("node-1").edit(n -> new NodeBuilder(n).editSpec()
                .addToTaints(new TaintBuilder().withKey("added-elsewhere").withEffect("NoSchedule").build()).endSpec().build());
        ChangeExecutor executor = new ChangeExecutor(client);

        assertThatThrownBy(() -> executor.execute(new LiveChange.NodeScheduling("node-1", readVersion,
                List.of(Taint.of("old", "", "NoSchedule")), List.of(), null), false, false))
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));
        assertThat(client.nodes().withName("node-1").get().getSpec().getTaints()).extracting(t -> t.getKey())
                .contains("added-elsewhere");
    }

    static Node node(String name) {
        return new NodeBuilder().withNewMetadata().withName(name).addToLabels("zone", "a").addToLabels("tier", "x")
                .endMetadata().withNewSpec().addToTaints(new TaintBuilder().withKey("old").withEffect("NoSchedule").build())
                .endSpec().build();
    }

    static List<String> names(List<? extends HasMetadata> objects) {
        List<String> out = new ArrayList<>();
        objects.forEach(o -> out.add(o.getMetadata().getName()));
        return out;
    }
}
