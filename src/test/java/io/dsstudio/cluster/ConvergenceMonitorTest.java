package io.dsstudio.cluster;

import io.dsstudio.reconcile.NodeVerdict;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@EnableKubernetesMockClient(crud = true)
class ConvergenceMonitorTest {
    KubernetesClient client;

    private DaemonSet daemonSet(int updated) {
        DaemonSet created = client.apps().daemonSets().inNamespace("ops").resource(new DaemonSetBuilder().withNewMetadata()
                .withName("agent").withNamespace("ops").endMetadata().withNewSpec().withNewSelector().addToMatchLabels("app", "agent")
                .endSelector().withNewTemplate().withNewMetadata().addToLabels("app", "agent").endMetadata().withNewSpec()
                .addNewContainer().withName("a").withImage("a:1").endContainer().endSpec().endTemplate().endSpec().build()).create();
        long generation = created.getMetadata().getGeneration() == null ? 1 : created.getMetadata().getGeneration();
        created.setStatus(new io.fabric8.kubernetes.api.model.apps.DaemonSetStatusBuilder().withObservedGeneration(generation)
                .withDesiredNumberScheduled(2).withUpdatedNumberScheduled(updated).withNumberAvailable(2).build());
        return client.apps().daemonSets().inNamespace("ops").resource(created).updateStatus();
    }

    private void podOn(DaemonSet ds, String name, String node) {
        client.pods().inNamespace("ops").resource(new PodBuilder().withNewMetadata().withName(name).withNamespace("ops")
                .addToLabels("app", "agent").addNewOwnerReference().withApiVersion("apps/v1").withKind("DaemonSet")
                .withName("agent").withUid(ds.getMetadata().getUid()).withController(true).endOwnerReference().endMetadata()
                .withNewSpec().withNodeName(node).addNewContainer().withName("a").withImage("a:1").endContainer().endSpec()
                .build()).create();
    }

    @Test
    void awaitComparesPredictionWithWhatTheControllerDid() {
        DaemonSet ds = daemonSet(2);
        podOn(ds, "agent-1", "n1");
        podOn(ds, "agent-2", "n2");
        List<NodeVerdict> predicted = List.of(new NodeVerdict("n1", true, true, List.of()),
                new NodeVerdict("n2", false, false, List.of()), new NodeVerdict("n3", true, true, List.of()));
        ConvergenceMonitor monitor = new ConvergenceMonitor(MockClusters.cluster(client, new SecretRedactor()),
                Clock.systemUTC(), Duration.ofMillis(50));

        ConvergenceReport report = monitor.await("ops", "agent", predicted, Duration.ofSeconds(5));

        assertThat(report.converged()).isTrue();
        assertThat(report.status()).contains("desired 2, updated 2, available 2");
        assertThat(report.nodes()).containsExactly(new NodeOutcome("n1", true, true), new NodeOutcome("n2", false, true),
                new NodeOutcome("n3", true, false));
        assertThat(report.differences()).extracting(NodeOutcome::node).containsExactly("n2", "n3");
    }

    @Test
    void awaitGivesUpAtTheTimeoutAndSaysWhereItStopped() {
        daemonSet(1);
        ConvergenceMonitor monitor = new ConvergenceMonitor(MockClusters.cluster(client, new SecretRedactor()),
                Clock.systemUTC(), Duration.ofMillis(50));

        ConvergenceReport report = monitor.await("ops", "agent", List.of(), Duration.ofMillis(300));

        assertThat(report.converged()).isFalse();
        assertThat(report.status()).contains("desired 2, updated 1, available 2");
    }
}
