package io.dsstudio.cluster;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Tokens from the kubeconfig never reach a log line, an exception message or a stack trace. */
@EnableKubernetesMockClient
class SecretLeakTest {
    private static final String TOKEN = "s3cr3t-token-7f3a9c1e5b";

    KubernetesClient client;
    KubernetesMockServer server;
    @TempDir
    Path dir;

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream out;
    private PrintStream err;

    @BeforeEach
    void captureStandardStreams() {
        out = System.out;
        err = System.err;
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
    }

    @AfterEach
    void restoreStandardStreams() {
        System.setOut(out);
        System.setErr(err);
        // nothing at all reaches the standard streams: no token, and no logging noise from the client
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(TOKEN).doesNotContain("SLF4J");
    }

    private KubeconfigContexts kubeconfigFor(String server) throws Exception {
        Path file = dir.resolve("config");
        Files.writeString(file, "apiVersion: v1\nkind: Config\ncurrent-context: mock\n"
                + "clusters:\n- name: mock\n  cluster:\n    server: " + server + "\n    insecure-skip-tls-verify: true\n"
                + "contexts:\n- name: mock\n  context:\n    cluster: mock\n    user: admin\n"
                + "users:\n- name: admin\n  user:\n    token: " + TOKEN + "\n");
        return KubeconfigContexts.load(file.toString(), Map.of(), dir.toString());
    }

    @Test
    void unauthorizedResponseEchoingTheTokenIsRedacted() throws Exception {
        server.expect().get().withPath("/api/v1/nodes?limit=500").andReturn(401, new StatusBuilder().withCode(401)
                .withStatus("Failure").withReason("Unauthorized")
                .withMessage("Unauthorized: invalid bearer token " + TOKEN).build()).always();
        String url = client.getConfiguration().getMasterUrl();

        try (LiveCluster cluster = LiveCluster.connect(kubeconfigFor(url), null, null)) {
            LiveException e = catchThrowableOfType(LiveException.class, () -> new LiveLoader(cluster).load(LoadProgress.NONE));

            assertThat(e.kind()).isEqualTo(LiveException.Kind.UNAUTHORIZED);
            assertThat(e.getMessage()).contains("401").doesNotContain(TOKEN);
            assertThat(stackTrace(e)).doesNotContain(TOKEN);
            RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        }
    }

    @Test
    void forbiddenMessageNamesNoToken() throws Exception {
        server.expect().get().withPath("/api/v1/nodes?limit=500").andReturn(403, new StatusBuilder().withCode(403)
                .withStatus("Failure").withReason("Forbidden")
                .withMessage("nodes is forbidden: User \"system:serviceaccount:x\" cannot list resource \"nodes\" (token "
                        + TOKEN + ")").build()).always();

        try (LiveCluster cluster = LiveCluster.connect(kubeconfigFor(client.getConfiguration().getMasterUrl()), null, null)) {
            LiveException e = catchThrowableOfType(LiveException.class, () -> new LiveLoader(cluster).load(LoadProgress.NONE));

            assertThat(e.kind()).isEqualTo(LiveException.Kind.FORBIDDEN);
            assertThat(e.getMessage()).contains("403", "cannot list resource").doesNotContain(TOKEN);
        }
    }

    @Test
    void refusedConnectionIsOneClearLineWithoutToken() throws Exception {
        try (LiveCluster cluster = LiveCluster.connect(kubeconfigFor("https://127.0.0.1:1"), null, null)) {
            LiveException e = catchThrowableOfType(LiveException.class, () -> new LiveLoader(cluster).load(LoadProgress.NONE));

            assertThat(e.kind()).isEqualTo(LiveException.Kind.CONNECTION);
            assertThat(e.getMessage()).contains("127.0.0.1:1").doesNotContain(TOKEN).doesNotContain("\n");
            assertThat(stackTrace(e)).doesNotContain(TOKEN);
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
