package io.dsstudio.ui.cluster;

import io.dsstudio.cluster.ConnectionService;
import io.dsstudio.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The connect dialog's model over temp kubeconfigs (no server needed: listing contexts reads files only). */
class ConnectViewModelTest {
    @TempDir
    Path home;

    private final Messages messages = new Messages(Locale.ENGLISH);

    @Test
    void reloadListsContextsOfEveryKubeconfigFileAndSelectsTheCurrentOne() throws Exception {
        Path first = LiveFixtures.kubeconfig(home.resolve("a"), "https://127.0.0.1:6443");
        Path second = home.resolve("b/config");
        Files.createDirectories(second.getParent());
        Files.writeString(second, "apiVersion: v1\nkind: Config\ncurrent-context: prod\n"
                + "clusters:\n- name: prod-cluster\n  cluster:\n    server: https://prod.example:6443\n"
                + "contexts:\n- name: prod\n  context:\n    cluster: prod-cluster\n    user: ops\n"
                + "- name: mock\n  context:\n    cluster: prod-cluster\n    user: ops\n"
                + "users:\n- name: ops\n  user:\n    token: other-secret-token-xyz\n");
        ConnectionService service = new ConnectionService(Map.of("KUBECONFIG", first + File.pathSeparator + second,
                "DSSTUDIO_HOME", home.resolve("studio").toString()), home.toString());
        ConnectViewModel model = new ConnectViewModel(service, messages);

        model.reload();

        // merged as kubectl does: the first file wins for "mock" and for current-context
        assertThat(model.contexts()).extracting(ContextRow::name).containsExactly("mock", "staging", "prod");
        assertThat(model.contexts().get(0).server()).isEqualTo("https://127.0.0.1:6443");
        assertThat(model.contexts().get(0).current()).isTrue();
        assertThat(model.contexts().get(1).namespace()).isEqualTo("ops");
        assertThat(model.selectedProperty().get().name()).isEqualTo("mock");
        assertThat(model.chosenNamespace()).isNull();
        assertThat(model.filesProperty().get()).contains(first.toString(), second.toString());
        assertThat(model.contexts().toString()).doesNotContain(LiveFixtures.TOKEN, "other-secret-token-xyz");
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void readOnlyCheckboxMarksTheSelectedContextPersistently() throws Exception {
        Path config = LiveFixtures.kubeconfig(home.resolve("kube"), "https://127.0.0.1:6443");
        ConnectionService service = new ConnectionService(Map.of("DSSTUDIO_HOME", home.resolve("studio").toString()), home.toString());
        ConnectViewModel model = new ConnectViewModel(service, messages);
        model.kubeconfigPathProperty().set(config.toString());
        model.reload();
        model.selectedProperty().set(model.contexts().get(1));

        model.readOnlyProperty().set(true);

        assertThat(service.isReadOnly("staging")).isTrue();
        assertThat(service.isReadOnly("mock")).isFalse();
        assertThat(model.contexts().get(1).readOnly()).isTrue();
        ConnectViewModel reopened = new ConnectViewModel(service, messages);
        reopened.kubeconfigPathProperty().set(config.toString());
        reopened.reload();
        reopened.selectedProperty().set(reopened.contexts().get(1));
        assertThat(reopened.readOnlyProperty().get()).isTrue();
    }

    @Test
    void missingKubeconfigGivesAClearMessageAndNoContexts() {
        ConnectionService service = new ConnectionService(Map.of("KUBECONFIG", home.resolve("nope").toString()), home.toString());
        ConnectViewModel model = new ConnectViewModel(service, messages);

        model.reload();

        assertThat(model.contexts()).isEmpty();
        assertThat(model.canConnect()).isFalse();
        assertThat(model.errorProperty().get()).startsWith("Cannot read the kubeconfig:").contains("KUBECONFIG");
    }

    @Test
    void namespaceIsTrimmedAndBlankMeansAllNamespaces() {
        ConnectViewModel model = new ConnectViewModel(new ConnectionService(Map.of(), home.toString()), messages);
        model.namespaceProperty().set("  kube-system ");
        assertThat(model.chosenNamespace()).isEqualTo("kube-system");
        model.namespaceProperty().set("   ");
        assertThat(model.chosenNamespace()).isNull();
    }
}
