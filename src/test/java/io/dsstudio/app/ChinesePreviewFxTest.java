package io.dsstudio.app;

import io.dsstudio.ui.editor.EditorViewModel;
import io.dsstudio.ui.editor.PreviewRow;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's preview in Chinese: every reason is in Chinese, none is the reconciler's English sentence. */
class ChinesePreviewFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        show(stage, Locale.SIMPLIFIED_CHINESE);
        context.mainModel().openDemo();
    }

    @Test
    void previewReasonsAreInChinese(FxRobot robot) throws Exception {
        AppOnStage.waitUntil(() -> context.state().planProperty().get() != null && !context.state().tasks().runningProperty().get());
        robot.interact(() -> context.state().selectedDaemonSetProperty().set("kube-system/kube-proxy"));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        EditorViewModel model = context.editorTabs().selected().orElseThrow();
        AppOnStage.waitUntil(() -> model.analysisProperty().get() != null);
        TextField selector = robot.lookup("#formNodeSelector").queryAs(TextField.class);
        robot.interact(() -> selector.setText("kubernetes.io/os=linux, topology.kubernetes.io/zone=us-east-1a"));
        robot.interact(() -> selector.fireEvent(new javafx.event.ActionEvent()));
        AppOnStage.waitUntil(() -> model.textProperty().get().contains("topology.kubernetes.io/zone: us-east-1a"));
        Button preview = robot.lookup("#editorPreview").queryButton();
        robot.interact(preview::fire);
        AppOnStage.waitUntil(() -> model.previewProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.ListView<PreviewRow> rows = robot.lookup("#editorPreviewRows").queryListView();
        int firstDelete = rows.getItems().indexOf(rows.getItems().stream().filter(r -> r.kind() == PreviewRow.Kind.DELETE).findFirst().orElseThrow());
        robot.interact(() -> rows.scrollTo(firstDelete)); // the list only makes cells for the rows it shows
        WaitForAsyncUtils.waitForFxEvents();
        List<String> deleteRows = robot.lookup("#editorPreviewRows .list-cell")
                .match((ListCell<PreviewRow> c) -> c.getItem() != null && c.getItem().kind() == PreviewRow.Kind.DELETE)
                .queryAllAs(ListCell.class).stream().map(c -> ((ListCell<?>) c).getText()).toList();
        assertThat(deleteRows).isNotEmpty();
        assertThat(deleteRows).allMatch(t -> t.contains("节点不再满足 nodeSelector"), "the Chinese reason")
                .noneMatch(t -> t.contains("may no longer run here"));
    }
}
