package io.dsstudio.ui.cluster;

import io.dsstudio.cluster.ConnectionService;
import io.dsstudio.cluster.ConnectionState;
import io.dsstudio.cluster.ObjectResult;
import io.dsstudio.domain.ClusterNode;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.LabelEdit;
import io.dsstudio.workspace.SnapshotSource;
import io.dsstudio.yaml.SnapshotLoader;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The live view models against fabric8's CRUD mock: connect, watch, stage and apply, read-only. */
@EnableKubernetesMockClient(crud = true)
class LiveViewModelCrudTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    KubernetesClient client;
    KubernetesMockServer server;
    @TempDir
    Path home;

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final LiveFixtures.QueueDispatcher fx = new LiveFixtures.QueueDispatcher();
    private ConnectionService service;
    private StudioState state;
    private LiveViewModel live;
    private LiveApplyViewModel apply;

    @BeforeEach
    void setUp() throws Exception {
        LiveFixtures.createGenerated(client, 5, 3, 7L);
        LiveFixtures.kubeconfig(home.resolve(".kube"), client.getConfiguration().getMasterUrl());
        service = new ConnectionService(Map.of("DSSTUDIO_HOME", home.resolve("studio").toString()), home.toString());
        state = TestStudio.state();
        live = new LiveViewModel(service, state, messages, fx, Duration.ofMillis(20));
        apply = LiveFixtures.applyModel(live, messages);
    }

    @AfterEach
    void tearDown() {
        live.close();
    }

    private void connect() throws InterruptedException {
        live.connect("mock", null);
        fx.pumpUntil(() -> live.liveProperty().get() && live.connectionProperty().get() == ConnectionState.CONNECTED, WAIT);
    }

    /**
     * Waits until the watches follow a change. fabric8's mock server (8.0.0) deadlocks when a watch is closed while it
     * still sends the watch's opening events (WatchEventsListener.onClosed, on the event loop, waits for its sender,
     * which waits for the event loop), and its shutdown times out after 10 s: a test that closes the connection soon
     * after connecting waits here first. A change followed means those events were sent.
     */
    private void awaitFollowing() throws InterruptedException {
        String node = linuxWorker();
        client.nodes().withName(node).patch(PatchContext.of(PatchType.JSON_MERGE), "{\"metadata\":{\"labels\":{\"watch-probe\":\"seen\"}}}");
        fx.pumpUntil(() -> state.snapshotProperty().get().nodes().stream()
                .anyMatch(n -> n.name().equals(node) && "seen".equals(n.labels().get("watch-probe"))), WAIT);
    }

    private String linuxWorker() {
        return state.snapshotProperty().get().nodes().stream()
                .filter(n -> "linux".equals(n.labels().get("kubernetes.io/os")) && n.taints().isEmpty() && !n.unschedulable())
                .map(ClusterNode::name).findFirst().orElseThrow();
    }

    @Test
    void connectLoadsTheGeneratedClusterIntoEveryViewsState() throws Exception {
        connect();

        var expected = new SnapshotLoader().loadText("generated.yaml", new io.dsstudio.simulation.ClusterGenerator()
                .generate(new io.dsstudio.simulation.GeneratorOptions(5, 3, 7L, io.dsstudio.simulation.GeneratorOptions.DEFAULT_TIME)))
                .snapshot();
        assertThat(state.snapshotProperty().get().nodes()).extracting(ClusterNode::name)
                .containsExactlyInAnyOrderElementsOf(expected.nodes().stream().map(ClusterNode::name).toList());
        assertThat(state.snapshotProperty().get().daemonSets()).hasSameSizeAs(expected.daemonSets());
        assertThat(state.planProperty().get()).isNotNull();
        assertThat(state.sourceProperty().get()).isEqualTo(SnapshotSource.live("mock"));
        assertThat(live.connectionTextProperty().get()).isEqualTo("Connected: mock (all namespaces)");
        assertThat(live.messageProperty().get()).startsWith("Live state of mock: 5 nodes, 3 DaemonSets");
        assertThat(apply.canApplyProperty().get()).isFalse();
        assertThat(apply.applyHintProperty().get()).isEqualTo("No pending edits to apply.");
        awaitFollowing();
    }

    @Test
    void nodeLabelChangeArrivingThroughTheWatchUpdatesTheState() throws Exception {
        connect();
        String node = linuxWorker();
        state.selectNodes(List.of(node));

        client.nodes().withName(node).patch(PatchContext.of(PatchType.JSON_MERGE), "{\"metadata\":{\"labels\":{\"team\":\"blue\"}}}");

        fx.pumpUntil(() -> state.snapshotProperty().get().nodes().stream()
                .anyMatch(n -> n.name().equals(node) && "blue".equals(n.labels().get("team"))), WAIT);
        assertThat(state.selectedNodes()).containsExactly(node);
        assertThat(state.dirtyProperty().get()).isFalse();
    }

    @Test
    void watchRefreshKeepsCommittedEditsPendingAndWaitsForAStagedEdit() throws Exception {
        connect();
        String node = linuxWorker();
        state.stage(LabelEdit.set(Set.of(node), "tier", "gold"));
        state.commit();
        state.stage(LabelEdit.set(Set.of(node), "tier", "silver"));

        client.nodes().withName(node).patch(PatchContext.of(PatchType.JSON_MERGE), "{\"metadata\":{\"labels\":{\"team\":\"blue\"}}}");
        Thread.sleep(300);
        fx.pump();
        // a staged (uncommitted) edit is never thrown away by a refresh
        assertThat(state.previewProperty().get()).isNotNull();
        assertThat(node(node).labels()).doesNotContainKey("team");

        state.discard();
        fx.pumpUntil(() -> "blue".equals(node(node).labels().get("team")), WAIT);
        assertThat(node(node).labels()).containsEntry("tier", "gold");
        assertThat(state.dirtyProperty().get()).isTrue();
        assertThat(apply.pendingChanges()).hasSize(1);
    }

    private ClusterNode node(String name) {
        return state.snapshotProperty().get().nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void stagedLabelEditIsDryRunThenPatchedAndConvergenceCompared() throws Exception {
        connect();
        String node = linuxWorker();
        state.stage(LabelEdit.set(Set.of(node), "kubernetes.io/os", "plan9"));
        state.commit();
        assertThat(apply.canApplyProperty().get()).isTrue();
        AtomicBoolean confirmable = new AtomicBoolean();
        AtomicBoolean problems = new AtomicBoolean();

        apply.check(() -> confirmable.set(true), () -> problems.set(true));

        assertThat(confirmable).isTrue();
        assertThat(problems).isFalse();
        assertThat(apply.results()).extracting(ApplyResultRow::outcome).containsExactly(ObjectResult.Outcome.DRY_RUN_OK);
        assertThat(apply.confirmationText()).contains("context mock", "cluster mock-cluster", client.getConfiguration().getMasterUrl(),
                "Node " + node + ": set labels {kubernetes.io/os=plan9}");

        AtomicBoolean done = new AtomicBoolean();
        apply.apply(false, () -> done.set(true));

        assertThat(done).isTrue();
        assertThat(apply.results()).extracting(ApplyResultRow::outcome).containsExactly(ObjectResult.Outcome.CHANGED);
        assertThat(client.nodes().withName(node).get().getMetadata().getLabels()).containsEntry("kubernetes.io/os", "plan9");
        List<String> patches = new ArrayList<>();
        for (RecordedRequest r = server.takeRequest(100, TimeUnit.MILLISECONDS); r != null;
             r = server.takeRequest(100, TimeUnit.MILLISECONDS)) {
            if ("PATCH".equals(r.getMethod())) {
                patches.add(r.getPath());
            }
        }
        assertThat(patches).contains("/api/v1/nodes/" + node + "?dryRun=All", "/api/v1/nodes/" + node);
        assertThat(patches.indexOf("/api/v1/nodes/" + node + "?dryRun=All")).isLessThan(patches.lastIndexOf("/api/v1/nodes/" + node));
        // applied: no longer pending
        assertThat(state.dirtyProperty().get()).isFalse();
        assertThat(live.messageProperty().get()).startsWith("Applied 1 change to mock.");
        // the linux-only DaemonSets were predicted to leave the node: compared with what runs there
        assertThat(apply.convergence().rows()).isNotEmpty();
        assertThat(apply.convergence().rows()).filteredOn(r -> r.node().equals(node)).allMatch(r -> !r.predicted());
        assertThat(apply.convergence().statusProperty().get()).contains("differ");
    }

    @Test
    void readOnlyContextDisablesApplyAndSaysWhy() throws Exception {
        service.setReadOnly("mock", true);
        connect();
        state.stage(LabelEdit.set(Set.of(linuxWorker()), "tier", "gold"));
        state.commit();

        assertThat(state.dirtyProperty().get()).isTrue();
        assertThat(live.readOnlyProperty().get()).isTrue();
        assertThat(apply.canApplyProperty().get()).isFalse();
        assertThat(apply.applyHintProperty().get()).contains("mock", "read-only", "apply is disabled");
        assertThat(live.connectionTextProperty().get()).contains("read-only");
        int before = server.getRequestCount();
        apply.check(() -> { }, () -> { });
        assertThat(server.getRequestCount()).isEqualTo(before);
    }

    @Test
    void saveSnapshotWritesTheLiveStateTheOfflineModeOpens() throws Exception {
        connect();
        Path target = home.resolve("saved/live.yaml");

        live.saveSnapshot(target);

        fx.pump();
        String yaml = Files.readString(target);
        assertThat(yaml).doesNotContain(LiveFixtures.TOKEN, "managedFields");
        assertThat(new SnapshotLoader().loadText("live.yaml", yaml).snapshot().nodes()).hasSize(5);
        assertThat(live.messageProperty().get()).startsWith("Saved the live state to " + target + ": 5 nodes");
    }

    @Test
    void disconnectStopsFollowingAndDisablesLiveActions() throws Exception {
        connect();
        awaitFollowing();

        live.disconnect();
        fx.pump();

        assertThat(live.liveProperty().get()).isFalse();
        assertThat(live.connectionProperty().get()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(live.connectionTextProperty().get()).isEqualTo("Disconnected from mock");
        assertThat(apply.applyHintProperty().get()).startsWith("Connect to a cluster first");
    }
}
