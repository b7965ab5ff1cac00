package io.dsstudio.ui.cluster;

import io.dsstudio.cluster.ConnectionState;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.ControllerSync;
import io.dsstudio.workspace.EmbeddedController;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DaemonSet change made in the app and not yet applied to the live cluster: the views keep following the cluster
 * with the change laid on top, and a change of that DaemonSet in the cluster is a conflict to rebase or discard.
 */
@EnableKubernetesMockClient(crud = true)
class LivePendingSpecEditsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    KubernetesClient client;
    KubernetesMockServer server;
    @TempDir
    Path home;

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final LiveFixtures.QueueDispatcher fx = new LiveFixtures.QueueDispatcher();
    private StudioState state;
    private LiveViewModel live;
    private EmbeddedController controller;

    @BeforeEach
    void setUp() throws Exception {
        LiveFixtures.createGenerated(client, 5, 3, 7L);
        LiveFixtures.kubeconfig(home.resolve(".kube"), client.getConfiguration().getMasterUrl());
        state = TestStudio.state();
        live = LiveFixtures.liveModel(home, state, messages, fx);
        controller = new EmbeddedController(new ControllerSync(new Planner()), TestStudio.CLOCK);
        live.followPendingSpecEdits(controller);
        live.connect("mock", null);
        fx.pumpUntil(() -> live.liveProperty().get() && live.connectionProperty().get() == ConnectionState.CONNECTED, WAIT);
    }

    @AfterEach
    void tearDown() {
        live.close();
    }

    private DaemonSet shown(String name) {
        return state.snapshotProperty().get().daemonSets().stream().filter(d -> d.meta().name().equals(name)).findFirst().orElseThrow();
    }

    /** As the editor's Apply: the DaemonSet with another minReadySeconds, committed with one controller sync. */
    private DaemonSet applyInApp(int minReadySeconds) {
        DaemonSet ds = state.snapshotProperty().get().daemonSets().get(0);
        DaemonSet edited = ds.withMinReadySeconds(minReadySeconds);
        state.execute(controller.apply(state.workspace().snapshot(), ds.ref(), edited));
        return ds;
    }

    private void changeInCluster(DaemonSet ds, int minReadySeconds) {
        client.apps().daemonSets().inNamespace(ds.meta().namespace()).withName(ds.meta().name())
                .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"minReadySeconds\":" + minReadySeconds + "}}");
    }

    @Test
    void theViewsFollowTheClusterWithThePendingChangeOnTop() throws Exception {
        DaemonSet ds = applyInApp(42);
        String node = state.snapshotProperty().get().nodes().get(0).name();

        client.nodes().withName(node).patch(PatchContext.of(PatchType.JSON_MERGE), "{\"metadata\":{\"labels\":{\"team\":\"blue\"}}}");

        fx.pumpUntil(() -> state.snapshotProperty().get().nodes().stream()
                .anyMatch(n -> n.name().equals(node) && "blue".equals(n.labels().get("team"))), WAIT);
        assertThat(shown(ds.meta().name()).minReadySeconds()).as("the pending change stays on top").isEqualTo(42);
        assertThat(live.base().daemonSets().stream().filter(d -> d.ref().equals(ds.ref())).findFirst().orElseThrow().minReadySeconds())
                .as("the live state it is planned against").isEqualTo(ds.minReadySeconds());
        assertThat(state.dirtyProperty().get()).isTrue();
        assertThat(live.conflicts()).isEmpty();
        assertThat(live.messageProperty().get()).doesNotContain("refreshes once");
    }

    @Test
    void aChangeOfThePendingDaemonSetInTheClusterIsAConflictShowingBoth() throws Exception {
        DaemonSet ds = applyInApp(42);

        changeInCluster(ds, 9);

        fx.pumpUntil(() -> !live.conflicts().isEmpty(), WAIT);
        PendingSpecEdits.Conflict conflict = live.conflicts().get(0);
        assertThat(conflict.live().minReadySeconds()).isEqualTo(9);
        assertThat(conflict.edit().edited().minReadySeconds()).isEqualTo(42);
        assertThat(conflict.edit().base().minReadySeconds()).isEqualTo(ds.minReadySeconds());
        assertThat(shown(ds.meta().name()).minReadySeconds()).as("nothing is laid over it unasked").isEqualTo(42);
        // the message follows the conflict list in a later turn of the event loop
        fx.pumpUntil(() -> live.messageProperty().get().contains("rebase or discard"), WAIT);
        assertThat(live.messageProperty().get()).contains(ds.meta().name()).contains("rebase or discard");
    }

    @Test
    void rebaseLaysThePendingChangeOnTheClustersNewVersion() throws Exception {
        DaemonSet ds = applyInApp(42);
        changeInCluster(ds, 9);
        fx.pumpUntil(() -> !live.conflicts().isEmpty(), WAIT);

        live.rebaseConflicts();
        fx.pumpUntil(() -> live.conflicts().isEmpty() && !state.tasks().runningProperty().get(), WAIT);

        assertThat(shown(ds.meta().name()).minReadySeconds()).isEqualTo(42);
        assertThat(live.base().daemonSets().stream().filter(d -> d.ref().equals(ds.ref())).findFirst().orElseThrow().minReadySeconds())
                .as("rebased onto the cluster's version").isEqualTo(9);
        assertThat(state.dirtyProperty().get()).isTrue();
    }

    @Test
    void discardDropsThePendingChangeAndShowsTheCluster() throws Exception {
        DaemonSet ds = applyInApp(42);
        changeInCluster(ds, 9);
        fx.pumpUntil(() -> !live.conflicts().isEmpty(), WAIT);

        live.discardConflicts();
        fx.pumpUntil(() -> live.conflicts().isEmpty() && !state.tasks().runningProperty().get(), WAIT);

        assertThat(shown(ds.meta().name()).minReadySeconds()).isEqualTo(9);
        assertThat(state.dirtyProperty().get()).isFalse();
    }
}
