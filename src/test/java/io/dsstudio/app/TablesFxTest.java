package io.dsstudio.app;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.ui.common.NodeStatus;
import io.dsstudio.ui.common.Styles;
import io.dsstudio.ui.daemonsets.PlacementRow;
import io.dsstudio.ui.daemonsets.PlacementVerdict;
import io.dsstudio.ui.editor.DaemonSetTemplate;
import io.dsstudio.ui.editor.EditorViewModel;
import io.dsstudio.ui.labels.LabelValueRow;
import io.dsstudio.ui.nodes.NodeRow;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The tables and the status bar of the main window at the default window size (1,280×800), on the demo cluster. */
class TablesFxTest extends AppWindowTest {
    private static final String NOT_READY_NODE = "ip-10-0-3-104.ec2.internal";

    @Start
    void start(Stage stage) {
        show(stage, Locale.ENGLISH, 1280, 800);
        context.mainModel().openDemo();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return (TableView<T>) robot.lookup(id).queryAs(TableView.class);
    }

    private void showView(FxRobot robot, int view) {
        robot.interact(() -> context.mainModel().selectedViewProperty().set(view));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String dsKey(String name) {
        return context.state().snapshotProperty().get().daemonSets().stream().filter(d -> d.meta().name().equals(name))
                .map(DaemonSet::key).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <R> TableRow<R> rowOf(TableView<R> table, R item) {
        return (TableRow<R>) table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> row && item.equals(row.getItem())).findFirst().orElseThrow();
    }

    private static <R> TableCell<?, ?> cellOf(TableRow<R> row, String columnId) {
        return row.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())).findFirst().orElseThrow();
    }

    @Test
    void placementRowsOfAnotherDaemonSetArriveSortedAsTheHeaderShows(FxRobot robot) throws Exception {
        waitIdle();
        showView(robot, io.dsstudio.ui.main.MainView.DAEMONSETS);
        robot.interact(() -> context.state().selectedDaemonSetProperty().set(dsKey("kube-proxy")));
        TableView<PlacementRow> placement = table(robot, "#placementTable");
        TableColumn<PlacementRow, ?> node = placement.getColumns().stream().filter(c -> "placementNode".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            node.setSortType(TableColumn.SortType.DESCENDING);
            placement.getSortOrder().setAll(List.of(node));
        });

        robot.interact(() -> context.state().selectedDaemonSetProperty().set(dsKey("fluent-bit")));
        AppOnStage.waitUntil(() -> !placement.getItems().isEmpty());

        assertThat(placement.getSortOrder()).containsExactly(node);
        List<String> shown = placement.getItems().stream().map(PlacementRow::node).toList();
        assertThat(shown).as("rows sorted as the ▼ on the Node header says").isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void verdictOnTheSelectedRowIsAsReadableAsElsewhere(FxRobot robot) throws Exception {
        waitIdle();
        showView(robot, io.dsstudio.ui.main.MainView.DAEMONSETS);
        robot.interact(() -> context.state().selectedDaemonSetProperty().set(dsKey("nvidia-device-plugin")));
        TableView<PlacementRow> placement = table(robot, "#placementTable");
        AppOnStage.waitUntil(() -> placement.getItems().stream().anyMatch(r -> r.verdict() == PlacementVerdict.EXCLUDED));
        PlacementRow excluded = placement.getItems().stream().filter(r -> r.verdict() == PlacementVerdict.EXCLUDED).findFirst().orElseThrow();
        robot.interact(() -> {
            placement.requestFocus();
            placement.scrollTo(excluded);
            placement.getSelectionModel().select(excluded);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<PlacementRow> row = rowOf(placement, excluded);
        assertThat(row.isSelected()).isTrue();
        TableCell<?, ?> verdict = cellOf(row, "placementVerdict");
        double contrast = contrast((Color) verdict.getTextFill(), backgroundBehind(verdict, row));
        assertThat(contrast).as("the grey Excluded on the selected row, contrast ratio").isGreaterThanOrEqualTo(4.5);
    }

    /** The colour behind a cell's text: its own last opaque fill, else its row's. */
    private static Color backgroundBehind(Region cell, Region row) {
        return lastFill(cell.getBackground()).or(() -> lastFill(row.getBackground())).orElse(Color.WHITE);
    }

    private static Optional<Color> lastFill(Background background) {
        if (background == null) {
            return Optional.empty();
        }
        List<BackgroundFill> fills = new ArrayList<>(background.getFills());
        java.util.Collections.reverse(fills);
        return fills.stream().map(BackgroundFill::getFill).filter(Color.class::isInstance).map(Color.class::cast)
                .filter(c -> c.getOpacity() > 0.5).findFirst();
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    @Test
    void notReadyNodesAndNodesWithMoreDaemonPodsThanExpectedStandOutWithAnIcon(FxRobot robot) throws Exception {
        waitIdle();
        showView(robot, io.dsstudio.ui.main.MainView.NODES);
        TableView<NodeRow> nodes = table(robot, "#nodeTable");
        NodeRow notReady = nodes.getItems().stream().filter(r -> r.name().equals(NOT_READY_NODE)).findFirst().orElseThrow();
        assertThat(notReady.status()).isEqualTo(NodeStatus.NOT_READY);
        NodeRow excess = nodes.getItems().stream().filter(r -> r.runningDaemonPods() > r.expectedDaemonPods()).findFirst().orElseThrow();
        NodeRow normal = nodes.getItems().stream().filter(r -> r.status() == NodeStatus.READY
                && r.runningDaemonPods() == r.expectedDaemonPods()).findFirst().orElseThrow();

        robot.interact(() -> nodes.scrollTo(notReady));
        TableRow<NodeRow> notReadyRow = rowOf(nodes, notReady);
        assertThat(notReadyRow.getStyleClass()).contains(Styles.ROW_NOT_READY);
        assertThat(cellOf(notReadyRow, "colStatus").getGraphic()).isInstanceOf(FontIcon.class);
        assertThat(((TableCell<?, ?>) cellOf(notReadyRow, "colStatus")).getText()).isEqualTo("NotReady");

        robot.interact(() -> nodes.scrollTo(excess));
        TableRow<NodeRow> excessRow = rowOf(nodes, excess);
        assertThat(excessRow.getStyleClass()).contains(Styles.ROW_EXCESS_PODS);
        assertThat(cellOf(excessRow, "colDaemonPods").getGraphic()).isInstanceOf(FontIcon.class);

        robot.interact(() -> nodes.scrollTo(normal));
        TableRow<NodeRow> normalRow = rowOf(nodes, normal);
        assertThat(normalRow.getStyleClass()).doesNotContain(Styles.ROW_NOT_READY, Styles.ROW_EXCESS_PODS);
        assertThat(cellOf(normalRow, "colStatus").getGraphic()).isNull();
    }

    @Test
    void anInvalidFilterSaysWhyWhereTheRowsWouldBe(FxRobot robot) throws Exception {
        waitIdle();
        showView(robot, io.dsstudio.ui.main.MainView.NODES);
        TableView<NodeRow> nodes = table(robot, "#nodeTable");
        TextField filter = robot.lookup("#nodeFilter").queryAs(TextField.class);
        robot.interact(() -> filter.setText("tier in (web"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(nodes.getItems()).extracting(NodeRow::name).isEmpty();
        assertThat(nodes.getPlaceholder()).isInstanceOf(Label.class);
        Label placeholder = (Label) nodes.getPlaceholder();
        assertThat(placeholder.isVisible()).isTrue();
        assertThat(placeholder.getText()).startsWith("\u201ctier in (web\u201d is not a label selector.");

        robot.interact(() -> filter.setText("no-such-node"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) nodes.getPlaceholder()).getText()).isEqualTo("No node matches \u201cno-such-node\u201d.");
    }

    @Test
    void daemonPodsColumnIsInSightAtTheDefaultWindowSize(FxRobot robot) throws Exception {
        waitIdle();
        showView(robot, io.dsstudio.ui.main.MainView.NODES);
        TableView<NodeRow> nodes = table(robot, "#nodeTable");
        Node header = nodes.lookupAll(".column-header").stream().filter(h -> "colDaemonPods".equals(h.getId())).findFirst().orElseThrow();
        Bounds column = header.localToScene(header.getBoundsInLocal());
        Bounds table = nodes.localToScene(nodes.getBoundsInLocal());
        assertThat(column.getMinX()).isGreaterThanOrEqualTo(table.getMinX());
        assertThat(column.getMaxX()).as("right edge of the Daemon pods header within the table").isLessThanOrEqualTo(table.getMaxX());
    }

    @Test
    void labelsListAKeyWithOneValuePerNodeInOneRow(FxRobot robot) throws Exception {
        waitIdle();
        showView(robot, io.dsstudio.ui.main.MainView.LABELS);
        TableView<LabelValueRow> labels = table(robot, "#labelTable");
        List<LabelValueRow> hostname = labels.getItems().stream().filter(r -> r.key().equals("kubernetes.io/hostname")).toList();
        assertThat(hostname).hasSize(1);
        assertThat(hostname.get(0).nodeCount()).isEqualTo(20);
        robot.interact(() -> labels.scrollTo(hostname.get(0)));
        TableRow<LabelValueRow> row = rowOf(labels, hostname.get(0));
        assertThat(((TableCell<?, ?>) cellOf(row, "labelValue")).getText()).isEqualTo("20 values, one per node");

        robot.interact(() -> labels.getSelectionModel().select(hostname.get(0)));
        assertThat(context.state().selectedNodes()).hasSize(20);
    }

    @Test
    void statusBarCountsFollowANewDaemonSetAndTheNodeFilter(FxRobot robot) throws Exception {
        waitIdle();
        Label counts = robot.lookup("#statusCounts").queryAs(Label.class);
        assertThat(counts.getText()).startsWith("20 nodes \u00b7 8 DaemonSets \u00b7 ");

        robot.interact(() -> context.editorTabs().openNew(DaemonSetTemplate.ALL_NODES));
        EditorViewModel editor = context.editorTabs().selected().orElseThrow();
        AppOnStage.waitUntil(() -> editor.analysisProperty().get() != null);
        robot.interact(editor::apply);
        AppOnStage.waitUntil(() -> !editor.busyProperty().get() && context.state().snapshotProperty().get().daemonSets().size() == 9);
        waitIdle();
        assertThat(counts.getText()).startsWith("20 nodes \u00b7 9 DaemonSets \u00b7 ");

        robot.interact(() -> robot.lookup("#nodeFilter").queryAs(TextField.class).setText("kubernetes.io/arch=arm64"));
        WaitForAsyncUtils.waitForFxEvents();
        int shown = table(robot, "#nodeTable").getItems().size();
        assertThat(shown).isBetween(1, 19);
        assertThat(counts.getText()).startsWith(shown + " of 20 nodes \u00b7 9 DaemonSets");
        Label status = robot.lookup("#statusText").queryAs(Label.class);
        assertThat(status.getText()).doesNotContain("8 DaemonSets");
    }
}
