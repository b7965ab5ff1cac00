package io.dsstudio.cluster;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A dropped connection is reported as RECONNECTING, and the watch comes back on its own when the server does. */
class LiveWatcherReconnectTest {
    private static KubernetesMockServer crudServer() {
        return new KubernetesMockServer(new io.fabric8.mockwebserver.Context(), new io.fabric8.mockwebserver.MockWebServer(),
                new java.util.HashMap<>(), new io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher(), true);
    }

    @Test
    void watcherReportsReconnectingAndRecoversAfterServerRestart() throws Exception {
        KubernetesMockServer server = crudServer();
        server.init();
        int port = server.getPort();
        KubernetesClient client;
        try (KubernetesClient defaults = server.createClient()) {
            // retry the watch quickly; production keeps fabric8's backoff (1 s doubling)
            client = new io.fabric8.kubernetes.client.KubernetesClientBuilder().withConfig(
                    new io.fabric8.kubernetes.client.ConfigBuilder(defaults.getConfiguration()).withWatchReconnectInterval(100).build()).build();
        }
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName("n1").endMetadata().build()).create();
        LiveCluster cluster = MockClusters.cluster(client, new SecretRedactor());
        LiveState state = new LiveLoader(cluster).load(LoadProgress.NONE);
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> reconnecting = new CompletableFuture<>();
        CompletableFuture<Void> back = new CompletableFuture<>();
        KubernetesMockServer restarted = null;
        try (LiveWatcher watcher = new LiveWatcher(cluster, new LiveModel(state.snapshot()), e -> { }, (s, message) -> {
            states.add(s);
            if (s == ConnectionState.RECONNECTING) {
                reconnecting.complete(null);
            } else if (s == ConnectionState.CONNECTED && reconnecting.isDone()) {
                back.complete(null);
            }
        })) {
            watcher.start();
            server.destroy();

            reconnecting.get(15, TimeUnit.SECONDS);
            restarted = crudServer();
            restarted.init(java.net.InetAddress.getByName(server.getHostName()), port);
            back.get(30, TimeUnit.SECONDS);

            assertThat(states).containsSubsequence(ConnectionState.CONNECTED, ConnectionState.RECONNECTING, ConnectionState.CONNECTED);
        } finally {
            client.close();
            if (restarted != null) {
                restarted.destroy();
            }
        }
    }
}
