package io.dsstudio.app;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Taint;
import io.dsstudio.domain.TaintEffect;
import io.dsstudio.ui.editor.EditorViewModel;
import io.dsstudio.workspace.TaintEdit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At the default window size (1,280×800) no text of any view is elided without a tooltip carrying all of it:
 * every main tab, an editor tab on a DaemonSet with a problem and its preview, and the what-if preview of a
 * staged edit; table headers and cells included.
 */
class ClippedTextFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        show(stage, Locale.ENGLISH, 1280, 800);
        context.mainModel().openDemo();
    }

    private List<String> scan(FxRobot robot, String view) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> ElidedText.withoutTooltip(context.mainView().root()).forEach(f -> found.add(view + ": " + f)));
        return found;
    }

    private DaemonSet ds(String name) {
        return context.state().snapshotProperty().get().daemonSets().stream().filter(d -> d.meta().name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void noViewElidesTextWithoutATooltipAtTheDefaultWindowSize(FxRobot robot) throws Exception {
        waitIdle();
        TabPane tabs = (TabPane) context.mainView().root().getCenter();
        String node = context.state().snapshotProperty().get().nodes().get(0).name();
        robot.interact(() -> {
            context.state().selectNodes(List.of(node));
            context.state().selectedDaemonSetProperty().set(ds("fluent-bit").key());
        });
        List<String> elided = new ArrayList<>();
        for (int view = 0; view < 4; view++) {
            int index = view;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            elided.addAll(scan(robot, tabs.getTabs().get(index).getText()));
        }

        robot.interact(() -> context.editorTabs().open(ds("kube-proxy")));
        EditorViewModel editor = context.editorTabs().selected().orElseThrow();
        AppOnStage.waitUntil(() -> editor.analysisProperty().get() != null);
        // a negative minReadySeconds: a problem in the Problems list, with its long message
        robot.interact(() -> editor.textProperty().set(editor.textProperty().get().replaceFirst("(?m)^spec:\\n", "spec:\n  minReadySeconds: -5\n")));
        robot.interact(editor::analyse);
        AppOnStage.waitUntil(() -> editor.problems().stream().anyMatch(p -> p.field().equals("spec.minReadySeconds")));
        elided.addAll(scan(robot, "editor"));
        ListView<?> problems = robot.lookup("#editorProblems").queryAs(ListView.class);
        Node problem = robot.from(problems).lookup(".list-cell")
                .match(c -> c instanceof Labeled l && l.getText() != null && l.getText().contains("spec.minReadySeconds")).query();
        assertThat(problem.localToScene(problem.getBoundsInLocal()).getMaxX()).as("the problem fits the list's width (wrapped)")
                .isLessThanOrEqualTo(problems.localToScene(problems.getBoundsInLocal()).getMaxX());
        robot.interact(() -> editor.textProperty().set(editor.textProperty().get().replace("  minReadySeconds: -5\n", "")));
        robot.interact(editor::analyse);
        AppOnStage.waitUntil(() -> editor.problems().stream().noneMatch(p -> p.isError()));
        robot.interact(editor::preview);
        AppOnStage.waitUntil(() -> editor.previewProperty().get() != null && !editor.busyProperty().get());
        elided.addAll(scan(robot, "editor preview"));

        // a NoExecute taint on three nodes: pods are evicted there, the what-if lists them
        List<String> nodes = context.state().snapshotProperty().get().nodes().stream().limit(3).map(n -> n.name()).toList();
        robot.interact(() -> {
            tabs.getSelectionModel().select(1);
            context.state().stage(TaintEdit.add(Set.copyOf(nodes), Taint.of("maintenance", "now", TaintEffect.NO_EXECUTE)));
        });
        AppOnStage.waitUntil(() -> context.state().previewProperty().get() != null && !context.state().tasks().runningProperty().get());
        elided.addAll(scan(robot, "what-if"));

        assertThat(elided).as("elided text without a tooltip carrying it").isEmpty();
    }
}
