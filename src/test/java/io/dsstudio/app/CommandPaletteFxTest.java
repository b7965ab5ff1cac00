package io.dsstudio.app;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.ui.main.MainView;
import io.dsstudio.ui.palette.PaletteEntry;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl+K on the demo: the palette finds a node, a DaemonSet, a label and a command, and Enter goes there. */
class CommandPaletteFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        show(stage, Locale.ENGLISH);
        context.mainModel().openDemo();
    }

    private void open(FxRobot robot) throws Exception {
        AppOnStage.waitUntil(() -> context.state().planProperty().get() != null && !context.state().tasks().runningProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        AppOnStage.waitUntil(() -> context.commandPalette().stage() != null && context.commandPalette().stage().isShowing());
    }

    private PaletteEntry search(FxRobot robot, String query) {
        TextField field = (TextField) context.commandPalette().root().lookup("#paletteField");
        robot.interact(() -> field.setText(query));
        assertThat(context.commandPalette().shown()).as(query).isNotEmpty();
        return context.commandPalette().shown().get(0);
    }

    private void enter(FxRobot robot) {
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void findsANodeAndEnterSelectsItInTheNodesView(FxRobot robot) throws Exception {
        open(robot);
        ClusterNode node = context.state().snapshotProperty().get().nodes().get(3);
        PaletteEntry first = search(robot, node.name());
        assertThat(first.kind()).isEqualTo(PaletteEntry.Kind.NODE);
        assertThat(first.text()).isEqualTo(node.name());
        assertThat(first.detail()).as("its status; the row's badge already says it is a node").isEqualTo("Ready");
        enter(robot);
        assertThat(context.commandPalette().stage().isShowing()).isFalse();
        assertThat(context.mainModel().selectedViewProperty().get()).isEqualTo(MainView.NODES);
        assertThat(context.state().selectedNodes()).containsExactly(node.name());
    }

    @Test
    void findsADaemonSetByPartOfItsName(FxRobot robot) throws Exception {
        open(robot);
        DaemonSet ds = context.state().snapshotProperty().get().daemonSets().get(1);
        PaletteEntry first = search(robot, ds.meta().name());
        assertThat(first.kind()).isEqualTo(PaletteEntry.Kind.DAEMONSET);
        assertThat(first.text()).isEqualTo(ds.key());
        assertThat(first.detail()).as("the badge says DaemonSet; the detail does not repeat it").isEmpty();
        enter(robot);
        assertThat(context.mainModel().selectedViewProperty().get()).isEqualTo(MainView.DAEMONSETS);
        assertThat(context.state().selectedDaemonSetProperty().get()).isEqualTo(ds.key());
    }

    @Test
    void findsALabelAndFiltersTheNodesByIt(FxRobot robot) throws Exception {
        open(robot);
        PaletteEntry first = search(robot, "kubernetes.io/arch=arm64");
        assertThat(first.kind()).isEqualTo(PaletteEntry.Kind.LABEL);
        long arm = context.state().snapshotProperty().get().nodes().stream()
                .filter(n -> "arm64".equals(n.labels().get("kubernetes.io/arch"))).count();
        assertThat(first.detail()).isEqualTo(arm + " nodes");
        enter(robot);
        assertThat(context.mainModel().selectedViewProperty().get()).isEqualTo(MainView.NODES);
        assertThat(context.nodesModel().filterTextProperty().get()).isEqualTo("kubernetes.io/arch=arm64");
        assertThat(context.nodesModel().rows()).hasSize((int) arm);
    }

    @Test
    void findsACommandAndRunsIt(FxRobot robot) throws Exception {
        open(robot);
        PaletteEntry first = search(robot, "toggle theme");
        assertThat(first.kind()).isEqualTo(PaletteEntry.Kind.COMMAND);
        assertThat(first.text()).isEqualTo("View \u25b8 Toggle light/dark theme");
        assertThat(first.detail()).as("its shortcut").isEqualTo(new javafx.scene.input.KeyCodeCombination(KeyCode.T,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN).getDisplayText());
        var before = context.mainModel().themeProperty().get();
        enter(robot);
        assertThat(context.mainModel().themeProperty().get()).isNotEqualTo(before);
    }

    @Test
    void arrowsMoveAndEscapeCloses(FxRobot robot) throws Exception {
        open(robot);
        search(robot, "node");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((javafx.scene.control.ListView<?>) context.commandPalette().root().lookup("#paletteList"))
                .getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.commandPalette().stage().isShowing()).isFalse();
    }
}
