package io.dsstudio.ui.cluster;

import io.dsstudio.cluster.LiveCluster;
import io.dsstudio.cluster.MockClusters;
import io.dsstudio.cluster.LiveSession;
import io.dsstudio.cluster.LoadProgress;
import io.dsstudio.cluster.ObjectResult;
import io.dsstudio.cluster.SecretRedactor;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.LabelEdit;
import io.dsstudio.workspace.NodeEdit;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures the CRUD mock cannot produce (403, 5xx) answered by expectations: the edit stays pending with a clear message. */
@EnableKubernetesMockClient
class LiveApplyFailureTest {
    private static final String NODE = "/api/v1/nodes/n1";

    KubernetesClient client;
    KubernetesMockServer server;
    @TempDir
    Path home;

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final LiveFixtures.QueueDispatcher fx = new LiveFixtures.QueueDispatcher();
    private KubernetesClient fast;
    private StudioState state;
    private LiveViewModel live;
    private LiveApplyViewModel apply;
    private final NodeEdit edit = LabelEdit.set(Set.of("n1"), "role", "edge");

    @BeforeEach
    void setUp() {
        MockClusters.expectOneNodeCluster(server);
        fast = MockClusters.noRetry(client, 5_000);
        LiveCluster cluster = MockClusters.cluster(fast, new SecretRedactor());
        state = TestStudio.state();
        live = LiveFixtures.liveModel(home, state, messages, fx);
        apply = LiveFixtures.applyModel(live, messages);
        live.attach(LiveSession.openLoaded(cluster, LoadProgress.NONE));
        state.stage(edit);
        state.commit();
    }

    @AfterEach
    void tearDown() {
        live.close();
        fast.close();
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(403, "Forbidden", "nodes \"n1\" is forbidden: User \"dev\" cannot patch resource \"nodes\"",
                        "Permission denied (403)"),
                Arguments.of(500, "InternalError", "etcdserver: request timed out", "API server error (5xx)"),
                Arguments.of(503, "ServiceUnavailable", "the server is currently unable to handle the request", "API server error (5xx)"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void failingDryRunLeavesTheEditStagedWithAClearMessage(int code, String reason, String serverMessage, String expected) {
        server.expect().patch().withPath(NODE + "?dryRun=All").andReturn(code, new StatusBuilder().withStatus("Failure")
                .withCode(code).withReason(reason).withMessage(serverMessage).build()).always();
        AtomicBoolean confirmable = new AtomicBoolean();
        AtomicBoolean problems = new AtomicBoolean();

        apply.check(() -> confirmable.set(true), () -> problems.set(true));

        assertThat(confirmable).isFalse();
        assertThat(problems).isTrue();
        assertThat(apply.results()).extracting(ApplyResultRow::outcome).containsExactly(ObjectResult.Outcome.FAILED);
        assertThat(apply.results().get(0).message()).contains(String.valueOf(code));
        assertThat(live.messageProperty().get()).contains("nothing was changed and your edits stay pending");
        assertThat(apply.summaryProperty().get()).contains(String.valueOf(code));
        assertPending();
    }

    @Test
    void failingRealChangeAfterAcceptedDryRunLeavesTheEditStaged() {
        server.expect().patch().withPath(NODE + "?dryRun=All").andReturn(200, new NodeBuilder().build()).always();
        server.expect().patch().withPath(NODE).andReturn(403, new StatusBuilder().withStatus("Failure").withCode(403)
                .withReason("Forbidden").withMessage("admission webhook denied the request").build()).always();
        AtomicBoolean confirmable = new AtomicBoolean();
        apply.check(() -> confirmable.set(true), () -> { });
        assertThat(confirmable).isTrue();

        apply.apply(false, () -> { });

        assertThat(apply.results()).extracting(ApplyResultRow::outcome).containsExactly(ObjectResult.Outcome.FAILED);
        assertThat(apply.results().get(0).outcomeText()).isEqualTo("Failed");
        assertThat(live.messageProperty().get()).startsWith("Apply stopped: 0 changed, 1 still pending")
                .contains("admission webhook denied the request");
        assertPending();
        assertThat(apply.convergence().rows()).isEmpty();
    }

    @Test
    void unreachableServerDuringTheCheckLeavesTheEditStaged() {
        state.stage(new io.dsstudio.workspace.CordonEdit(Set.of("n1"), true));
        state.commit();
        server.shutdown();
        AtomicBoolean problems = new AtomicBoolean();

        apply.check(() -> { }, () -> problems.set(true));

        assertThat(problems).isTrue();
        assertThat(live.messageProperty().get()).startsWith("Nothing more was changed; your edits stay pending. Network problem:");
        assertThat(state.workspace().committedEdits()).hasSize(2);
        assertThat(state.dirtyProperty().get()).isTrue();
    }

    private void assertPending() {
        assertThat(state.workspace().committedEdits()).containsExactly(edit);
        assertThat(state.dirtyProperty().get()).isTrue();
        assertThat(apply.pendingChanges()).hasSize(1);
        assertThat(apply.canApplyProperty().get()).isTrue();
        assertThat(state.snapshotProperty().get().nodes().get(0).labels()).containsEntry("role", "edge");
    }
}
