package io.dsstudio.ui.cluster;

import io.dsstudio.app.AppContext;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.nodes.NodeRow;
import io.dsstudio.workspace.LabelEdit;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless flow: File ▸ Connect to Cluster…, pick a context of a temp kubeconfig pointing at the CRUD mock, connect. */
@ExtendWith(ApplicationExtension.class)
@EnableKubernetesMockClient(crud = true)
class ConnectFlowFxTest {
    KubernetesClient client;
    @TempDir
    Path home;

    private AppContext context;
    private ExecutorService executor;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-task");
            t.setDaemon(true);
            return t;
        });
        context = new AppContext(home.resolve("app"), TestStudio.CLOCK, executor, Locale.ENGLISH,
                Map.of("KUBECONFIG", home.resolve("kube/config").toString(), "DSSTUDIO_HOME", home.resolve("studio").toString()),
                home.toString(), Platform::runLater);
        Scene scene = new Scene(context.mainView().root(), 1400, 900);
        stage.setScene(scene);
        stage.titleProperty().bind(context.mainModel().titleProperty());
        stage.show();
    }

    @AfterEach
    void tearDown() {
        context.close();
        executor.shutdownNow();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void connectDialogPicksAContextAndTheMainWindowShowsTheLiveNodes(FxRobot robot) throws Exception {
        LiveFixtures.createGenerated(client, 6, 3, 11L);
        // the kubeconfig's current context is an unreachable "staging": the user picks "mock"
        LiveFixtures.kubeconfig(home.resolve("kube"), client.getConfiguration().getMasterUrl(), "staging");
        Label status = robot.lookup("#connectionStatus").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("Not connected");
        assertThat(robot.lookup("#applyLiveWrapper").query().isVisible()).isFalse();

        robot.clickOn("File");
        robot.clickOn("#menuConnect");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ContextRow> contexts = robot.lookup("#contextTable").queryAs(TableView.class);
        assertThat(contexts.getItems()).extracting(ContextRow::name).containsExactly("mock", "staging");
        assertThat(contexts.getSelectionModel().getSelectedItem().name()).isEqualTo("staging");
        Node mockCell = robot.from(contexts).lookup(".table-cell")
                .match(c -> c instanceof Labeled l && "mock".equals(l.getText())).query();
        robot.clickOn(mockCell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(contexts.getSelectionModel().getSelectedItem().name()).isEqualTo("mock");
        robot.clickOn("#connectButton");
        // the user looks at the Nodes view (the overview is the first view; hidden tables catch up when shown)
        robot.interact(() -> context.mainModel().selectedViewProperty().set(io.dsstudio.ui.main.MainView.NODES));

        TableView<NodeRow> nodes = robot.lookup("#nodeTable").queryAs(TableView.class);
        waitUntil(() -> nodes.getItems().size() == 6 && status.getText().startsWith("Connected: mock"));
        assertThat(status.getText()).isEqualTo("Connected: mock (all namespaces)");
        assertThat(stage.getTitle()).isEqualTo("Live: mock \u2013 DaemonSet Studio");
        assertThat(robot.lookup("#applyLiveWrapper").query().isVisible()).isTrue();
        assertThat(robot.lookup("#applyLiveButton").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#liveMessage").queryAs(Label.class).getText()).startsWith("Live state of mock: 6 nodes, 3 DaemonSets");
    }

    @Test
    @SuppressWarnings("unchecked")
    void applyDryRunsConfirmsNamingTheContextAndShowsPerObjectResults(FxRobot robot) throws Exception {
        LiveFixtures.createGenerated(client, 4, 2, 3L);
        LiveFixtures.kubeconfig(home.resolve("kube"), client.getConfiguration().getMasterUrl(), "mock");
        robot.interact(() -> context.liveControls().showConnectDialog());
        robot.clickOn("#connectButton");
        waitUntil(() -> context.liveModel().liveProperty().get() && context.state().planProperty().get() != null
                && !context.state().tasks().runningProperty().get());
        String node = context.state().snapshotProperty().get().nodes().get(0).name();
        robot.interact(() -> context.state().stage(LabelEdit.set(Set.of(node), "tier", "gold")));
        waitUntil(() -> context.state().previewProperty().get() != null);
        robot.interact(() -> context.state().commit());
        waitUntil(() -> context.liveApplyModel().canApplyProperty().get());

        robot.clickOn("#applyLiveButton");
        waitUntil(() -> robot.lookup("#applyConfirmDialog").tryQuery().isPresent());
        DialogPane confirm = robot.lookup("#applyConfirmDialog").queryAs(DialogPane.class);
        assertThat(confirm.getHeaderText()).isEqualTo("Change the live cluster of context mock?");
        assertThat(confirm.getContentText()).contains("Apply 1 change to context mock (cluster mock-cluster at "
                + client.getConfiguration().getMasterUrl(), "Node " + node + ": set labels {tier=gold}");
        robot.clickOn("Apply");

        waitUntil(() -> robot.lookup("#applyResultsTable").tryQuery().isPresent());
        TableView<ApplyResultRow> results = robot.lookup("#applyResultsTable").queryAs(TableView.class);
        assertThat(results.getItems()).extracting(ApplyResultRow::outcomeText).containsExactly("Changed");
        assertThat(client.nodes().withName(node).get().getMetadata().getLabels()).containsEntry("tier", "gold");
        waitUntil(() -> "gold".equals(context.state().snapshotProperty().get().nodes().stream()
                .filter(n -> n.name().equals(node)).findFirst().orElseThrow().labels().get("tier")));
        assertThat(context.state().dirtyProperty().get()).isFalse();
    }
}
