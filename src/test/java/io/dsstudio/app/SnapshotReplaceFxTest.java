package io.dsstudio.app;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.ui.editor.EditorViewModel;
import io.dsstudio.workspace.CordonEdit;
import io.dsstudio.workspace.SnapshotSource;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** File ▸ Open while editor tabs of the open snapshot exist: tabs never outlive their snapshot, and work is never lost unasked. */
class SnapshotReplaceFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        show(stage, Locale.ENGLISH);
        context.mainModel().openDemo();
    }

    private Path otherSnapshot() throws Exception {
        Path file = home.resolve("other-cluster.yaml");
        try (InputStream demo = getClass().getResourceAsStream("/io/dsstudio/demo/demo-cluster.yaml")) {
            Files.copy(demo, file);
        }
        return file;
    }

    private EditorViewModel openEditor(FxRobot robot, String name) throws Exception {
        waitIdle();
        DaemonSet ds = context.state().snapshotProperty().get().daemonSets().stream().filter(d -> d.meta().name().equals(name))
                .findFirst().orElseThrow();
        robot.interact(() -> context.state().selectedDaemonSetProperty().set(ds.key()));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        EditorViewModel model = context.editorTabs().selected().orElseThrow();
        AppOnStage.waitUntil(() -> model.analysisProperty().get() != null);
        return model;
    }

    private void typeInEditor(FxRobot robot, EditorViewModel model) throws Exception {
        CodeArea area = robot.lookup("#editorText").queryAs(CodeArea.class);
        robot.interact(() -> area.replaceText(area.getText() + "# a note not applied yet\n"));
        AppOnStage.waitUntil(() -> model.modifiedProperty().get());
    }

    private void openWithoutWaiting(FxRobot robot, Path file) {
        javafx.application.Platform.runLater(() -> context.mainModel().open(file));
    }

    private DialogPane dialog(FxRobot robot) throws Exception {
        AppOnStage.waitUntil(() -> robot.lookup("#replaceSnapshotDialog").tryQuery().isPresent());
        return robot.lookup("#replaceSnapshotDialog").queryAs(DialogPane.class);
    }

    private void click(FxRobot robot, DialogPane pane, String id) {
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookup(id)).fire());
    }

    @Test
    void openingAnotherSnapshotClosesTheEditorTabsOfTheOldOne(FxRobot robot) throws Exception {
        openEditor(robot, "kube-proxy");
        assertThat(context.editorTabs().models()).hasSize(1);
        Path other = otherSnapshot();

        robot.interact(() -> context.mainModel().open(other));
        AppOnStage.waitUntil(() -> context.state().sourceProperty().get().equals(SnapshotSource.of(other)));
        waitIdle();

        assertThat(context.editorTabs().models()).as("no tab may act on the new snapshot with the old DaemonSet's uid").isEmpty();
        assertThat(robot.lookup("#editorTab").tryQuery()).isEmpty();
        assertThat(context.state().editorImpactProperty().get()).isNull();
    }

    @Test
    void editsNotAppliedAskFirstAndCancelKeepsEverything(FxRobot robot) throws Exception {
        EditorViewModel model = openEditor(robot, "fluent-bit");
        typeInEditor(robot, model);
        Path other = otherSnapshot();

        openWithoutWaiting(robot, other);
        DialogPane pane = dialog(robot);
        assertThat(pane.getContentText()).contains("fluent-bit");
        assertThat(((javafx.scene.control.Button) pane.lookup("#replaceCancel")).isDefaultButton())
                .as("Enter must not throw work away").isTrue();
        assertThat(((javafx.scene.control.Button) pane.lookup("#replaceDiscard")).isDefaultButton()).isFalse();
        click(robot, pane, "#replaceCancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.state().sourceProperty().get()).isEqualTo(SnapshotSource.DEMO);
        assertThat(context.editorTabs().models()).containsExactly(model);
        assertThat(model.modifiedProperty().get()).isTrue();
    }

    @Test
    void discardOpensTheNewSnapshotAndClosesTheTabs(FxRobot robot) throws Exception {
        EditorViewModel model = openEditor(robot, "fluent-bit");
        typeInEditor(robot, model);
        Path other = otherSnapshot();

        openWithoutWaiting(robot, other);
        click(robot, dialog(robot), "#replaceDiscard");
        AppOnStage.waitUntil(() -> context.state().sourceProperty().get().equals(SnapshotSource.of(other)));
        waitIdle();

        assertThat(context.editorTabs().models()).isEmpty();
    }

    @Test
    void aStagedEditAsksWithDiscardAndCancelOnly(FxRobot robot) throws Exception {
        waitIdle();
        String node = context.state().snapshotProperty().get().nodes().get(0).name();
        robot.interact(() -> context.state().stage(new CordonEdit(Set.of(node), true)));
        AppOnStage.waitUntil(() -> context.state().previewProperty().get() != null);

        openWithoutWaiting(robot, otherSnapshot());
        DialogPane pane = dialog(robot);
        assertThat(pane.lookup("#replaceSave")).as("a staged edit is committed or discarded, not saved").isNull();
        click(robot, pane, "#replaceCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.state().previewProperty().get()).isNotNull();
    }

    @Test
    void saveWritesTheSnapshotThenOpensTheOther(FxRobot robot) throws Exception {
        waitIdle();
        Path first = otherSnapshot();
        Path copy = home.resolve("first.yaml");
        Files.copy(first, copy);
        robot.interact(() -> context.mainModel().open(copy));
        AppOnStage.waitUntil(() -> context.state().sourceProperty().get().equals(SnapshotSource.of(copy)));
        waitIdle();
        String before = Files.readString(copy);
        String node = context.state().snapshotProperty().get().nodes().get(0).name();
        robot.interact(() -> context.state().stage(new CordonEdit(Set.of(node), true)));
        AppOnStage.waitUntil(() -> context.state().previewProperty().get() != null);
        robot.interact(() -> context.state().commit());
        waitIdle();
        assertThat(context.state().dirtyProperty().get()).isTrue();

        openWithoutWaiting(robot, first);
        click(robot, dialog(robot), "#replaceSave");
        AppOnStage.waitUntil(() -> context.state().sourceProperty().get().equals(SnapshotSource.of(first)));
        waitIdle();

        assertThat(Files.readString(copy)).as("the cordon was saved into its file").isNotEqualTo(before).contains("unschedulable: true");
    }
}
