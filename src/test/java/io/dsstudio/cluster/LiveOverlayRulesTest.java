package io.dsstudio.cluster;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.fixtures.NodeExporter;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Manifests laid over a live cluster (CRUD mock server) follow the rules of {@code --base}: API-server defaulting of
 * both sides and upstream strategy.go PrepareForUpdate's generations, identity and status from the cluster.
 */
@EnableKubernetesMockClient(crud = true)
class LiveOverlayRulesTest {
    /** The live DaemonSet as the API server stores it: defaulted, with generations and status. */
    private static final String LIVE = NodeExporter.KUBECTL_GET;
    /** The same DaemonSet as {@code helm template} writes it: no namespace, no defaults, quantities in other forms. */
    private static final String HELM = NodeExporter.HELM_WITHOUT_NAMESPACE;

    static KubernetesClient client;
    private static LiveState live;
    private static DaemonSet before;

    /** One cluster for every case: laying manifests over it changes nothing there. */
    @BeforeAll
    static void createTheLiveDaemonSet() {
        client.resource((HasMetadata) client.getKubernetesSerialization().unmarshal(LIVE)).create();
        client.apps().daemonSets().inNamespace("monitoring").withName("node-exporter").editStatus(ds -> {
            ds.getStatus().setObservedGeneration(4L);
            return ds;
        });
        live = new LiveLoader(MockClusters.cluster(client, new SecretRedactor())).load((kind, loaded, done) -> { });
        before = live.snapshot().daemonSets().get(0);
    }

    private static DaemonSet laid(String manifest) {
        LoadedSnapshot files = new SnapshotLoader().loadText("pr.yaml", manifest);
        LoadedSnapshot overlaid = LiveOverlay.lay(live, files, "monitoring");
        assertThat(overlaid.diagnostics()).noneMatch(Diagnostic::isError);
        assertThat(overlaid.snapshot().daemonSets()).hasSize(1);
        return overlaid.snapshot().daemonSets().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "helm output of the unchanged DaemonSet | | | 0 | 0",
            "image bumped                  | image: quay.io/prometheus/node-exporter:v1.8.2 | image: quay.io/prometheus/node-exporter:v1.9.0 | 1 | 1",
            "cpu request changed           | 'cpu: \"0.1\"' | 'cpu: \"0.2\"' | 1 | 1",
            "pull policy written as the default | 'image: quay.io/prometheus/node-exporter:v1.8.2' | 'image: quay.io/prometheus/node-exporter:v1.8.2\n        imagePullPolicy: IfNotPresent' | 0 | 0",
            "only the object's labels changed | 'labels: {app: node-exporter}\nspec:' | 'labels: {app: node-exporter, team: obs}\nspec:' | 0 | 0",
            "update strategy changed        | '  selector:\n    matchLabels' | '  updateStrategy: {rollingUpdate: {maxUnavailable: 2}}\n  selector:\n    matchLabels' | 1 | 0",
            "minReadySeconds set            | '  selector:\n    matchLabels' | '  minReadySeconds: 10\n  selector:\n    matchLabels' | 1 | 0",
    })
    void generationsFollowPrepareForUpdateOverTheLiveObject(String change, String from, String to, long generationAdded,
                                                            long templateGenerationAdded) {
        String manifest = from == null ? HELM : HELM.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        if (from != null) {
            assertThat(manifest).as("the case changes the manifest").isNotEqualTo(HELM);
        }

        DaemonSet after = laid(manifest);

        assertThat(after.meta().generation()).as(change).isEqualTo(before.meta().generation() + generationAdded);
        assertThat(after.generation()).as(change).isEqualTo(before.generation() + templateGenerationAdded);
        assertThat(after.meta().annotations().get(DaemonSet.GENERATION_ANNOTATION)).as(change)
                .isEqualTo(Long.toString(before.generation() + templateGenerationAdded));
        assertThat(after.meta().uid()).as("identity stays the cluster's").isEqualTo(before.meta().uid()).isNotBlank();
        assertThat(after.meta().namespace()).isEqualTo("monitoring");
    }

    @Test
    void aDaemonSetTheClusterLacksIsCreatedAtGenerationOne() {
        LoadedSnapshot overlaid = LiveOverlay.lay(live, new SnapshotLoader().loadText("pr.yaml",
                HELM.replace("name: node-exporter\n  labels", "name: other\n  labels")), "monitoring");
        DaemonSet other = overlaid.snapshot().daemonSets().stream().filter(d -> d.meta().name().equals("other")).findFirst().orElseThrow();
        assertThat(overlaid.snapshot().daemonSets()).hasSize(2);
        assertThat(other.meta().generation()).isEqualTo(1L);
        assertThat(other.generation()).isEqualTo(1L);
        assertThat(other.meta().namespace()).isEqualTo("monitoring");
    }
}
