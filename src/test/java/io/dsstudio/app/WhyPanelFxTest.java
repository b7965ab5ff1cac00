package io.dsstudio.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dsstudio.cli.CliMain;
import io.dsstudio.cli.Output;
import io.dsstudio.reconcile.ChecklistRow;
import io.dsstudio.ui.editor.EditorViewModel;
import io.dsstudio.workspace.LabelEdit;
import io.dsstudio.workspace.TaintEdit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The "why" panel on a NotReady, cordoned node that fails a selector entry, both affinity terms and a user taint. */
class WhyPanelFxTest extends AppWindowTest {
    private static final String NODE = "n1";
    private static final String DS = "default/agent";

    private Path snapshot;

    @Start
    void start(Stage stage) throws Exception {
        show(stage, Locale.ENGLISH);
        snapshot = Path.of(WhyPanelFxTest.class.getResource("/cli/explain-affinity.yaml").toURI());
        context.mainModel().open(snapshot);
    }

    private void openPanel(FxRobot robot) throws Exception {
        AppOnStage.waitUntil(() -> context.state().planProperty().get() != null && !context.state().tasks().runningProperty().get());
        robot.interact(() -> context.openWhy(NODE, DS));
        AppOnStage.waitUntil(() -> context.whyPanel().isShowing());
    }

    private <T extends Node> T find(String id, Class<T> type) {
        return type.cast(context.whyPanel().root().lookup("#" + id));
    }

