package io.dsstudio.ui.cluster;

import io.dsstudio.cluster.LiveChange;
import io.dsstudio.cluster.LiveCluster;
import io.dsstudio.cluster.MockClusters;
import io.dsstudio.cluster.LiveSession;
import io.dsstudio.cluster.LoadProgress;
import io.dsstudio.cluster.ObjectResult;
import io.dsstudio.cluster.SecretRedactor;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.simulation.Cascade;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.ui.editor.BufferAnalyzer;
import io.dsstudio.ui.editor.EditorServices;
import io.dsstudio.ui.editor.EditorViewModel;
import io.dsstudio.ui.editor.ExportText;
import io.dsstudio.ui.editor.PreviewCalculator;
import io.dsstudio.workspace.AppliedDocuments;
import io.dsstudio.workspace.ControllerSync;
import io.dsstudio.workspace.EmbeddedController;
import io.dsstudio.workspace.PlanningService;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DaemonSet edited in the editor while connected becomes a pending live change: a server-side apply of the
 * applied text without server-owned fields, dry-run first, with force offered on a field-manager conflict.
 */
@EnableKubernetesMockClient
class LiveSpecApplyTest {
    private static final String DS_PATH = "/apis/apps/v1/namespaces/kube-system/daemonsets/fluentd";
    private static final String DRY = DS_PATH + "?fieldManager=daemonset-studio&dryRun=All";
    private static final String REAL = DS_PATH + "?fieldManager=daemonset-studio";

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
    private EditorServices editors;

    @BeforeEach
    void setUp() {
        MockClusters.expectOneNodeCluster(server, fluentd("fluentd:1"));
        fast = MockClusters.noRetry(client, 5_000);
        LiveCluster cluster = MockClusters.cluster(fast, new SecretRedactor());
        state = TestStudio.state();
        live = LiveFixtures.liveModel(home, state, messages, fx);
        Planner planner = new Planner();
        PlanningService planning = s -> planner.plan(s, TestStudio.CLOCK.instant());
        ControllerSync sync = new ControllerSync(planner);
        AppliedDocuments applied = new AppliedDocuments();
        editors = new EditorServices(state, new BufferAnalyzer(messages), new PreviewCalculator(planning, sync, TestStudio.CLOCK),
                new EmbeddedController(sync, TestStudio.CLOCK), applied, TaskRunner.sameThread(), messages);
        apply = new LiveApplyViewModel(live, new ConvergenceWatch(planning, messages, TaskRunner.sameThread(), Duration.ZERO,
                Duration.ofMillis(10)), ds -> applied.textFor(ds).flatMap(ExportText::manifestJson));
        live.attach(LiveSession.openLoaded(cluster, LoadProgress.NONE));
    }

    @AfterEach
    void tearDown() {
        live.close();
        fast.close();
    }

