package io.dsstudio.app;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.ui.daemonsets.DaemonSetRow;
import io.dsstudio.ui.daemonsets.PlacementRow;
import io.dsstudio.ui.daemonsets.PlacementVerdict;
import io.dsstudio.ui.labels.BulkOperation;
import io.dsstudio.ui.nodemap.NodeMapView;
import io.dsstudio.ui.nodes.NodeRow;
import io.dsstudio.ui.whatif.ImpactRow;
import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** One headless flow per view, on the demo cluster, through the real composition root and a background executor. */
class MainWindowFxTest extends AppWindowTest {
    private static final String ARM_A = "ip-10-0-1-150.ec2.internal";
    private static final String ARM_C = "ip-10-0-3-150.ec2.internal";

    @Start
    void start(Stage stage) {
        show(stage, Locale.ENGLISH);
        stage.titleProperty().bind(context.mainModel().titleProperty());
        context.mainModel().openDemo();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        AppOnStage.waitUntil(condition);
    }

    private void waitForPlan() throws Exception {
        waitUntil(() -> context.state().planProperty().get() != null && !context.state().tasks().runningProperty().get());
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return (TableView<T>) robot.lookup(id).queryAs(TableView.class);
    }

    private static void showView(FxRobot robot, KeyCode digit) {
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ClusterNode node(String name) {
        return context.state().snapshotProperty().get().nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void nodesViewFiltersBySelector(FxRobot robot) throws Exception {
        waitForPlan();
        showView(robot, KeyCode.DIGIT2);
        TableView<NodeRow> nodes = table(robot, "#nodeTable");
        assertThat(nodes.getItems()).hasSize(20);
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
        robot.clickOn("#nodeFilter").write("!pool");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nodes.getItems()).extracting(NodeRow::name).containsExactlyInAnyOrder("ip-10-0-1-21.ec2.internal",
                "ip-10-0-2-34.ec2.internal", "ip-10-0-3-47.ec2.internal");
        TextField filter = robot.lookup("#nodeFilter").queryAs(TextField.class);
        // long selectors are set rather than typed: the robot types about one character per 100 ms under Monocle
        robot.interact(() -> filter.setText("pool=gpu,!nvidia.com/gpu.count"));
        assertThat(nodes.getItems()).extracting(NodeRow::name).containsExactly("ip-10-0-3-200.ec2.internal");
        robot.interact(() -> filter.setText("tier in (web"));
        assertThat(robot.lookup("#nodeFilterError").queryAs(Label.class).getText()).contains("tier in (web");
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("Demo cluster \u2013 DaemonSet Studio");
    }

    @Test
    void labelsViewBulkEditPreviewsCountsCommitsAndUndoes(FxRobot robot) throws Exception {
        waitForPlan();
        showView(robot, KeyCode.DIGIT2);
        TextField filter = robot.lookup("#nodeFilter").queryAs(TextField.class);
        robot.interact(() -> filter.setText("pool=arm64"));
        robot.clickOn("#selectShownButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot, "#nodeTable").getSelectionModel().getSelectedItems()).hasSize(2);
        showView(robot, KeyCode.DIGIT3);
        assertThat(robot.lookup("#selectionCount").queryAs(Label.class).getText()).isEqualTo("2 nodes selected");
        ChoiceBox<?> operation = robot.lookup("#bulkOperation").queryAs(ChoiceBox.class);
        robot.interact(() -> ((ChoiceBox<BulkOperation>) (ChoiceBox) operation).setValue(BulkOperation.REMOVE_LABEL));
        TextField key = robot.lookup("#bulkKey").queryAs(TextField.class);
        robot.clickOn(key).write("kub");
        robot.interact(() -> key.appendText("ernetes.io/os"));
        robot.clickOn("#previewButton");
        waitUntil(() -> context.state().previewProperty().get() != null);
        TableView<ImpactRow> impact = table(robot, "#impactTable");
        ImpactRow proxy = impact.getItems().stream().filter(r -> r.daemonSet().equals("kube-system/kube-proxy")).findFirst().orElseThrow();
        assertThat(proxy.deleteOn()).containsExactlyInAnyOrder(ARM_A, ARM_C);
        assertThat(proxy.before().desiredNumberScheduled()).isEqualTo(19);
        assertThat(proxy.after().desiredNumberScheduled()).isEqualTo(17);
        assertThat(robot.lookup("#impactTable .table-cell").match(c -> "19 \u2192 17".equals(((javafx.scene.control.Labeled) c).getText()))
                .tryQuery()).isPresent();

        robot.clickOn("#commitButton");
        waitForPlan();
        assertThat(node(ARM_A).labels()).doesNotContainKey("kubernetes.io/os");
        assertThat(((Stage) robot.window(0)).getTitle()).startsWith("*");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitForPlan();
        assertThat(node(ARM_A).labels()).containsEntry("kubernetes.io/os", "linux");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitForPlan();
        assertThat(node(ARM_A).labels()).doesNotContainKey("kubernetes.io/os");
    }

    @Test
    void daemonSetsViewExplainsANodesVerdict(FxRobot robot) throws Exception {
        waitForPlan();
        showView(robot, KeyCode.DIGIT4);
        TableView<DaemonSetRow> daemonSets = table(robot, "#daemonSetTable");
        assertThat(daemonSets.getItems()).hasSize(8);
        robot.clickOn(robot.lookup("#daemonSetTable .table-cell").match(c -> "fluent-bit".equals(((javafx.scene.control.Labeled) c).getText()))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<PlacementRow> matrix = table(robot, "#placementTable");
        assertThat(matrix.getItems()).hasSize(20);
        PlacementRow infra = matrix.getItems().stream().filter(r -> r.node().equals("ip-10-0-3-103.ec2.internal")).findFirst().orElseThrow();
        assertThat(infra.verdict()).isEqualTo(PlacementVerdict.RUNS_MISSCHEDULED);
        robot.interact(() -> matrix.scrollTo(infra)); // the table only makes cells for the rows it shows
        assertThat(robot.lookup("#placementTable .table-cell")
                .match(c -> String.valueOf(((javafx.scene.control.Labeled) c).getText()).contains("dedicated=infra:NoSchedule is not tolerated"))
                .tryQuery()).isPresent();
    }

    @Test
    void nodeMapClickSelectsTheNodeEverywhere(FxRobot robot) throws Exception {
        waitForPlan();
        showView(robot, KeyCode.DIGIT5);
        NodeMapView map = robot.lookup("#nodeMap").queryAs(NodeMapView.class);
        waitUntil(() -> map.getTiles().size() == 20);
        waitUntil(() -> map.getLayout().tiles().size() == 20);
        javafx.geometry.Bounds target = map.tileBounds(ARM_C);
        Point2D onScreen = map.localToScreen(target.getCenterX(), target.getCenterY());
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.state().selectedNodes()).containsExactly(ARM_C);
        showView(robot, KeyCode.DIGIT2);
        TableView<NodeRow> nodes = table(robot, "#nodeTable");
        assertThat(nodes.getSelectionModel().getSelectedItem().name()).isEqualTo(ARM_C);
        assertThat(robot.lookup("#nodeDetailName").queryAs(Label.class).getText()).isEqualTo(ARM_C);
    }

    @Test
    void screenshotsOfEveryViewAreWritten(FxRobot robot) throws Exception {
        waitForPlan();
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        robot.interact(() -> context.state().selectNodes(java.util.List.of(ARM_A, ARM_C)));
        robot.interact(() -> context.state().selectedDaemonSetProperty().set("logging/fluent-bit"));
        String[] names = {"nodes", "labels", "daemonsets", "map"};
        for (int view = 0; view < names.length; view++) {
            int index = view + 1;
            robot.interact(() -> context.mainModel().selectedViewProperty().set(index));
            if (view == 1) {
                robot.interact(() -> {
                    context.labelsModel().operationProperty().set(BulkOperation.ADD_TAINT);
                    context.labelsModel().keyProperty().set("maintenance");
                    context.labelsModel().valueProperty().set("true");
                    context.labelsModel().effectProperty().set("NoExecute");
                    context.labelsModel().stage();
                });
                waitUntil(() -> context.state().previewProperty().get() != null);
            }
            Path file = dir.resolve(names[view] + ".png");
            writePng(robot, file);
            assertThat(Files.size(file)).isGreaterThan(10_000);
        }
        robot.interact(() -> context.mainModel().toggleTheme());
        writePng(robot, dir.resolve("map-dark.png"));
        robot.interact(() -> context.mainModel().toggleTheme());
    }

    private void writePng(FxRobot robot, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(
                () -> context.mainView().root().snapshot(null, null)).get(10, TimeUnit.SECONDS);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    @Test
    void cancelStopsARunningTaskAndDropsItsResult(FxRobot robot) throws Exception {
        waitForPlan();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.List<Object> results = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> context.state().tasks().run("task.plan", progress -> {
            release.await(10, TimeUnit.SECONDS);
            return "late";
        }, results::add, results::add));
        assertThat(robot.lookup("#cancelTaskButton").queryButton().isVisible()).isTrue();
        robot.clickOn("#cancelTaskButton");
        release.countDown();
        waitUntil(() -> !context.state().tasks().runningProperty().get());
        assertThat(results).isEmpty();
        assertThat(robot.lookup("#cancelTaskButton").queryButton().isVisible()).isFalse();
    }

    @Test
    void helpListsKeyboardShortcuts(FxRobot robot) throws Exception {
        waitForPlan();
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcutsGrid .label").match(l -> "Undo".equals(((Label) l).getText())).tryQuery()).isPresent();
        // every key is shown whole ("Ctrl+S…" could be five shortcuts), and no action is cut
        javafx.scene.Node grid = robot.lookup("#shortcutsGrid").query();
        java.util.List<String> elided = new java.util.ArrayList<>();
        robot.interact(() -> elided.addAll(ElidedText.withoutTooltip(grid)));
        assertThat(elided).isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
