package io.dsstudio.cluster;

import io.dsstudio.domain.Taint;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.TaintBuilder;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the CRUD mock cannot do (server-side apply, dryRun, propagationPolicy, failures): every request is
 * asserted as recorded, and canned answers are replayed.
 */
@EnableKubernetesMockClient
class LiveApplierExpectationsTest {
    private static final String DS_PATH = "/apis/apps/v1/namespaces/kube-system/daemonsets/fluentd";
    private static final String DS_JSON = "{\"apiVersion\":\"apps/v1\",\"kind\":\"DaemonSet\",\"metadata\":{\"name\":\"fluentd\"},"
            + "\"spec\":{\"selector\":{\"matchLabels\":{\"app\":\"fluentd\"}},\"template\":{\"metadata\":{\"labels\":{\"app\":\"fluentd\"}},"
            + "\"spec\":{\"containers\":[{\"name\":\"fluentd\",\"image\":\"fluentd:1\"}]}}}}";

    KubernetesClient client;
    KubernetesMockServer server;
    private KubernetesClient fast;
    private LiveApplier applier;

    @BeforeEach
    void setUp() {
        fast = MockClusters.noRetry(client, 10_000);
        applier = new LiveApplier(MockClusters.cluster(fast, new SecretRedactor()), null);
    }

    @AfterEach
    void tearDown() {
        fast.close();
    }

    private final LiveChange applyFluentd = new LiveChange.ApplyDaemonSet("kube-system", "fluentd", DS_JSON);

    @Test
    void applyDryRunsThenServerSideAppliesWithFieldManager() throws Exception {
        server.expect().patch().withPath(DS_PATH + "?fieldManager=daemonset-studio&dryRun=All").andReturn(200, daemonSet()).once();
        server.expect().patch().withPath(DS_PATH + "?fieldManager=daemonset-studio").andReturn(200, daemonSet()).once();

        ApplyReport report = applier.apply(List.of(applyFluentd), false, Confirmation.ALWAYS);

        assertThat(report.dryRunOnly()).isFalse();
        assertThat(report.results()).extracting(ObjectResult::outcome).containsExactly(ObjectResult.Outcome.CHANGED);
        RecordedRequest dry = server.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest real = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(dry.getMethod()).isEqualTo("PATCH");
        assertThat(dry.getPath()).isEqualTo(DS_PATH + "?fieldManager=daemonset-studio&dryRun=All");
        assertThat(dry.getHeader("Content-Type")).startsWith("application/apply-patch+yaml");
        assertThat(dry.getUtf8Body()).contains("\"namespace\":\"kube-system\"", "\"image\":\"fluentd:1\"");
        assertThat(real.getPath()).isEqualTo(DS_PATH + "?fieldManager=daemonset-studio").doesNotContain("force");
    }