    private JsonNode explainJson() throws Exception {
        StringWriter out = new StringWriter();
        int code = new CliMain(new Output(new PrintWriter(out), new PrintWriter(new StringWriter())))
                .run(new String[] {"explain", "-o", "json", DS, NODE, snapshot.toString()});
        assertThat(code).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void withNoNodeChosenThePanelDoesNotSayNoFixIsNeeded(FxRobot robot) throws Exception {
        waitIdle();
        robot.interact(() -> context.openWhy("", DS));
        AppOnStage.waitUntil(() -> context.whyPanel().isShowing());
        robot.interact(() -> { });
        assertThat(context.whyPanel().root().lookup("#whyNoFix")).as("no pair, so no verdict on fixes").isNull();
        assertThat(((Label) context.whyPanel().root().lookup("#whyPlaceholder")).getText())
                .as("the empty checklist asks for the node alone: the DaemonSet is chosen")
                .startsWith("Type a node's name above");
    }

    @Test
    void aMapTilesWhyOpensThePanelOnThatPair(FxRobot robot) throws Exception {
        AppOnStage.waitUntil(() -> context.state().planProperty().get() != null && !context.state().tasks().runningProperty().get());
        var hook = context.mapModel().openWhyProperty().get();
        assertThat(hook).as("the map's tile menu reaches the why panel").isNotNull();

        robot.interact(() -> hook.accept(NODE, DS));
        AppOnStage.waitUntil(() -> context.whyPanel().isShowing());

        assertThat(context.whyModel().nodeProperty().get()).isEqualTo(NODE);
        assertThat(context.whyModel().daemonSetProperty().get()).isEqualTo(DS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void checklistIsExplainsForTheSamePair(FxRobot robot) throws Exception {
        openPanel(robot);
        JsonNode json = explainJson();
        TableView<ChecklistRow> table = find("whyChecklist", TableView.class);
        List<ChecklistRow> rows = table.getItems();
        assertThat(rows).hasSize(json.get("checklist").size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode expected = json.get("checklist").get(i);
            ChecklistRow row = rows.get(i);
            assertThat(row.rule()).as("row %d", i).isEqualTo(expected.get("rule").asText());
            assertThat(row.status().name().toLowerCase(Locale.ROOT)).as("row %d", i).isEqualTo(expected.get("status").asText());
            assertThat(row.daemonSetValue()).as("row %d", i).isEqualTo(expected.get("daemonSetValue").asText());
            assertThat(row.nodeValue()).as("row %d", i).isEqualTo(expected.get("nodeValue").asText());
            assertThat(row.fixes()).as("row %d", i).hasSize(expected.get("fixes").size());
        }
        List<String> marks = robot.lookup("#whyChecklist .table-row-cell").queryAll().stream()
                .map(r -> r.lookup(".table-cell")).filter(c -> c instanceof javafx.scene.control.Labeled)
                .map(c -> ((javafx.scene.control.Labeled) c).getText()).filter(t -> t != null && !t.isEmpty()).toList();
        assertThat(marks).startsWith("\u2713", "\u2717", "\u2717", "\u2717", "\u2717", "\u2713", "\u2717", "\u2717");
        assertThat(find("whyVerdict", Label.class).getText()).contains(DS).contains(NODE).contains("does not run");
        assertThat(find("whyFix4", Button.class).getText()).isEqualTo("Remove taint dedicated=db:NoExecute from n1");
        assertThat(context.whyPanel().root().lookupAll(".button").stream().map(b -> ((Button) b).getText()))
                .as("node controller taints are never offered for removal").noneMatch(t -> t.contains("Remove taint node.kubernetes.io"));
    }

    @Test
    void addLabelFixIsStagedPreviewedAndDiscarded(FxRobot robot) throws Exception {
        openPanel(robot);
        Button fix = find("whyFix0", Button.class);
        assertThat(fix.getText()).isEqualTo("Add label disk=ssd to n1");
        robot.interact(fix::fire);
        AppOnStage.waitUntil(() -> context.state().previewProperty().get() != null);
        assertThat(context.state().previewProperty().get().edit()).isEqualTo(LabelEdit.set(java.util.Set.of(NODE), "disk", "ssd"));
        assertThat(find("whyStaged", Label.class).getText()).contains("disk=ssd");
        assertThat(find("whyCommit", Button.class).isDisabled()).isFalse();
        robot.interact(() -> find("whyDiscard", Button.class).fire());
        assertThat(context.state().previewProperty().get()).isNull();
        assertThat(context.state().snapshotProperty().get().nodes().get(0).labels()).doesNotContainKey("disk");
    }

    @Test
    @SuppressWarnings("unchecked")
    void removeTaintFixIsStagedAndCommittedAndTheChecklistFollows(FxRobot robot) throws Exception {
        openPanel(robot);
        robot.interact(() -> find("whyFix4", Button.class).fire());
        AppOnStage.waitUntil(() -> context.state().previewProperty().get() != null);
        assertThat(context.state().previewProperty().get().edit())
                .isEqualTo(TaintEdit.remove(java.util.Set.of(NODE), "dedicated", "NoExecute"));
        robot.interact(() -> find("whyCommit", Button.class).fire());
        AppOnStage.waitUntil(() -> context.state().previewProperty().get() == null);
        TableView<ChecklistRow> table = find("whyChecklist", TableView.class);
        assertThat(table.getItems()).noneMatch(r -> r.nodeValue().equals("dedicated=db:NoExecute"));
        assertThat(context.state().canUndoProperty().get()).isTrue();
    }

    @Test
    void tolerateFixOpensTheDaemonSetInTheEditorWithTheTolerationAndPreviewsIt(FxRobot robot) throws Exception {
        openPanel(robot);
        Button fix = find("whyFix3", Button.class);
        assertThat(fix.getText()).isEqualTo("Tolerate dedicated=db:NoExecute in default/agent");
        robot.interact(fix::fire);
        AppOnStage.waitUntil(() -> context.editorTabs().models().stream().anyMatch(m -> m.previewProperty().get() != null));
        EditorViewModel editor = context.editorTabs().models().get(0);
        assertThat(editor.textProperty().get()).contains("key: dedicated").contains("value: db").contains("effect: NoExecute");
        assertThat(editor.modifiedProperty().get()).isTrue();
        assertThat(editor.previewProperty().get().key()).isEqualTo(DS);
    }

    @Test
    void keyboardOpensThePanelOnTheSelectionAndEscapeClosesIt(FxRobot robot) throws Exception {
        AppOnStage.waitUntil(() -> context.state().planProperty().get() != null && !context.state().tasks().runningProperty().get());
        robot.interact(() -> {
            context.state().selectNodes(List.of(NODE));
            context.state().selectedDaemonSetProperty().set(DS);
        });
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        AppOnStage.waitUntil(() -> context.whyPanel().isShowing());
        assertThat(context.whyModel().nodeProperty().get()).isEqualTo(NODE);
        assertThat(context.whyModel().daemonSetProperty().get()).isEqualTo(DS);
        assertThat(context.whyPanel().root().getScene()).as("docked in the main window").isSameAs(context.mainView().root().getScene());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        AppOnStage.waitUntil(() -> !context.whyPanel().isShowing());
        assertThat(context.whyPanel().root().isManaged()).as("the views take the room back").isFalse();
    }
}
