package io.dsstudio.cluster;

import io.fabric8.kubernetes.client.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KubeconfigContextsTest {
    @TempDir
    Path dir;

    static String kubeconfig(String current, String context, String cluster, String server, String user, String namespace,
                             String userBody) {
        return "apiVersion: v1\nkind: Config\n"
                + (current == null ? "" : "current-context: " + current + "\n")
                + "clusters:\n- name: " + cluster + "\n  cluster:\n    server: " + server + "\n    certificate-authority: certs/ca.crt\n"
                + "contexts:\n- name: " + context + "\n  context:\n    cluster: " + cluster + "\n    user: " + user + "\n"
                + (namespace == null ? "" : "    namespace: " + namespace + "\n")
                + "users:\n- name: " + user + "\n  user:\n" + userBody;
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void loadMergesKubeconfigFilesInOrderAsKubectlDoes() throws IOException {
        Path first = write("a/config", kubeconfig("dev", "dev", "dev-cluster", "https://dev.example:6443", "dev-user", "team-a",
                "    token: dev-token-0123456789\n"));
        Path second = write("b/config", kubeconfig("prod", "prod", "prod-cluster", "https://prod.example:6443", "prod-user", null,
                "    token: prod-token-0123456789\n"));

        KubeconfigContexts kc = KubeconfigContexts.load(null, Map.of("KUBECONFIG", first + File.pathSeparator + second), "/nonexistent");

        assertThat(kc.contexts()).extracting(ContextInfo::name).containsExactly("dev", "prod");
        assertThat(kc.current()).map(ContextInfo::name).contains("dev");
        assertThat(kc.find("prod")).get().satisfies(c -> {
            assertThat(c.server()).isEqualTo("https://prod.example:6443");
            assertThat(c.namespace()).isNull();
        });
        assertThat(kc.find("dev")).get().extracting(ContextInfo::namespace).isEqualTo("team-a");
    }

    @Test
    void clientConfigFollowsTheContextAndResolvesRelativeCertificatePaths() throws IOException {
        Path second = write("b/config", kubeconfig("prod", "prod", "prod-cluster", "https://prod.example:6443", "prod-user",
                "ops", "    token: prod-token-0123456789\n"));
        KubeconfigContexts kc = KubeconfigContexts.load(second.toString(), Map.of(), "/nonexistent");

        Config config = kc.clientConfig(kc.resolve("prod"));

        assertThat(config.getMasterUrl()).isEqualTo("https://prod.example:6443/");
        assertThat(config.getNamespace()).isEqualTo("ops");
        assertThat(config.isTrustCerts()).isFalse();
        assertThat(config.getCaCertFile()).isEqualTo(dir.resolve("b/certs/ca.crt").toString());
    }

    @Test
    void loadFallsBackToHomeKubeConfig() throws IOException {
        write("home/.kube/config", kubeconfig("dev", "dev", "c", "https://h:6443", "u", null, "    token: abcdefghijkl\n"));

        KubeconfigContexts kc = KubeconfigContexts.load(null, Map.of(), dir.resolve("home").toString());

        assertThat(kc.files()).containsExactly(dir.resolve("home/.kube/config"));
    }

    @Test
    void resolveUnknownContextFailsWithOneLineNamingKnownContexts() throws IOException {
        Path file = write("config", kubeconfig("dev", "dev", "c", "https://h:6443", "u", null, "    token: abcdefghijkl\n"));
        KubeconfigContexts kc = KubeconfigContexts.load(file.toString(), Map.of(), "/nonexistent");

        assertThatThrownBy(() -> kc.resolve("staging")).isInstanceOfSatisfying(LiveException.class, e -> {
            assertThat(e.kind()).isEqualTo(LiveException.Kind.CONFIG);
            assertThat(e.getMessage()).isEqualTo("context \"staging\" not found in kubeconfig (known: dev)");
        });
    }

    @Test
    void loadMissingKubeconfigFailsWithOneLine() {
        assertThatThrownBy(() -> KubeconfigContexts.load(dir.resolve("nope").toString(), Map.of(), "/x"))
                .isInstanceOf(LiveException.class).hasMessage("kubeconfig not found: " + dir.resolve("nope"));
        assertThatThrownBy(() -> KubeconfigContexts.load(null, Map.of(), dir.toString()))
                .isInstanceOf(LiveException.class).hasMessageContaining("no kubeconfig found");
    }

    @Test
    void redactorKnowsEveryCredentialOfTheKubeconfig() throws IOException {
        Path file = write("config", kubeconfig("dev", "dev", "c", "https://h:6443", "u", null,
                "    token: tok-0123456789abcdef\n    client-key-data: S0VZLWRhdGEtc2VjcmV0\n"));

        SecretRedactor redactor = KubeconfigContexts.load(file.toString(), Map.of(), "/x").redactor();

        assertThat(redactor.redact("sent tok-0123456789abcdef and S0VZLWRhdGEtc2VjcmV0"))
                .doesNotContain("tok-0123456789abcdef").doesNotContain("S0VZLWRhdGEtc2VjcmV0");
    }
}
