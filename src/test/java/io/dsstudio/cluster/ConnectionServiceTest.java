package io.dsstudio.cluster;

import io.dsstudio.domain.ClusterNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service File ▸ Connect and the status bar use, against the CRUD mock. */
@EnableKubernetesMockClient(crud = true)
class ConnectionServiceTest {
    KubernetesClient client;
    @TempDir
    Path home;

    private ConnectionService service() throws Exception {
        Path kube = home.resolve(".kube/config");
        Files.createDirectories(kube.getParent());
        Files.writeString(kube, "apiVersion: v1\nkind: Config\ncurrent-context: mock\n"
                + "clusters:\n- name: mock\n  cluster:\n    server: " + client.getConfiguration().getMasterUrl()
                + "\n    insecure-skip-tls-verify: true\n"
                + "- name: gone\n  cluster:\n    server: https://127.0.0.1:1\n"
                + "contexts:\n- name: mock\n  context:\n    cluster: mock\n    user: admin\n"
                + "- name: gone\n  context:\n    cluster: gone\n    user: admin\n    namespace: ops\n"
                + "users:\n- name: admin\n  user:\n    token: svc-token-abcdef123\n");
        return new ConnectionService(Map.of("DSSTUDIO_HOME", home.resolve("studio").toString()), home.toString());
    }

    @Test
    void connectLoadsWatchesAndReportsStates() throws Exception {
        client.nodes().resource(LiveClusterCrudTest.node("node-1")).create();
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        CompletableFuture<ClusterNode> relabelled = new CompletableFuture<>();
        try (ConnectionService service = service()) {
            service.addListener((state, message) -> states.add(state));
            service.addEventListener(e -> {
                if (e.object() instanceof ClusterNode n && "b".equals(n.labels().get("zone"))) {
                    relabelled.complete(n);
                }
            });
            assertThat(service.contexts()).extracting(ContextInfo::name).containsExactly("mock", "gone");
            assertThat(service.currentContext()).map(ContextInfo::name).contains("mock");

            LiveSession session = service.connect(null, null, LoadProgress.NONE);

            assertThat(session.snapshot().nodes()).extracting(ClusterNode::name).containsExactly("node-1");
            client.nodes().withName("node-1").patch(PatchContext.of(PatchType.JSON_MERGE), "{\"metadata\":{\"labels\":{\"zone\":\"b\"}}}");
            assertThat(relabelled.get(5, TimeUnit.SECONDS).name()).isEqualTo("node-1");
            assertThat(session.snapshot().nodes().get(0).labels()).containsEntry("zone", "b");
            assertThat(service.state()).isEqualTo(ConnectionState.CONNECTED);
            service.disconnect();
        }
        assertThat(states).startsWith(ConnectionState.CONNECTING).contains(ConnectionState.CONNECTED)
                .endsWith(ConnectionState.DISCONNECTED);
    }

    @Test
    void connectFailureReportsFailedWithOneLine() throws Exception {
        try (ConnectionService service = service()) {
            assertThatThrownBy(() -> service.connect("gone", null, LoadProgress.NONE)).isInstanceOf(LiveException.class);

            assertThat(service.state()).isEqualTo(ConnectionState.FAILED);
            assertThat(service.stateMessage()).contains("127.0.0.1:1").doesNotContain("svc-token-abcdef123");
            assertThat(service.session()).isEmpty();
        }
    }

    @Test
    void readOnlyMarksAreKeptUnderStudioHome() throws Exception {
        try (ConnectionService service = service()) {
            service.setReadOnly("mock", true);

            assertThat(service.isReadOnly("mock")).isTrue();
            assertThat(service.isReadOnly("gone")).isFalse();
            assertThat(home.resolve("studio").resolve(ReadOnlyContexts.FILE_NAME)).exists();
        }
    }
}
