package io.dsstudio.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dsstudio.cli.CliMain;
import io.dsstudio.cli.Output;
import io.dsstudio.fixtures.PendingRollout;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.main.MainView;
import io.dsstudio.ui.nodemap.NodeMapView;
import io.dsstudio.ui.nodes.NodeRow;
import io.dsstudio.ui.rollout.RolloutDockViewModel;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollout dock under the map in the real window at 1,280 × 800: the forecast before the first step (healthy,
 * and blocked by Unknown nodes, which the map marks), Step and Run to end moving the progress bar and adding one
 * summary per sync, the chart against {@code dsstudio apply --steps}, Stop, and Enter on a tile.
 */
class RolloutDockFxTest extends AppWindowTest {
    @TempDir
    Path files;

    @Start
    void start(Stage stage) {
        show(stage, Locale.ENGLISH, 1280, 800);
    }

    private RolloutDockViewModel dock() {
        return context.rolloutModel();
    }

    private boolean idle() {
        return context.state().planProperty().get() != null && !context.state().tasks().runningProperty().get()
                && !context.state().commands().runningProperty().get();
    }

    /** Opens the file, shows the map on the agent DaemonSet and waits for the dock's forecast. */
    private void openOnMap(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> context.mainModel().open(file));
        AppOnStage.waitUntil(() -> idle() && context.state().snapshotProperty().get().nodes().size() > 0);
        robot.interact(() -> {
            context.mainModel().selectedViewProperty().set(MainView.MAP);
            context.mapModel().daemonSetProperty().set(PendingRollout.AGENT);
        });
        // the dock follows the map's DaemonSet after the map's frame: its title names it once it has
        AppOnStage.waitUntil(() -> idle() && dock().titleProperty().get().contains(PendingRollout.AGENT)
                && !text(robot, "#rolloutForecast").isEmpty()
                && !text(robot, "#rolloutForecast").equals("Forecasting…") && dock().canStepProperty().get());
    }

    /** Clicks a dock button once it is enabled (the background checks that enable it may still be running). */
    private static void click(FxRobot robot, String query) throws Exception {
        Button button = robot.lookup(query).queryAs(Button.class);
        AppOnStage.waitUntil(() -> !button.isDisabled());
        robot.clickOn(button);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private ListView<?> syncs(FxRobot robot) {
        return robot.lookup("#rolloutSyncs").queryAs(ListView.class);
    }

    private double progress(FxRobot robot) {
        return robot.lookup("#rolloutProgress").queryAs(ProgressBar.class).getProgress();
    }

    @Test
    void aHealthyRolloutIsForecastInWavesWithoutBlockers(FxRobot robot) throws Exception {
        openOnMap(robot, PendingRollout.nodes(8, "node-%03d").maxUnavailable("2").write(files));
        assertThat(text(robot, "#rolloutForecast")).isEqualTo("4 waves replacing 8 pods, about 48 s (12 s per pod, measured in the snapshot).");
        assertThat(robot.lookup("#rolloutBlocked").queryAs(Label.class).isVisible()).isFalse();
        assertThat(dock().unblock()).isEmpty();
        assertThat(robot.lookup("#nodeMap").queryAs(NodeMapView.class).getMarked()).isEmpty();
        assertThat(text(robot, "#rolloutProgressText")).isEqualTo("0/8 updated");
        assertThat(robot.lookup("#rolloutDock").queryAs(javafx.scene.control.TitledPane.class).getText()).isEqualTo("Rollout of kube-system/agent");
    }

    @Test
    void unknownNodesUnderMaxUnavailableOneBlockTheRolloutAndTheMapMarksThem(FxRobot robot) throws Exception {
        openOnMap(robot, PendingRollout.nodes(10, "node-%03d").unknown(Set.of("node-003", "node-007")).maxUnavailable("1").write(files));
        assertThat(text(robot, "#rolloutBlocked")).isEqualTo("Blocked by 2 nodes: node-003, node-007");
        assertThat(text(robot, "#rolloutForecast")).startsWith("1 wave replacing 2 pods, then it blocks after about 12 s");
        assertThat(dock().unblock()).hasSize(2);
        assertThat(dock().unblock().get(0)).startsWith("Unknown nodes node-003, node-007: bring them back");
        assertThat(dock().unblock().get(1)).isEqualTo("Or raise maxUnavailable (now 1) above 2 so the other nodes roll on meanwhile.");
        NodeMapView map = robot.lookup("#nodeMap").queryAs(NodeMapView.class);
        assertThat(map.getMarked()).containsExactly("node-003", "node-007");
        assertThat(robot.lookup("#mapLegend .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Blocks the rollout (outlined) 2");
        assertThat(ElidedText.withoutTooltip(robot.lookup("#rolloutDock").query())).isEmpty();
    }

    @Test
    void stepAndRunToEndMoveTheProgressAndTheChartMatchesApplySteps(FxRobot robot) throws Exception {
        Path file = PendingRollout.nodes(8, "node-%03d").maxUnavailable("2").write(files);
        openOnMap(robot, file);
        assertThat(syncs(robot).getItems()).isEmpty();
        click(robot, "#rolloutStep");
        AppOnStage.waitUntil(() -> syncs(robot).getItems().size() == 1 && idle());
        assertThat(syncs(robot).getItems().get(0)).isEqualTo("sync 1: 2 deleted, 0 created; 0/8 updated");
        AppOnStage.waitUntil(() -> dock().canStepProperty().get() && idle());
        click(robot, "#rolloutStep");
        AppOnStage.waitUntil(() -> syncs(robot).getItems().size() == 2 && idle() && progress(robot) > 0);
        assertThat(progress(robot)).isEqualTo(2 / 8.0);
        assertThat(text(robot, "#rolloutProgressText")).isEqualTo("2/8 updated");

        AppOnStage.waitUntil(() -> dock().canStepProperty().get() && idle());
        click(robot, "#rolloutRun");
        AppOnStage.waitUntil(() -> !dock().runningProperty().get() && idle() && progress(robot) == 1.0);
        int total = syncs(robot).getItems().size();
        assertThat(total).isGreaterThan(4);
        assertThat(text(robot, "#rolloutProgressText")).isEqualTo("8/8 updated");
        assertThat(text(robot, "#rolloutMessage")).startsWith("Done after " + (total - 2) + " controller syncs");
        assertThat(robot.lookup("#rolloutRun").queryAs(Button.class).isDisabled()).isTrue();

        List<int[]> chart = chartSeries(robot);
        List<int[]> cli = applySteps(file, total);
        assertThat(chart).hasSize(total);
        for (int i = 0; i < total; i++) {
            assertThat(chart.get(i)).as("sync %d: updated, available, unavailable", i + 1).containsExactly(cli.get(i));
        }

        // the run is one undo step: undo goes back to the two steps, whose summaries come back alone
        robot.interact(() -> context.state().undo());
        AppOnStage.waitUntil(() -> syncs(robot).getItems().size() == 2 && idle());
        assertThat(chartSeries(robot)).hasSize(2);
    }

    @Test
    void stopEndsARunAfterTheSyncBeingComputed(FxRobot robot) throws Exception {
        openOnMap(robot, PendingRollout.nodes(40, "node-%03d").maxUnavailable("1").write(files));
        click(robot, "#rolloutRun");
        AppOnStage.waitUntil(() -> syncs(robot).getItems().size() >= 2);
        click(robot, "#rolloutStop");
        AppOnStage.waitUntil(() -> !dock().runningProperty().get() && idle());
        int stoppedAt = syncs(robot).getItems().size();
        assertThat(stoppedAt).isLessThan(40);
        assertThat(text(robot, "#rolloutMessage")).startsWith("Stopped after " + stoppedAt + " controller syncs");
        assertThat(dock().canStepProperty().get()).isTrue();
        AppOnStage.waitUntil(() -> !robot.lookup("#rolloutRun").queryAs(Button.class).isDisabled());
        assertThat(syncs(robot).getItems()).hasSize(stoppedAt);
        assertThat(progress(robot)).isLessThan(1.0);
    }

    @Test
    void theMapTabWithTheDockElidesNoTextWithoutATooltipAtTheDefaultWindowSize(FxRobot robot) throws Exception {
        robot.interact(() -> context.mainModel().openDemo());
        AppOnStage.waitUntil(() -> idle() && context.state().snapshotProperty().get().nodes().size() > 0);
        robot.interact(() -> {
            context.mainModel().selectedViewProperty().set(MainView.MAP);
            context.mapModel().daemonSetProperty().set("monitoring/node-exporter");
        });
        AppOnStage.waitUntil(() -> idle() && !dock().blockers().isEmpty() && dock().canStepProperty().get()
                && dock().titleProperty().get().contains("monitoring/node-exporter"));
        click(robot, "#rolloutStep");
        AppOnStage.waitUntil(() -> syncs(robot).getItems().size() == 1 && idle());
        List<String> elided = new ArrayList<>();
        robot.interact(() -> elided.addAll(ElidedText.withoutTooltip(context.mainView().root())));
        assertThat(elided).as("elided text without a tooltip carrying it").isEmpty();
    }

    @Test
    void enterOnAFocusedTileSelectsTheNodeInTheNodesView(FxRobot robot) throws Exception {
        openOnMap(robot, PendingRollout.nodes(8, "node-%03d").maxUnavailable("2").write(files));
        NodeMapView map = robot.lookup("#nodeMap").queryAs(NodeMapView.class);
        robot.clickOn(map.localToScreen(map.tileBounds("node-001").getCenterX(), map.tileBounds("node-001").getCenterY()));
        String next = map.getLayout().neighbour("node-001", io.dsstudio.ui.nodemap.NodeMapLayout.Direction.RIGHT);
        robot.type(KeyCode.RIGHT);
        assertThat(map.getFocusedNode()).isEqualTo(next);
        robot.type(KeyCode.ENTER);
        AppOnStage.waitUntil(() -> context.mainModel().selectedViewProperty().get() == MainView.NODES);
        @SuppressWarnings("unchecked")
        TableView<NodeRow> table = robot.lookup("#nodeTable").queryAs(TableView.class);
        AppOnStage.waitUntil(() -> table.getSelectionModel().getSelectedItems().size() == 1);
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo(next);
        assertThat(context.state().selectedNodes()).containsExactly(next);
    }

    /** The chart's three series, per sync: updated, available, unavailable. */
    @SuppressWarnings("unchecked")
    private static List<int[]> chartSeries(FxRobot robot) {
        LineChart<Number, Number> chart = robot.lookup("#rolloutChart").queryAs(LineChart.class);
        List<XYChart.Series<Number, Number>> series = chart.getData();
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < series.get(0).getData().size(); i++) {
            out.add(new int[] {series.get(0).getData().get(i).getYValue().intValue(),
                    series.get(1).getData().get(i).getYValue().intValue(), series.get(2).getData().get(i).getYValue().intValue()});
        }
        return out;
    }

    /** {@code dsstudio apply --steps N -o json} on the same file at the app's clock: the agent's status per sync. */
    private List<int[]> applySteps(Path file, int steps) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CliMain(new Output(new PrintWriter(out), new PrintWriter(err))).run(new String[] {"apply", "--steps",
                String.valueOf(steps), "-o", "json", "--now", TestStudio.CLOCK.instant().toString(), "--out",
                files.resolve("applied").toString(), file.toString()});
        assertThat(code).as(err.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        List<int[]> rows = new ArrayList<>();
        for (JsonNode sync : report.get("syncs")) {
            for (JsonNode ds : sync.get("daemonSets")) {
                if ((ds.get("namespace").asText() + "/" + ds.get("name").asText()).equals(PendingRollout.AGENT)) {
                    rows.add(new int[] {ds.get("updatedNumberScheduled").asInt(), ds.get("numberAvailable").asInt(),
                            ds.get("numberUnavailable").asInt()});
                }
            }
        }
        return rows;
    }
}
