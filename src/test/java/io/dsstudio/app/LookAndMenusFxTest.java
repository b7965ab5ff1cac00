package io.dsstudio.app;

import io.dsstudio.build.AppVersion;
import io.dsstudio.ui.common.Contrast;
import io.dsstudio.ui.common.Styles;
import io.dsstudio.ui.common.Theme;
import io.dsstudio.ui.editor.EditorViewModel;
import io.dsstudio.ui.labels.BulkOperation;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The menus, dialogs and confirmations of the main window, on the demo through the real composition root. */
class LookAndMenusFxTest extends AppWindowTest {
    private static final List<String> THREE_NODES = List.of("ip-10-0-1-101.ec2.internal", "ip-10-0-1-102.ec2.internal",
            "ip-10-0-1-103.ec2.internal");

    @Start
    void start(Stage stage) {
        show(stage, Locale.ENGLISH);
        context.mainModel().openDemo();
    }

    private MenuBar bar() {
        return (MenuBar) context.mainView().root().getTop();
    }

    private Optional<MenuItem> item(String id) {
        return bar().getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst();
    }

    private Menu menuHolding(String id) {
        return bar().getMenus().stream().filter(m -> m.getItems().stream().anyMatch(i -> id.equals(i.getId()))).findFirst().orElseThrow();
    }

