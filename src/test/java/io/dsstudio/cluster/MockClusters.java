package io.dsstudio.cluster;

import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.simulation.GeneratorOptions;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeListBuilder;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.api.model.apps.ControllerRevisionListBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetListBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import java.util.ArrayList;
import java.util.List;

/** Test helpers: a generated cluster in the mock, and a client that does not retry (fast failure tests). */
public final class MockClusters {
    private MockClusters() {
    }

    static List<HasMetadata> generated(KubernetesClient client, int nodes, int daemonSets, long seed) {
        String yaml = new ClusterGenerator().generate(new GeneratorOptions(nodes, daemonSets, seed, GeneratorOptions.DEFAULT_TIME));
        Object parsed = client.getKubernetesSerialization().unmarshal(yaml);
        List<HasMetadata> objects = new ArrayList<>();
        if (parsed instanceof List<?> list) {
            list.forEach(o -> objects.add((HasMetadata) o));
        } else {
            objects.add((HasMetadata) parsed);
        }
        return objects;
    }

    static void create(KubernetesClient client, List<HasMetadata> objects) {
        for (HasMetadata object : objects) {
            client.resource(object).create();
        }
    }

    public static LiveCluster cluster(KubernetesClient client, SecretRedactor redactor) {
        return new LiveCluster(client, new ContextInfo("mock", "mock-cluster", "mock-user", null,
                client.getConfiguration().getMasterUrl()), null, redactor);
    }

    /**
     * Expectations (answered once each) for loading a cluster of one node {@code n1} (zone a, resourceVersion 5)
     * with the given DaemonSets, no revisions and no pods.
     */
    public static void expectOneNodeCluster(KubernetesMockServer server, DaemonSet... daemonSets) {
        server.expect().get().withPath("/api/v1/nodes?limit=500").andReturn(200, new NodeListBuilder().addToItems(
                new NodeBuilder().withNewMetadata().withName("n1").withResourceVersion("5").addToLabels("zone", "a")
                        .endMetadata().build()).build()).once();
        server.expect().get().withPath("/apis/apps/v1/daemonsets?limit=500")
                .andReturn(200, new DaemonSetListBuilder().addToItems(daemonSets).build()).once();
        server.expect().get().withPath("/apis/apps/v1/controllerrevisions?limit=500")
                .andReturn(200, new ControllerRevisionListBuilder().build()).once();
        server.expect().get().withPath("/api/v1/pods?limit=500").andReturn(200, new PodListBuilder().build()).once();
    }

    public static KubernetesClient noRetry(KubernetesClient client, int requestTimeoutMillis) {
        return new KubernetesClientBuilder().withConfig(new ConfigBuilder(client.getConfiguration())
                .withRequestRetryBackoffLimit(0).withRequestTimeout(requestTimeoutMillis).build()).build();
    }
}
