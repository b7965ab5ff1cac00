package io.dsstudio.cli;

import io.dsstudio.cluster.ContextInfo;
import io.dsstudio.cluster.LiveCluster;
import io.dsstudio.cluster.LiveSession;
import io.dsstudio.cluster.LoadProgress;
import io.dsstudio.cluster.MockClusters;
import io.dsstudio.cluster.SecretRedactor;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@EnableKubernetesMockClient
class LiveApplyRunnerTest {
    private static final String EDITED = """
            apiVersion: v1
            kind: Node
            metadata: {name: n1, labels: {zone: a, role: edge}}
            """;

    KubernetesClient client;
    KubernetesMockServer server;
    @TempDir
    Path home;
    private final StringWriter out = new StringWriter();
    private final Output output = new Output(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    private LiveSession session;

    @BeforeEach
    void loadLiveState() {
        MockClusters.expectOneNodeCluster(server);
        LiveCluster cluster = new LiveCluster(client, new ContextInfo("mock", "mock-cluster", "u", null, "x"), null,
                new SecretRedactor());
        session = LiveSession.openLoaded(cluster, LoadProgress.NONE);
    }

    private LiveOptions options(boolean yes) {
        LiveOptions options = new LiveOptions().withEnvironment(Map.of("DSSTUDIO_HOME", home.toString()), home.toString(), () -> null);
        options.live = true;
        options.yes = yes;
        options.timeout = java.time.Duration.ofSeconds(5);
        return options;
    }

    private LoadedSnapshot edited() {
        return new LiveOptions().overlay(session, new SnapshotLoader().loadText("edit.yaml", EDITED));
    }

    @Test
    void runPatchesTouchedLabelsAfterDryRunAndReportsEachObject() throws Exception {
        server.expect().patch().withPath("/api/v1/nodes/n1?dryRun=All").andReturn(200, new NodeBuilder().build()).once();
        server.expect().patch().withPath("/api/v1/nodes/n1").andReturn(200, new NodeBuilder().build()).once();

        int code = new LiveApplyRunner(output).run(options(true), session, edited(), Map.of(), false);

        assertThat(code).isZero();
        assertThat(out.toString()).contains("changed: label Node/n1: set {role=edge}, remove []",
                "changed 1 object(s); 0 edit(s) still pending");
    }

    @Test
    void runWithoutTerminalAndWithoutYesExitsTwoBeforeAnyChange() {
        int before = server.getRequestCount();

        assertThatThrownBy(() -> new LiveApplyRunner(output).run(options(false), session, edited(), Map.of(), false))
                .isInstanceOf(UsageException.class).hasMessageContaining("--yes");
        assertThat(server.getRequestCount()).isEqualTo(before);
    }

    @Test
    void runOnReadOnlyContextIsRefused() {
        options(true).readOnlyContexts().setReadOnly("mock", true);
        int before = server.getRequestCount();

        assertThatThrownBy(() -> new LiveApplyRunner(output).run(options(true), session, edited(), Map.of(), false))
                .isInstanceOf(UsageException.class).hasMessageContaining("read-only");
        assertThat(server.getRequestCount()).isEqualTo(before);
    }
}