    @Test
    void dryRunRejectionMapsCausesToFieldsAndChangesNothing() throws Exception {
        server.expect().patch().withPath(DS_PATH + "?fieldManager=daemonset-studio&dryRun=All").andReturn(422, new StatusBuilder()
                .withStatus("Failure").withCode(422).withReason("Invalid")
                .withMessage("DaemonSet.apps \"fluentd\" is invalid: spec.template.spec.containers[0].image: Required value")
                .withNewDetails().withName("fluentd").withKind("DaemonSet").addNewCause()
                .withField("spec.template.spec.containers[0].image").withReason("FieldValueRequired")
                .withMessage("Required value").endCause().endDetails().build()).once();

        ApplyReport report = applier.apply(List.of(applyFluentd), false, prompt -> {
            throw new AssertionError("must not ask for confirmation after a failed dry run");
        });

        assertThat(report.dryRunOnly()).isTrue();
        ObjectResult result = report.results().get(0);
        assertThat(result.outcome()).as(result.message()).isEqualTo(ObjectResult.Outcome.REJECTED);
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("spec.template.spec.containers[0].image");
            assertThat(d.type()).isEqualTo(io.dsstudio.domain.ErrorType.Required);
            assertThat(d.object()).isEqualTo("DaemonSet/kube-system/fluentd");
        });
        assertThat(report.changed()).isEmpty();
        assertThat(report.pending()).containsExactly(applyFluentd);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void fieldManagerConflictNamesManagersAndForceTakesOver() throws Exception {
        server.expect().patch().withPath(DS_PATH + "?fieldManager=daemonset-studio&dryRun=All").andReturn(409, new StatusBuilder()
                .withStatus("Failure").withCode(409).withReason("Conflict")
                .withMessage("Apply failed with 1 conflict: conflict with \"kubectl-client-side-apply\" using apps/v1: "
                        + ".spec.template.spec.containers[name=\"fluentd\"].image")
                .withNewDetails().addNewCause().withReason("FieldManagerConflict")
                .withField(".spec.template.spec.containers[name=\"fluentd\"].image")
                .withMessage("conflict with \"kubectl-client-side-apply\" using apps/v1").endCause().endDetails().build()).once();
        server.expect().patch().withPath(DS_PATH + "?fieldManager=daemonset-studio&dryRun=All&force=true")
                .andReturn(200, daemonSet()).once();
        server.expect().patch().withPath(DS_PATH + "?fieldManager=daemonset-studio&force=true").andReturn(200, daemonSet()).once();

        ApplyReport refused = applier.apply(List.of(applyFluentd), false, Confirmation.ALWAYS);
        ObjectResult conflict = refused.results().get(0);
        assertThat(conflict.outcome()).isEqualTo(ObjectResult.Outcome.CONFLICT);
        assertThat(conflict.managers()).containsExactly("kubectl-client-side-apply");
        assertThat(conflict.message()).contains("kubectl-client-side-apply", "force");

        ApplyReport forced = applier.apply(List.of(applyFluentd), true, Confirmation.ALWAYS);
        assertThat(forced.allSucceeded()).as(forced.results().toString()).isTrue();
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getPath()).doesNotContain("force");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getPath()).contains("force=true", "dryRun=All");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getPath()).isEqualTo(DS_PATH + "?fieldManager=daemonset-studio&force=true");
    }

    @Test
    void orphanDeletionSendsPropagationPolicyOrphan() throws Exception {
        server.expect().delete().withPath(DS_PATH + "?dryRun=All").andReturn(200, daemonSet()).once();
        server.expect().delete().withPath(DS_PATH).andReturn(200, daemonSet()).once();

        ApplyReport report = applier.apply(List.of(new LiveChange.DeleteDaemonSet("kube-system", "fluentd", false)),
                false, Confirmation.ALWAYS);

        assertThat(report.allSucceeded()).isTrue();
        RecordedRequest dry = server.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest real = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(dry.getMethod()).isEqualTo("DELETE");
        assertThat(dry.getUtf8Body()).contains("\"propagationPolicy\":\"Orphan\"", "\"dryRun\":[\"All\"]");
        assertThat(real.getUtf8Body()).contains("\"propagationPolicy\":\"Orphan\"").doesNotContain("dryRun");
    }

    @Test
    void forbiddenMidwayReportsExactlyWhatChangedAndKeepsTheRestPending() throws Exception {
        LiveChange first = new LiveChange.NodeLabels("n1", Map.of("role", "edge"), Set.of("old"));
        LiveChange second = new LiveChange.NodeLabels("n2", Map.of("role", "edge"), Set.of());
        LiveChange third = new LiveChange.NodeLabels("n3", Map.of("role", "edge"), Set.of());
        for (String n : List.of("n1", "n2", "n3")) {
            server.expect().patch().withPath("/api/v1/nodes/" + n + "?dryRun=All").andReturn(200, node(n)).once();
        }
        server.expect().patch().withPath("/api/v1/nodes/n1").andReturn(200, node("n1")).once();
        server.expect().patch().withPath("/api/v1/nodes/n2").andReturn(403, new StatusBuilder().withStatus("Failure")
                .withCode(403).withReason("Forbidden").withMessage("nodes \"n2\" is forbidden: User \"dev\" cannot patch resource \"nodes\"")
                .build()).once();
        List<LiveChange> pendingEdits = List.of(first, second, third);

        ApplyReport report = applier.apply(pendingEdits, false, Confirmation.ALWAYS);

        assertThat(report.results()).extracting(ObjectResult::outcome).containsExactly(ObjectResult.Outcome.CHANGED,
                ObjectResult.Outcome.FAILED, ObjectResult.Outcome.NOT_ATTEMPTED);
        assertThat(report.changed()).containsExactly(first);
        assertThat(report.pending()).containsExactly(second, third);
        assertThat(report.results().get(1).message()).contains("403", "forbidden");
        assertThat(pendingEdits).containsExactly(first, second, third);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS);
            paths.add(r.getMethod() + " " + r.getPath());
            assertThat(r.getHeader("Content-Type")).startsWith("application/merge-patch+json");
        }
        assertThat(paths).containsExactly("PATCH /api/v1/nodes/n1?dryRun=All", "PATCH /api/v1/nodes/n2?dryRun=All",
                "PATCH /api/v1/nodes/n3?dryRun=All", "PATCH /api/v1/nodes/n1", "PATCH /api/v1/nodes/n2");
    }

    @Test
    void serverErrorFailsWithOneClearLine() {
        server.expect().patch().withPath("/api/v1/nodes/n1?dryRun=All").andReturn(500, new StatusBuilder()
                .withStatus("Failure").withCode(500).withMessage("etcdserver: request timed out").build()).always();

        ApplyReport report = applier.apply(List.of(new LiveChange.NodeLabels("n1", Map.of("a", "b"), Set.of())), false,
                Confirmation.ALWAYS);

        ObjectResult result = report.results().get(0);
        assertThat(result.outcome()).isEqualTo(ObjectResult.Outcome.FAILED);
        assertThat(result.message()).contains("500", "etcdserver: request timed out").doesNotContain("\n");
        assertThat(report.changed()).isEmpty();
    }

    @Test
    void timeoutFailsAndChangesNothing() {
        server.expect().patch().withPath("/api/v1/nodes/n1?dryRun=All").andReturn(200, node("n1")).once();
        server.expect().patch().delay(2500, TimeUnit.MILLISECONDS).withPath("/api/v1/nodes/n1").andReturn(200, node("n1")).once();
        KubernetesClient impatient = MockClusters.noRetry(client, 1000);
        impatient.nodes().withName("warm-up").get();

        ApplyReport report = new LiveApplier(MockClusters.cluster(impatient, new SecretRedactor()), null).apply(List.of(new LiveChange.NodeLabels("n1", Map.of("a", "b"), Set.of())), false,
                Confirmation.ALWAYS);

        ObjectResult result = report.results().get(0);
        assertThat(result.outcome()).isEqualTo(ObjectResult.Outcome.FAILED);
        assertThat(result.message()).contains("timed out");
        assertThat(report.pending()).hasSize(1);
        impatient.close();
    }

    @Test
    void taintConflictOffersReplanThatKeepsTaintAddedElsewhere() {
        LiveChange.NodeScheduling change = new LiveChange.NodeScheduling("n1", "100",
                List.of(Taint.of("old", "", "NoSchedule")), List.of(Taint.of("gpu", "true", "NoSchedule")), null);
        server.expect().patch().withPath("/api/v1/nodes/n1?dryRun=All").andReturn(200, node("n1")).once();
        server.expect().patch().withPath("/api/v1/nodes/n1").andReturn(409, new StatusBuilder().withStatus("Failure")
                .withCode(409).withReason("Conflict").withMessage("the object has been modified").build()).once();
        server.expect().get().withPath("/api/v1/nodes/n1").andReturn(200, new NodeBuilder(node("n1"))
                .editMetadata().withResourceVersion("101").endMetadata().withNewSpec()
                .addToTaints(new TaintBuilder().withKey("old").withEffect("NoSchedule").build())
                .addToTaints(new TaintBuilder().withKey("added-elsewhere").withEffect("NoExecute").build()).endSpec().build()).once();

        ApplyReport report = applier.apply(List.of(change), false, Confirmation.ALWAYS);

        ObjectResult result = report.results().get(0);
        assertThat(result.outcome()).isEqualTo(ObjectResult.Outcome.CONFLICT);
        assertThat(result.message()).contains("reload and re-plan");
        LiveChange.NodeScheduling replanned = (LiveChange.NodeScheduling) result.replanned();
        assertThat(replanned.resourceVersion()).isEqualTo("101");
        assertThat(replanned.taints()).containsExactly(Taint.of("added-elsewhere", "", "NoExecute"), Taint.of("gpu", "true", "NoSchedule"));
    }

    @Test
    void taintPatchBodyCarriesResourceVersion() throws Exception {
        server.expect().patch().withPath("/api/v1/nodes/n1?dryRun=All").andReturn(200, node("n1")).once();
        server.expect().patch().withPath("/api/v1/nodes/n1").andReturn(200, node("n1")).once();

        applier.apply(List.of(new LiveChange.NodeScheduling("n1", "42", List.of(), List.of(Taint.of("k", "", "NoSchedule")), true)),
                false, Confirmation.ALWAYS);

        server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getUtf8Body()).isEqualTo(
                "{\"metadata\":{\"resourceVersion\":\"42\"},\"spec\":{\"taints\":[{\"key\":\"k\",\"effect\":\"NoSchedule\"}],\"unschedulable\":true}}");
    }

    @Test
    void readOnlyContextRefusesApplyBeforeAnyRequest(@TempDir Path home) {
        ReadOnlyContexts readOnly = new ReadOnlyContexts(home);
        readOnly.setReadOnly("mock", true);
        LiveApplier guarded = new LiveApplier(MockClusters.cluster(fast, new SecretRedactor()), readOnly);

        assertThatThrownBy(() -> guarded.apply(List.of(applyFluentd), false, Confirmation.ALWAYS))
                .isInstanceOfSatisfying(LiveException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LiveException.Kind.REFUSED);
                    assertThat(e.getMessage()).contains("read-only", "mock");
                });
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void confirmationNamesClusterAndContext() {
        server.expect().patch().withPath(DS_PATH + "?fieldManager=daemonset-studio&dryRun=All").andReturn(200, daemonSet()).once();
        List<String> prompts = new ArrayList<>();

        assertThatThrownBy(() -> applier.apply(List.of(applyFluentd), false, prompt -> {
            prompts.add(prompt);
            return false;
        })).isInstanceOf(LiveException.class).hasMessageContaining("nothing was changed");
        assertThat(prompts).singleElement().satisfies(p -> assertThat(p).contains("context \"mock\"", "mock-cluster",
                "server-side apply DaemonSet/kube-system/fluentd"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private static io.fabric8.kubernetes.api.model.apps.DaemonSet daemonSet() {
        return new DaemonSetBuilder().withNewMetadata().withName("fluentd").withNamespace("kube-system").endMetadata().build();
    }

    private static io.fabric8.kubernetes.api.model.Node node(String name) {
        return new NodeBuilder().withNewMetadata().withName(name).withResourceVersion("100").endMetadata().build();
    }

}