    private static DaemonSet fluentd(String image) {
        return new DaemonSetBuilder().withNewMetadata().withName("fluentd").withNamespace("kube-system").withUid("ds-uid-1")
                .withResourceVersion("7").withGeneration(1L).endMetadata()
                .withNewSpec().withNewSelector().addToMatchLabels("app", "fluentd").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "fluentd").endMetadata()
                .withNewSpec().addNewContainer().withName("fluentd").withImage(image).endContainer().endSpec().endTemplate()
                .endSpec().build();
    }

    /** The text as the editor shows a live DaemonSet: server-owned fields included. */
    private static String text(String image) {
        return """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                  name: fluentd
                  namespace: kube-system
                  uid: ds-uid-1
                  resourceVersion: "7"
                  generation: 1
                  creationTimestamp: "2025-06-01T00:00:00Z"
                spec:
                  selector:
                    matchLabels:
                      app: fluentd
                  template:
                    metadata:
                      labels:
                        app: fluentd
                    spec:
                      containers:
                      - name: fluentd
                        image: %s
                """.formatted(image);
    }

    private EditorViewModel editAndApply(String image) {
        io.dsstudio.domain.DaemonSet shown = state.snapshotProperty().get().daemonSets().get(0);
        EditorViewModel editor = new EditorViewModel(editors, shown.ref(), text("fluentd:1"));
        editor.textProperty().set(text(image));
        assertThat(editor.apply()).as(editor.messageProperty().get() + " " + editor.problems()).isTrue();
        return editor;
    }

    private static io.fabric8.kubernetes.api.model.Status conflict() {
        return new StatusBuilder().withStatus("Failure").withCode(409).withReason("Conflict")
                .withMessage("Apply failed with 1 conflict: conflict with \"kubectl-client-side-apply\" using apps/v1: "
                        + ".spec.template.spec.containers[name=\"fluentd\"].image")
                .withNewDetails().addNewCause().withReason("FieldManagerConflict")
                .withField(".spec.template.spec.containers[name=\"fluentd\"].image")
                .withMessage("conflict with \"kubectl-client-side-apply\" using apps/v1").endCause().endDetails().build();
    }

    private List<RecordedRequest> patches() throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        RecordedRequest next;
        while ((next = server.takeRequest(200, TimeUnit.MILLISECONDS)) != null) {
            if ("PATCH".equals(next.getMethod())) {
                out.add(next);
            }
        }
        return out;
    }

    @Test
    void appliedEditorChangeIsDryRunThenServerSideAppliedWithoutServerFields() throws Exception {
        server.expect().patch().withPath(DRY).andReturn(200, fluentd("fluentd:2")).times(2);
        server.expect().patch().withPath(REAL).andReturn(200, fluentd("fluentd:2")).once();
        editAndApply("fluentd:2");

        assertThat(apply.pendingChanges()).singleElement().isInstanceOf(LiveChange.ApplyDaemonSet.class);
        assertThat(apply.canApplyProperty().get()).isTrue();
        AtomicBoolean confirmable = new AtomicBoolean();
        apply.check(() -> confirmable.set(true), () -> { });
        assertThat(confirmable).as(apply.summaryProperty().get()).isTrue();
        assertThat(apply.confirmationText()).contains("DaemonSet kube-system/fluentd: server-side apply");

        apply.apply(false, () -> { });

        assertThat(apply.results()).extracting(ApplyResultRow::outcome).containsExactly(ObjectResult.Outcome.CHANGED);
        List<RecordedRequest> patches = patches();
        assertThat(patches).extracting(RecordedRequest::getPath).containsExactly(DRY, DRY, REAL);
        for (RecordedRequest r : patches) {
            assertThat(r.getHeader("Content-Type")).startsWith("application/apply-patch+yaml");
            assertThat(r.getUtf8Body()).contains("\"image\":\"fluentd:2\"", "\"namespace\":\"kube-system\"")
                    .doesNotContain("ds-uid-1", "resourceVersion", "creationTimestamp", "\"generation\"");
        }
        assertThat(patches.get(2).getPath()).doesNotContain("force");
        assertThat(apply.pendingChanges()).isEmpty();
        assertThat(state.dirtyProperty().get()).isFalse();
    }

    @Test
    void fieldManagerConflictOffersForceAndKeepsTheChangePending() throws Exception {
        server.expect().patch().withPath(DRY).andReturn(409, conflict()).once();
        server.expect().patch().withPath(DRY + "&force=true").andReturn(200, fluentd("fluentd:2")).once();
        server.expect().patch().withPath(REAL + "&force=true").andReturn(200, fluentd("fluentd:2")).once();
        EditorViewModel editor = editAndApply("fluentd:2");
        AtomicBoolean confirmable = new AtomicBoolean();
        AtomicBoolean problems = new AtomicBoolean();

        apply.check(() -> confirmable.set(true), () -> problems.set(true));

        assertThat(confirmable).isFalse();
        assertThat(problems).isTrue();
        assertThat(apply.results()).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo(ObjectResult.Outcome.CONFLICT);
            assertThat(row.forceable()).isTrue();
            assertThat(row.managers()).containsExactly("kubectl-client-side-apply");
        });
        assertThat(apply.anyForceable()).isTrue();
        assertThat(apply.pendingChanges()).singleElement().isInstanceOf(LiveChange.ApplyDaemonSet.class);
        assertThat(state.dirtyProperty().get()).isTrue();
        assertThat(editor.textProperty().get()).contains("fluentd:2");
        assertThat(state.snapshotProperty().get().daemonSets().get(0).template().toString()).contains("fluentd:2");
        // a watch refresh meanwhile does not drop the pending edit
        live.refresh();
        assertThat(apply.pendingChanges()).hasSize(1);
        assertThat(live.messageProperty().get()).contains("refreshes once your DaemonSet edits are applied");

        apply.apply(true, () -> { });

        assertThat(apply.results()).extracting(ApplyResultRow::outcome).containsExactly(ObjectResult.Outcome.CHANGED);
        assertThat(patches()).extracting(RecordedRequest::getPath).containsExactly(DRY, DRY + "&force=true", REAL + "&force=true");
        assertThat(apply.pendingChanges()).isEmpty();
    }

    @Test
    void deletedInTheEditorBecomesALiveDeletion() {
        EditorViewModel editor = editAndApply("fluentd:1");
        assertThat(apply.pendingChanges()).isEmpty();
        editor.delete(Cascade.ORPHAN);

        assertThat(apply.pendingChanges()).containsExactly(new LiveChange.DeleteDaemonSet("kube-system", "fluentd", false));
        state.undo();
        assertThat(apply.pendingChanges()).isEmpty();
    }
}
