package io.dsstudio.yaml;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.fixtures.NodeExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** PrepareForUpdate's generation rules (upstream strategy.go) for an overlay laid over a kubectl get snapshot. */
class SnapshotOverlayTest {
    private static final String BASE = NodeExporter.KUBECTL_GET;
    private static final String HELM = NodeExporter.HELM;

    private static SnapshotOverlay.Result overlay(String base, String top) throws Exception {
        SnapshotLoader loader = new SnapshotLoader();
        return new SnapshotOverlay().overlay(loader.loadText("base.yaml", base), loader.loadText("pr.yaml", top));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "helm output of the unchanged DaemonSet | | | 4 | 3",
            "image bumped                  | image: quay.io/prometheus/node-exporter:v1.8.2 | image: quay.io/prometheus/node-exporter:v1.9.0 | 5 | 4",
            "cpu request changed           | 'cpu: \"0.1\"' | 'cpu: \"0.2\"' | 5 | 4",
            "pull policy written as the default | 'image: quay.io/prometheus/node-exporter:v1.8.2' | 'image: quay.io/prometheus/node-exporter:v1.8.2\n        imagePullPolicy: IfNotPresent' | 4 | 3",
            "only the object's labels changed | 'labels: {app: node-exporter}\nspec:' | 'labels: {app: node-exporter, team: obs}\nspec:' | 4 | 3",
            "update strategy changed        | '  selector:\n    matchLabels' | '  updateStrategy: {rollingUpdate: {maxUnavailable: 2}}\n  selector:\n    matchLabels' | 5 | 3",
            "minReadySeconds set            | '  selector:\n    matchLabels' | '  minReadySeconds: 10\n  selector:\n    matchLabels' | 5 | 3",
    })
    void generationsFollowPrepareForUpdate(String change, String from, String to, long generation, long templateGeneration)
            throws Exception {
        String top = from == null ? HELM : HELM.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertThat(top).as("the case changes the manifest").isEqualTo(from == null ? HELM : top);
        if (from != null) {
            assertThat(top).isNotEqualTo(HELM);
        }
        SnapshotOverlay.Result result = overlay(BASE, top);
        assertThat(result.merged().diagnostics()).noneMatch(Diagnostic::isError);
        DaemonSet ds = result.merged().snapshot().daemonSets().get(0);
        assertThat(result.merged().snapshot().daemonSets()).hasSize(1);
        assertThat(ds.meta().generation()).as(change).isEqualTo(generation);
        assertThat(ds.generation()).as(change).isEqualTo(templateGeneration);
        assertThat(ds.meta().uid()).isEqualTo("0b1c2d3e-0000-4000-8000-000000000001");
        String text = result.merged().read().files().get(0).text();
        assertThat(text).contains("resourceVersion: \"4711\"", "observedGeneration: 4", "creationTimestamp: \"2025-06-01T00:00:00Z\"");
    }

    @Test
    void replacingIsNotADuplicateButDuplicatesInsideEitherSideStayErrors() throws Exception {
        SnapshotOverlay.Result replaced = overlay(BASE, HELM);
        assertThat(replaced.merged().diagnostics()).noneMatch(d -> d.code().equals("DuplicateObject"));
        assertThat(replaced.replaced()).containsExactly(new ObjectRef("DaemonSet", "monitoring", "node-exporter"));

        SnapshotOverlay.Result twiceInOverlay = overlay(BASE, HELM + "---\n" + HELM);
        assertThat(twiceInOverlay.merged().diagnostics()).filteredOn(d -> d.code().equals("DuplicateObject"))
                .singleElement().satisfies(d -> {
                    assertThat(d.position().file()).isEqualTo("pr.yaml");
                    assertThat(d.position().line()).isGreaterThan((int) HELM.lines().count());
                });
        SnapshotOverlay.Result twiceInBase = overlay(BASE + "---\n" + BASE, HELM);
        assertThat(twiceInBase.merged().diagnostics()).filteredOn(d -> d.code().equals("DuplicateObject"))
                .singleElement().satisfies(d -> assertThat(d.position().file()).isEqualTo("base.yaml"));
    }

    @Test
    void aDaemonSetOnlyInTheOverlayIsAdded() throws Exception {
        SnapshotOverlay.Result result = overlay(BASE, HELM.replace("name: node-exporter\n  namespace", "name: other\n  namespace"));
        assertThat(result.replaced()).isEmpty();
        assertThat(result.merged().snapshot().daemonSets()).extracting(DaemonSet::key)
                .containsExactly("monitoring/node-exporter", "monitoring/other");
    }
}
