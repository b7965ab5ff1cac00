package io.dsstudio.app;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.reconcile.StatusCounts;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.editor.EditPreview;
import io.dsstudio.ui.editor.EditorProblem;
import io.dsstudio.ui.editor.EditorViewModel;
import io.dsstudio.ui.editor.PreviewRow;
import io.dsstudio.workspace.SnapshotOpener;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless flows through the editor tab, on the real composition root with a background executor. */
class EditorFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        show(stage, Locale.ENGLISH);
        context.mainModel().openDemo();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        AppOnStage.waitUntil(condition);
    }

    /** Apply, Step, Run to end and Delete compute their command in the background: waits for it, then for the plan. */
    private void waitDone(EditorViewModel model) throws Exception {
        waitUntil(() -> !model.busyProperty().get());
        waitIdle();
    }

    private EditorViewModel openEditor(FxRobot robot, String name) throws Exception {
        waitIdle();
        DaemonSet ds = ds(name);
        robot.interact(() -> context.state().selectedDaemonSetProperty().set(ds.key()));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        EditorViewModel model = context.editorTabs().selected().orElseThrow();
        waitUntil(() -> model.analysisProperty().get() != null);
        return model;
    }

    /** Buttons are fired rather than clicked where the click itself is not under test (robot mouse moves are slow). */
    private static void fire(FxRobot robot, String id) {
        Button button = robot.lookup(id).queryButton();
        robot.interact(button::fire);
    }

    private DaemonSet ds(String name) {
        return context.state().snapshotProperty().get().daemonSets().stream().filter(d -> d.meta().name().equals(name))
                .findFirst().orElseThrow();
    }

    private static CodeArea area(FxRobot robot) {
        return robot.lookup("#editorText").queryAs(CodeArea.class);
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void anEditorOpensAtTheFirstLineOfItsText(FxRobot robot) throws Exception {
        javafx.stage.Window window = robot.lookup("#mainTabs").query().getScene().getWindow();
        double height = window.getHeight();
        robot.interact(() -> window.setHeight(560)); // shorter than the DaemonSet's text, as at 1,280 × 800
        try {
            openEditor(robot, "calico-node");
            CodeArea area = area(robot);
            waitUntil(() -> area.getHeight() > 0 && area.getVisibleParagraphs().size() > 1);
            assertThat(area.getVisibleParagraphs().size()).as("the text is longer than the view").isLessThan(area.getParagraphs().size());
            assertThat(area.getText()).startsWith("apiVersion:");
            assertThat(area.firstVisibleParToAllParIndex()).as("the first line is in view").isZero();
            assertThat(area.getCaretPosition()).isZero();
        } finally {
            robot.interact(() -> window.setHeight(height)); // the test classes share TestFX's one stage
        }
    }

    @Test
    void typedInvalidSelectorIsMarkedAtItsLineListedAndClearedWhenFixed(FxRobot robot) throws Exception {
        EditorViewModel model = openEditor(robot, "kube-proxy");
        CodeArea area = area(robot);
        String original = area.getText();
        String labels = "\n      k8s-app: kube-proxy";
        int at = original.indexOf("matchLabels:" + labels) + "matchLabels:".length();
        robot.interact(() -> area.selectRange(at, at + labels.length()));
        robot.clickOn(area);
        robot.interact(() -> area.selectRange(at, at + labels.length()));
        robot.write(" {a: b!}");
        // the problems of the whole typed text (a text typed half way has others)
        waitUntil(() -> model.analysisProperty().get() != null && model.analysisProperty().get().text().contains("{a: b!}")
                && model.analysisProperty().get().text().equals(model.textProperty().get())
                && model.problems().stream().anyMatch(p -> p.isError() && p.field().startsWith("spec.selector")));
        String text = area.getText();
        EditorProblem error = model.problems().stream().filter(p -> p.isError() && p.field().startsWith("spec.selector"))
                .findFirst().orElseThrow();
        assertThat(error.field()).isEqualTo("spec.selector.matchLabels");
        assertThat(error.line()).isEqualTo(lineOf(text, "matchLabels: {a: b!}"));
        int markAt = io.dsstudio.ui.editor.YamlHighlighter.offset(text, error.line(), error.column());
        assertThat(area.getStyleOfChar(markAt)).contains("yaml-error");
        ListView<EditorProblem> problems = robot.lookup("#editorProblems").queryListView();
        assertThat(problems.getItems()).contains(error);
        robot.interact(() -> problems.getSelectionModel().select(error));
        robot.clickOn(robot.lookup("#editorProblems .list-cell").nth(problems.getItems().indexOf(error)).queryAs(javafx.scene.Node.class));
        assertThat(area.getCaretPosition()).isEqualTo(markAt);
        assertThat(robot.lookup("#editorApply").queryButton().isDisabled()).isFalse();
        writeScreenshot(robot, Path.of("target", "screenshots", "editor.png"));

        robot.interact(() -> area.replaceText(original));
        waitUntil(() -> model.problems().stream().noneMatch(EditorProblem::isError));
        assertThat(problems.getItems()).noneMatch(EditorProblem::isError);
    }

    @Test
    void formNodeSelectorEditChangesOnlyThatFieldInTheYamlAndPreviewShowsDeletes(FxRobot robot) throws Exception {
        EditorViewModel model = openEditor(robot, "kube-proxy");
        String before = model.textProperty().get();
        TextField selector = robot.lookup("#formNodeSelector").queryAs(TextField.class);
        assertThat(selector.getText()).isEqualTo("kubernetes.io/os=linux");
        robot.interact(() -> selector.setText("kubernetes.io/os=linux, topology.kubernetes.io/zone=us-east-1a"));
        robot.interact(() -> selector.fireEvent(new javafx.event.ActionEvent())); // Enter in the field
        waitUntil(() -> model.textProperty().get().contains("topology.kubernetes.io/zone: us-east-1a"));
        String after = model.textProperty().get();
        assertThat(after.replace("        topology.kubernetes.io/zone: us-east-1a\n", "")).isEqualTo(before);
        assertThat(area(robot).getText()).isEqualTo(after);

        fire(robot, "#editorPreview");
        waitUntil(() -> model.previewProperty().get() != null);
        EditPreview preview = model.previewProperty().get();
        assertThat(preview.count(PreviewRow.Kind.DELETE)).isPositive();
        assertThat(preview.after().desiredNumberScheduled()).isLessThan(preview.before().desiredNumberScheduled());
        ListView<PreviewRow> rows = robot.lookup("#editorPreviewRows").queryListView();
        assertThat(rows.getItems()).anyMatch(r -> r.kind() == PreviewRow.Kind.DELETE).anyMatch(r -> r.kind() == PreviewRow.Kind.KEEP);
    }

    @Test
    void aPreviewedTemplateChangeShowsItsRolloutForecastBeforeItIsApplied(FxRobot robot) throws Exception {
        EditorViewModel model = openEditor(robot, "calico-node");
        robot.interact(() -> area(robot).replaceText(model.textProperty().get().replace("calico/node:v3.28.1", "calico/node:v3.29.0")));
        fire(robot, "#editorPreview");
        waitUntil(() -> model.forecastProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label forecast = robot.lookup("#editorPreviewForecast").queryAs(javafx.scene.control.Label.class);
        assertThat(forecast.isVisible()).isTrue();
        // calico-node (maxUnavailable 1) replaces the pods of the Ready nodes, then waits on the Unknown and NotReady one
        assertThat(forecast.getText()).startsWith("Rollout forecast: ").contains("wave")
                .contains("Blocked by 2 nodes: ip-10-0-2-102.ec2.internal, ip-10-0-3-104.ec2.internal");
        assertThat(context.state().stagedForecastProperty().get()).isSameAs(model.forecastProperty().get());
        assertThat(ds("calico-node").generation()).isEqualTo(1L); // nothing applied
        // the node list keeps room below the forecast
        assertThat(robot.lookup("#editorPreviewRows").queryListView().getHeight()).isGreaterThan(40);
    }

    @Test
    void applyStepsARollingUpdateToTheEndAndUndoRestores(FxRobot robot) throws Exception {
        EditorViewModel model = openEditor(robot, "calico-node");
        Snapshot before = context.state().snapshotProperty().get();
        robot.interact(() -> area(robot).replaceText(model.textProperty().get().replace("calico/node:v3.28.1", "calico/node:v3.29.0")));
        fire(robot, "#editorApply");
        waitDone(model);
        assertThat(ds("calico-node").generation()).isEqualTo(2L);
        Button step = robot.lookup("#editorStep").queryButton();
        assertThat(step.isDisabled()).isFalse();
        fire(robot, "#editorStep");
        waitDone(model);
        fire(robot, "#editorRunToEnd");
        waitUntil(() -> !model.canStepProperty().get() && model.messageProperty().get().startsWith("Ran "));
        waitDone(model);
        assertThat(step.isDisabled()).isTrue();
        StatusCounts status = new Planner().plan(context.state().snapshotProperty().get(), TestStudio.CLOCK.instant())
                .find("kube-system", "calico-node").status();
        assertThat(status.updatedNumberScheduled()).isEqualTo(status.desiredNumberScheduled());
        assertThat(context.state().snapshotProperty().get().pods().stream().filter(p -> p.name().startsWith("calico-node-"))
                .allMatch(p -> p.spec().containers().get(0).image().endsWith("v3.29.0"))).isTrue();
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> context.mainModel().undo());
        }
        waitIdle();
        assertThat(context.state().snapshotProperty().get()).isEqualTo(before);
    }

    @Test
    void deleteWithOrphanKeepsPodsAndReapplyAdoptsThem(FxRobot robot) throws Exception {
        EditorViewModel model = openEditor(robot, "fluent-bit");
        Set<String> pods = podsOf("fluent-bit-");
        Button delete = robot.lookup("#editorDelete").queryButton();
        javafx.application.Platform.runLater(delete::fire); // the dialog waits for the click below
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Keep pods (orphan)");
        waitDone(model);
        assertThat(context.state().snapshotProperty().get().daemonSets()).noneMatch(d -> d.meta().name().equals("fluent-bit"));
        assertThat(podsOf("fluent-bit-")).isEqualTo(pods);
        fire(robot, "#editorPreview");
        waitUntil(() -> model.previewProperty().get() != null);
        assertThat(model.previewProperty().get().adoptions()).isNotEmpty();
        fire(robot, "#editorApply");
        waitDone(model);
        assertThat(ds("fluent-bit")).isNotNull();
        assertThat(podsOf("fluent-bit-")).containsAll(pods);
    }

    @Test
    void savedSnapshotReopensAsTheEditedOneWithUntouchedTextKept(FxRobot robot) throws Exception {
        Path dir = Files.createDirectory(home.resolve("cluster"));
        Path file = dir.resolve("cluster.yaml");
        String demo;
        try (var in = getClass().getResourceAsStream(SnapshotOpener.DEMO_RESOURCE)) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(file, demo);
        waitIdle();
        robot.interact(() -> context.mainModel().open(file));
        waitUntil(() -> context.state().sourceProperty().get().path() != null && !context.state().tasks().runningProperty().get());
        EditorViewModel model = openEditor(robot, "calico-node");
        robot.interact(() -> area(robot).replaceText(model.textProperty().get().replace("calico/node:v3.28.1", "calico/node:v3.29.0")));
        fire(robot, "#editorApply");
        waitDone(model);
        fire(robot, "#editorRunToEnd");
        waitUntil(() -> !model.canStepProperty().get() && model.messageProperty().get().startsWith("Ran "));
        waitDone(model);
        assertThat(context.state().dirtyProperty().get()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitIdle();
        assertThat(context.state().dirtyProperty().get()).isFalse();

        List<String> paths;
        try (var files = Files.list(dir)) {
            paths = files.map(Path::toString).sorted().toList();
        }
        assertThat(paths).anyMatch(p -> p.endsWith("pod-kube-system-" + "calico-node-" + p.substring(p.lastIndexOf("calico-node-") + 12)));
        LoadedSnapshot reopened = new SnapshotLoader().load(paths);
        Snapshot current = context.state().snapshotProperty().get();
        assertThat(reopened.diagnostics()).noneMatch(io.dsstudio.domain.Diagnostic::isError);
        DaemonSet calico = reopened.snapshot().daemonSets().stream().filter(d -> d.meta().name().equals("calico-node")).findFirst().orElseThrow();
        assertThat(calico.template().spec().containers().get(0).image()).endsWith("v3.29.0");
        assertThat(calico.generation()).isEqualTo(2L);
        assertThat(names(reopened.snapshot().pods())).isEqualTo(names(current.pods()));
        String saved = Files.readString(file);
        int kubeProxy = demo.indexOf("  name: kube-proxy\n  namespace: kube-system\n  uid:");
        String untouched = demo.substring(kubeProxy, demo.indexOf("---", kubeProxy));
        assertThat(saved).contains(untouched);
        assertThat(saved).doesNotContain("calico/node:v3.28.1\n      hostNetwork");
    }

    @Test
    void workOfASessionThatNeverQuitIsOfferedForRecoveryWhenItsSnapshotOpensAgain(FxRobot robot) throws Exception {
        Path file = home.resolve("cluster.yaml");
        try (var in = getClass().getResourceAsStream(SnapshotOpener.DEMO_RESOURCE)) {
            Files.write(file, in.readAllBytes());
        }
        waitIdle();
        robot.interact(() -> context.mainModel().open(file));
        waitUntil(() -> file.equals(context.state().sourceProperty().get().path()) && !context.state().tasks().runningProperty().get());
        EditorViewModel model = openEditor(robot, "kube-proxy");
        String typed = model.textProperty().get().replace("kube-proxy:v1.30.4", "kube-proxy:v1.31.0") + "# not applied yet\n";
        robot.interact(() -> area(robot).replaceText(typed));
        assertThat(Files.readString(home.resolve("autosave/editors.properties"))).contains("not applied yet");

        // a second session on the same home, as after a kill: the first one never cleared its autosave
        ExecutorService second = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-task-2");
            t.setDaemon(true);
            return t;
        });
        try {
            AppContext[] next = new AppContext[1];
            robot.interact(() -> {
                next[0] = new AppContext(home, TestStudio.CLOCK, second, Locale.ENGLISH);
                Stage stage = new Stage();
                stage.setScene(new Scene(next[0].mainView().root(), 1200, 800));
                stage.show();
                next[0].mainModel().open(file);
            });
            waitUntil(() -> robot.lookup("The last session ended with an open editor that was not applied. Reopen it?").tryQuery().isPresent());
            // the dialog may open behind the first session's window: press its Yes button directly
            Button yes = robot.lookup(".dialog-pane .button").match((Button b) -> "Yes".equals(b.getText())).queryButton();
            robot.interact(yes::fire);
            waitUntil(() -> next[0].editorTabs().selected().isPresent());
            EditorViewModel recovered = next[0].editorTabs().selected().orElseThrow();
            assertThat(recovered.textProperty().get()).isEqualTo(typed);
            assertThat(recovered.replaces()).isEqualTo(ds("kube-proxy").ref());
            assertThat(recovered.modifiedProperty().get()).isTrue();
        } finally {
            second.shutdownNow();
        }
    }

    private static void writeScreenshot(FxRobot robot, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> robot.window(0).getScene().getRoot().snapshot(null, null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    private Set<String> podsOf(String prefix) {
        return context.state().snapshotProperty().get().pods().stream().map(Pod::name).filter(n -> n.startsWith(prefix))
                .collect(Collectors.toSet());
    }

    private static Set<String> names(List<Pod> pods) {
        return pods.stream().map(p -> p.meta().namespace() + "/" + p.name()).collect(Collectors.toSet());
    }
}
