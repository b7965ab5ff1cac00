package io.dsstudio.cli;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code validate --live}: file validation plus the cluster's server-side dry run; connection problems exit 2. */
@EnableKubernetesMockClient
class ValidateLiveCommandTest {
    private static final String DS_PATH = "/apis/apps/v1/namespaces/kube-system/daemonsets/fluentd";
    private static final String MANIFEST = """
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: fluentd
            spec:
              selector:
                matchLabels: {app: fluentd}
              template:
                metadata:
                  labels: {app: fluentd}
                spec:
                  containers:
                  - name: fluentd
                    image: registry.example/fluentd:v1
            """;

    KubernetesClient client;
    KubernetesMockServer server;
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CliMain(new Output(new PrintWriter(out, true), new PrintWriter(err, true))).run(args);
    }

    private Path kubeconfig(String serverUrl) throws Exception {
        Path file = dir.resolve("kubeconfig");
        Files.writeString(file, "apiVersion: v1\nkind: Config\ncurrent-context: mock\n"
                + "clusters:\n- name: mock\n  cluster:\n    server: " + serverUrl + "\n    insecure-skip-tls-verify: true\n"
                + "contexts:\n- name: mock\n  context:\n    cluster: mock\n    user: admin\n"
                + "users:\n- name: admin\n  user:\n    token: cli-test-token-123456\n");
        return file;
    }

    private Path manifest() throws Exception {
        Path file = dir.resolve("fluentd.yaml");
        Files.writeString(file, MANIFEST);
        return file;
    }

    @Test
    void validateLiveAcceptedByServerExitsZeroAfterDryRunInChosenNamespace() throws Exception {
        server.expect().patch().withPath(DS_PATH + "?fieldManager=daemonset-studio&dryRun=All").andReturn(200,
                new DaemonSetBuilder().withNewMetadata().withName("fluentd").withNamespace("kube-system").endMetadata().build()).once();

        int code = run("validate", "--live", "--kubeconfig", kubeconfig(client.getConfiguration().getMasterUrl()).toString(),
                "--namespace", "kube-system", manifest().toString());

        assertThat(code).as(err.toString()).isZero();
        RecordedRequest version = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(version.getPath()).isEqualTo("/version");
        RecordedRequest dryRun = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(dryRun.getPath()).isEqualTo(DS_PATH + "?fieldManager=daemonset-studio&dryRun=All");
        assertThat(dryRun.getUtf8Body()).contains("\"namespace\":\"kube-system\"");
    }

    @Test
    void validateLiveShowsServerRejectionAtTheField() throws Exception {
        server.expect().patch().withPath(DS_PATH + "?fieldManager=daemonset-studio&dryRun=All").andReturn(422, new StatusBuilder()
                .withStatus("Failure").withCode(422).withReason("Invalid").withMessage("admission webhook denied the request")
                .withNewDetails().addNewCause().withField("spec.template.spec.containers[0].image").withReason("FieldValueInvalid")
                .withMessage("Invalid value: \"registry.example/fluentd:v1\": registry not allowed by policy").endCause()
                .endDetails().build()).once();
        Path file = manifest();

        int code = run("validate", "--live", "--kubeconfig", kubeconfig(client.getConfiguration().getMasterUrl()).toString(),
                "--namespace", "kube-system", file.toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        assertThat(err.toString()).contains(file + ":14:", "spec.template.spec.containers[0].image", "registry not allowed by policy");
    }

    @Test
    void validateLiveWithMissingKubeconfigExitsTwoWithOneLine() throws Exception {
        int code = run("validate", "--live", "--kubeconfig", dir.resolve("absent").toString(), manifest().toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().trim()).isEqualTo("error: kubeconfig not found: " + dir.resolve("absent"));
    }

    @Test
    void validateLiveWithUnknownContextExitsTwo() throws Exception {
        int code = run("validate", "--live", "--kubeconfig", kubeconfig(client.getConfiguration().getMasterUrl()).toString(),
                "--context", "prod", manifest().toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().trim()).isEqualTo("error: context \"prod\" not found in kubeconfig (known: mock)");
    }

    @Test
    void validateLiveWithRefusedConnectionExitsTwoWithoutToken() throws Exception {
        int code = run("validate", "--live", "--kubeconfig", kubeconfig("https://127.0.0.1:1").toString(), manifest().toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("error: cannot connect to the API server at https://127.0.0.1:1")
                .doesNotContain("cli-test-token-123456");
        assertThat(err.toString().trim().lines()).hasSize(1);
    }

    @Test
    void liveOptionsWithoutLiveAreAUsageError() throws Exception {
        int code = run("validate", "--context", "mock", manifest().toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("need --live");
    }
}