    @Test
    void helpOffersAnAboutBoxWithVersionLicenceAndLinks(FxRobot robot) throws Exception {
        waitIdle();
        assertThat(menuHolding("menuAbout").getText()).isEqualTo("Help");
        assertThat(menuHolding("menuShortcuts").getText()).isEqualTo("Help");
        robot.interact(() -> item("menuAbout").orElseThrow().fire());
        AppOnStage.waitUntil(() -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#aboutVersion").queryAs(Label.class).getText()).isEqualTo("Version " + AppVersion.current());
        assertThat(robot.lookup("#aboutLicense").queryAs(Label.class).getText()).contains("Apache License, Version 2.0");
        javafx.scene.control.Hyperlink website = robot.lookup("#aboutWebsite").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(website.getText()).isEqualTo("https://dsstudio.io");
        List<String> opened = new java.util.ArrayList<>();
        context.mainModel().setLinkOpener(opened::add);
        robot.interact(website::fire);
        assertThat(opened).containsExactly("https://dsstudio.io");
        closeDialog(robot, "#aboutDialog");
    }

    @Test
    void preferencesIsADialogUnderEditThatShowsTheCurrentChoicesAndAppliesTheTheme(FxRobot robot) throws Exception {
        waitIdle();
        assertThat(bar().getMenus()).extracting(Menu::getText).containsExactly("File", "Edit", "View", "Help");
        Menu edit = menuHolding("menuPreferences");
        assertThat(edit.getText()).isEqualTo("Edit");
        robot.interact(() -> item("menuPreferences").orElseThrow().fire());
        AppOnStage.waitUntil(() -> robot.lookup("#preferencesDialog").tryQuery().isPresent());
        ChoiceBox<Locale> language = robot.lookup("#preferencesLanguage").queryAs(ChoiceBox.class);
        ChoiceBox<Theme> theme = robot.lookup("#preferencesTheme").queryAs(ChoiceBox.class);
        javafx.scene.control.ComboBox<String> groupBy = robot.lookup("#preferencesGroupBy").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(language.getValue()).isEqualTo(Locale.ENGLISH);
        assertThat(theme.getValue()).isEqualTo(Theme.LIGHT);
        assertThat(groupBy.getValue()).isEqualTo("topology.kubernetes.io/zone");
        assertThat(groupBy.getItems()).contains("node.kubernetes.io/instance-type");

        robot.interact(() -> {
            theme.setValue(Theme.DARK);
            groupBy.getEditor().setText("node.kubernetes.io/instance-type");
        });
        DialogPane pane = robot.lookup("#preferencesDialog").queryAs(DialogPane.class);
        Button ok = (Button) pane.getButtonTypes().stream().filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .map(pane::lookupButton).findFirst().orElseThrow();
        robot.interact(ok::fire);
        AppOnStage.waitUntil(() -> robot.lookup("#preferencesDialog").tryQuery().isEmpty());
        assertThat(context.mainModel().themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(context.mapModel().groupByProperty().get()).isEqualTo("node.kubernetes.io/instance-type");
        assertThat(context.preferences().get(io.dsstudio.workspace.Preferences.THEME)).contains("DARK");

        robot.interact(() -> item("menuPreferences").orElseThrow().fire());
        AppOnStage.waitUntil(() -> robot.lookup("#preferencesDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#preferencesTheme").queryAs(ChoiceBox.class).getValue()).as("shows the current choice").isEqualTo(Theme.DARK);
        closeDialog(robot, "#preferencesDialog");
        robot.interact(() -> context.mainModel().themeProperty().set(Theme.LIGHT));
    }

    @Test
    void commitShowsAToastNamingTheEditWhoseUndoRevertsItAndUndoSaysWhatItUndoes(FxRobot robot) throws Exception {
        waitIdle();
        MenuItem undo = item("menuUndo").orElseThrow();
        assertThat(undo.getText()).isEqualTo("Undo");
        robot.interact(() -> {
            context.state().selectNodes(THREE_NODES);
            context.labelsModel().operationProperty().set(BulkOperation.ADD_LABEL);
            context.labelsModel().keyProperty().set("zone");
            context.labelsModel().valueProperty().set("a");
            context.labelsModel().stage();
        });
        AppOnStage.waitUntil(() -> context.state().previewProperty().get() != null);
        robot.interact(() -> context.mainModel().commit());
        waitIdle();
        Label toast = robot.lookup("#toastText").queryAs(Label.class);
        assertThat(toast.isVisible() && toast.getParent().isVisible()).isTrue();
        assertThat(toast.getText()).isEqualTo("Committed: Set label zone=a on 3 nodes");
        assertThat(undo.getText()).isEqualTo("Undo: Set label zone=a on 3 nodes");
        assertThat(node(THREE_NODES.get(0)).labels()).containsEntry("zone", "a");

        robot.interact(() -> robot.lookup("#toastAction").queryButton().fire());
        waitIdle();
        assertThat(node(THREE_NODES.get(0)).labels()).doesNotContainKey("zone");
        assertThat(toast.getParent().isVisible()).isFalse();
        assertThat(undo.getText()).isEqualTo("Undo");
        assertThat(item("menuRedo").orElseThrow().getText()).isEqualTo("Redo: Set label zone=a on 3 nodes");
    }

    @Test
    void oneSelectedNodeIsCountedInTheSingular(FxRobot robot) throws Exception {
        waitIdle();
        robot.interact(() -> {
            context.state().selectNodes(THREE_NODES.subList(0, 1));
            context.mainModel().selectedViewProperty().set(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#selectionCount").queryAs(Label.class).getText()).isEqualTo("1 node selected");
    }

    @Test
    void deletePodsIsNotTheDefaultButtonOfTheDeleteDialog(FxRobot robot) throws Exception {
        EditorViewModel editor = openEditor(robot, "kube-system/kube-proxy");
        Button delete = robot.lookup("#editorDelete").queryButton();
        Platform.runLater(delete::fire); // showAndWait: the test presses a button of the dialog below
        AppOnStage.waitUntil(() -> robot.lookup(".dialog-pane").match(n -> n.getScene().getWindow() != context.mainView().root().getScene().getWindow())
                .tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").match(n -> n.getScene().getWindow() != context.mainView().root().getScene().getWindow())
                .queryAs(DialogPane.class);
        ButtonType cancelType = pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow();
        assertThat(cancelType.getText()).as("in the window's language, not the JVM's").isEqualTo("Cancel");
        Button cancel = (Button) pane.lookupButton(cancelType);
        Button deletePods = pane.getButtonTypes().stream().map(pane::lookupButton).map(Button.class::cast)
                .filter(b -> "Delete pods".equals(b.getText())).findFirst().orElseThrow();
        assertThat(cancel.isDefaultButton()).as("Enter cancels").isTrue();
        assertThat(deletePods.isDefaultButton()).isFalse();
        assertThat(deletePods.getStyleClass()).contains(Styles.DANGER);
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.busyProperty().get()).isFalse();
        assertThat(context.state().snapshotProperty().get().daemonSets()).anyMatch(d -> d.meta().name().equals("kube-proxy"));
    }

    @Test
    void theFindPromptReadsInTheDarkTheme(FxRobot robot) throws Exception {
        openEditor(robot, "kube-system/kube-proxy");
        robot.interact(() -> context.mainModel().themeProperty().set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        TextField find = robot.lookup("#editorFind").queryAs(TextField.class);
        robot.interact(() -> {
            find.clear();
            find.getParent().requestFocus();
            find.applyCss();
            find.layout();
        });
        Text prompt = Contrast.find(find, Text.class, t -> find.getPromptText().equals(t.getText())).orElseThrow();
        double ratio = Contrast.ratio((Color) prompt.getFill(), Contrast.backgroundBehind(find));
        robot.interact(() -> context.mainModel().themeProperty().set(Theme.LIGHT));
        assertThat(ratio).as("prompt contrast in the dark theme").isGreaterThanOrEqualTo(4.5);
    }

    private EditorViewModel openEditor(FxRobot robot, String key) throws Exception {
        waitIdle();
        robot.interact(() -> context.state().selectedDaemonSetProperty().set(key));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        EditorViewModel model = context.editorTabs().selected().orElseThrow();
        AppOnStage.waitUntil(() -> model.analysisProperty().get() != null);
        return model;
    }

    private io.dsstudio.domain.ClusterNode node(String name) {
        return context.state().snapshotProperty().get().nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    private static void closeDialog(FxRobot robot, String id) throws Exception {
        DialogPane pane = robot.lookup(id).queryAs(DialogPane.class);
        Button close = (Button) pane.getButtonTypes().stream().filter(b -> b.getButtonData().isCancelButton())
                .map(pane::lookupButton).findFirst().orElseThrow();
        robot.interact(close::fire);
        AppOnStage.waitUntil(() -> robot.lookup(id).tryQuery().isEmpty());
    }
}
