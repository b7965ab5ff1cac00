package io.dsstudio.cluster;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeListBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.apps.ControllerRevisionListBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetListBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Paginated lists (limit/continue) and list failures, replayed from canned pages. */
@EnableKubernetesMockClient
class LiveLoaderPaginationTest {
    KubernetesClient client;
    KubernetesMockServer server;

    @Test
    void loadFollowsContinueTokensAndKeepsOnlyDaemonSetPods() throws Exception {
        server.expect().get().withPath("/api/v1/nodes?limit=2").andReturn(200, new NodeListBuilder()
                .withNewMetadata().withContinue("page2").endMetadata()
                .addToItems(node("n1"), node("n2")).build()).once();
        server.expect().get().withPath("/api/v1/nodes?continue=page2&limit=2").andReturn(200, new NodeListBuilder()
                .withNewMetadata().endMetadata().addToItems(node("n3")).build()).once();
        server.expect().get().withPath("/apis/apps/v1/daemonsets?limit=2").andReturn(200, new DaemonSetListBuilder()
                .addToItems(new DaemonSetBuilder().withNewMetadata().withName("agent")
                        .withNamespace("ops").withUid("ds-uid").withGeneration(1L).endMetadata().withNewSpec().withNewSelector()
                        .addToMatchLabels("app", "agent").endSelector().withNewTemplate().withNewMetadata()
                        .addToLabels("app", "agent").endMetadata().withNewSpec().addNewContainer().withName("a").withImage("a:1")
                        .endContainer().endSpec().endTemplate().endSpec().build()).build()).once();
        server.expect().get().withPath("/apis/apps/v1/controllerrevisions?limit=2").andReturn(200,
                new ControllerRevisionListBuilder().build()).once();
        server.expect().get().withPath("/api/v1/pods?limit=2").andReturn(200, new PodListBuilder()
                .withNewMetadata().withContinue("pods2").endMetadata()
                .addToItems(ownedPod("agent-a", "n1"), pod("web-1", "web")).build()).once();
        server.expect().get().withPath("/api/v1/pods?continue=pods2&limit=2").andReturn(200, new PodListBuilder()
                .withNewMetadata().endMetadata().addToItems(pod("stray-agent", "agent")).build()).once();
        List<String> progress = new ArrayList<>();

        LiveState state = new LiveLoader(MockClusters.cluster(client, new SecretRedactor()), 2)
                .load((kind, loaded, done) -> progress.add(kind + " " + loaded + (done ? " done" : "")));

        assertThat(state.snapshot().nodes()).extracting(n -> n.name()).containsExactly("n1", "n2", "n3");
        assertThat(state.snapshot().pods()).extracting(p -> p.name()).containsExactly("agent-a", "stray-agent");
        assertThat(progress).containsExactly("Node 2", "Node 3 done", "DaemonSet 1 done", "ControllerRevision 0 done",
                "Pod 2", "Pod 3 done");
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            paths.add(server.takeRequest(1, TimeUnit.SECONDS).getPath());
        }
        assertThat(paths).containsExactly("/api/v1/nodes?limit=2", "/api/v1/nodes?continue=page2&limit=2",
                "/apis/apps/v1/daemonsets?limit=2", "/apis/apps/v1/controllerrevisions?limit=2",
                "/api/v1/pods?limit=2", "/api/v1/pods?continue=pods2&limit=2");
    }

    @Test
    void loadInNamespaceListsOnlyThatNamespace() throws Exception {
        server.expect().get().withPath("/api/v1/nodes?limit=500").andReturn(200, new NodeListBuilder()
                .withNewMetadata().endMetadata().build()).once();
        server.expect().get().withPath("/apis/apps/v1/namespaces/ops/daemonsets?limit=500").andReturn(403, new StatusBuilder()
                .withCode(403).withStatus("Failure").withReason("Forbidden")
                .withMessage("daemonsets.apps is forbidden: User \"dev\" cannot list resource \"daemonsets\" in the namespace \"ops\"")
                .build()).once();
        LiveCluster cluster = new LiveCluster(client, new ContextInfo("mock", "c", "u", null, "x"), "ops", new SecretRedactor());

        LiveException e = catchThrowableOfType(LiveException.class, () -> new LiveLoader(cluster).load(LoadProgress.NONE));

        assertThat(e.kind()).isEqualTo(LiveException.Kind.FORBIDDEN);
        assertThat(e.getMessage()).isEqualTo("permission denied (403 Forbidden) while listing DaemonSets: daemonsets.apps is "
                + "forbidden: User \"dev\" cannot list resource \"daemonsets\" in the namespace \"ops\"; see the ClusterRole in the README");
    }

    private static io.fabric8.kubernetes.api.model.Node node(String name) {
        return new NodeBuilder().withNewMetadata().withName(name).endMetadata().build();
    }

    private static io.fabric8.kubernetes.api.model.Pod pod(String name, String app) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("ops").addToLabels("app", app).endMetadata()
                .withNewSpec().withNodeName("n2").addNewContainer().withName("c").withImage("c:1").endContainer().endSpec().build();
    }

    private static io.fabric8.kubernetes.api.model.Pod ownedPod(String name, String node) {
        return new PodBuilder(pod(name, "agent")).editMetadata().addNewOwnerReference().withApiVersion("apps/v1")
                .withKind("DaemonSet").withName("agent").withUid("ds-uid").withController(true).endOwnerReference().endMetadata()
                .editSpec().withNodeName(node).endSpec().build();
    }
}
