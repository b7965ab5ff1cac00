package io.dsstudio.app;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.ui.daemonsets.DaemonSetRow;
import io.dsstudio.ui.main.MainView;
import io.dsstudio.ui.nodes.NodeRow;
import io.dsstudio.workspace.Preferences;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the view shown at start is built before the window's first frame; every other view is built when first
 * shown, by a shortcut, the palette or code, and then shows what was chosen before it existed.
 */
class LazyViewsFxTest extends AppWindowTest {
    @TempDir
    Path otherHome;

    private final List<AppOnStage> others = new ArrayList<>();

    @Start
    void start(Stage stage) {
        show(stage, Locale.ENGLISH);
        context.mainModel().openDemo();
    }

    @AfterEach
    void closeOtherWindows() {
        others.forEach(AppOnStage::close);
    }

    private void waitForPlan(AppContext c) throws Exception {
        AppOnStage.waitUntil(() -> c.state().planProperty().get() != null && !c.state().tasks().runningProperty().get());
    }

    private static List<Integer> built(AppContext c) {
        return IntStream.rangeClosed(MainView.OVERVIEW, MainView.MAP).filter(c.mainView()::isBuilt).boxed().toList();
    }

    @Test
    void onlyTheOverviewIsBuiltAtStartAndTheHiddenViewsHaveNoNodesInTheScene(FxRobot robot) throws Exception {
        waitForPlan(context);
        assertThat(built(context)).containsExactly(MainView.OVERVIEW);
        for (String id : List.of("#nodeTable", "#daemonSetTable", "#placementTable", "#nodeMap")) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isEmpty();
        }
    }

    @Test
    void aShortcutBuildsTheViewItShowsWithTheRowsOfTheOpenSnapshot(FxRobot robot) throws Exception {
        waitForPlan(context);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(built(context)).containsExactly(MainView.OVERVIEW, MainView.NODES);
        TableView<?> nodes = robot.lookup("#nodeTable").queryAs(TableView.class);
        AppOnStage.waitUntil(() -> nodes.getItems().size() == context.state().snapshotProperty().get().nodes().size());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nodeTable").queryAs(TableView.class)).as("built once, then kept").isSameAs(nodes);
    }

    @Test
    void aViewBuiltAfterTheSelectionWasMadeShowsItSelected(FxRobot robot) throws Exception {
        waitForPlan(context);
        String node = context.state().snapshotProperty().get().nodes().get(2).name();
        DaemonSet daemonSet = context.state().snapshotProperty().get().daemonSets().get(1);
        robot.interact(() -> {
            context.state().selectNodes(List.of(node));
            context.state().selectedDaemonSetProperty().set(daemonSet.key());
        });
        assertThat(built(context)).containsExactly(MainView.OVERVIEW);

        robot.interact(() -> context.mainModel().selectedViewProperty().set(MainView.NODES));
        @SuppressWarnings("unchecked")
        TableView<NodeRow> nodes = robot.lookup("#nodeTable").queryAs(TableView.class);
        AppOnStage.waitUntil(() -> nodes.getSelectionModel().getSelectedItems().stream().map(NodeRow::name).toList().equals(List.of(node)));

        robot.interact(() -> context.mainModel().selectedViewProperty().set(MainView.DAEMONSETS));
        @SuppressWarnings("unchecked")
        TableView<DaemonSetRow> daemonSets = robot.lookup("#daemonSetTable").queryAs(TableView.class);
        AppOnStage.waitUntil(() -> daemonSets.getSelectionModel().getSelectedItem() != null
                && daemonSets.getSelectionModel().getSelectedItem().key().equals(daemonSet.key()));
        assertThat(built(context)).containsExactly(MainView.OVERVIEW, MainView.NODES, MainView.DAEMONSETS);
    }

    @Test
    void theWhyAndPaletteWindowsAreBuiltWhenFirstOpened(FxRobot robot) throws Exception {
        waitForPlan(context);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        AppOnStage.waitUntil(() -> context.commandPalette().stage() != null && context.commandPalette().stage().isShowing());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        AppOnStage.waitUntil(() -> !context.commandPalette().stage().isShowing());
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        AppOnStage.waitUntil(() -> context.whyPanel().isShowing());
        robot.interact(() -> context.whyPanel().hide());
    }

    @Test
    void theHiddenLabelInventoryWaitsForTheLabelsViewAndThenHasTheCommittedLabel(FxRobot robot) throws Exception {
        waitForPlan(context);
        String node = context.state().snapshotProperty().get().nodes().get(0).name();
        java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> context.labelsModel().labels().addListener(
                (javafx.collections.ListChangeListener<io.dsstudio.ui.labels.LabelValueRow>) c -> changes.incrementAndGet()));
        robot.interact(() -> context.state().stage(io.dsstudio.workspace.LabelEdit.set(java.util.Set.of(node), "lazy-inventory", "yes")));
        AppOnStage.waitUntil(() -> context.state().previewProperty().get() != null && !context.state().tasks().runningProperty().get());
        robot.interact(() -> context.state().commit());
        waitForPlan(context);
        assertThat(changes.get()).as("inventory rebuilds while the Labels view is hidden").isZero();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(built(context)).contains(MainView.LABELS);
        assertThat(changes.get()).isPositive();
        assertThat(context.labelsModel().labels()).anyMatch(row -> row.key().equals("lazy-inventory"));
    }

    @Test
    void aWindowThatLastShowedTheMapBuildsOnlyTheMap(FxRobot robot) throws Exception {
        Preferences saved = new Preferences(otherHome);
        saved.put(Preferences.SELECTED_VIEW, Integer.toString(MainView.MAP));
        saved.save();
        List<AppContext> started = new ArrayList<>();
        robot.interact(() -> {
            AppOnStage other = AppOnStage.show(new Stage(), otherHome, Locale.ENGLISH);
            others.add(other);
            started.add(other.context());
            other.context().mainModel().openDemo();
        });
        AppContext mapFirst = started.get(0);
        waitForPlan(mapFirst);
        assertThat(built(mapFirst)).containsExactly(MainView.MAP);
        robot.interact(() -> mapFirst.mainView().root().getScene().getWindow().hide());
    }
}
