package io.dsstudio.app;

import io.dsstudio.reconcile.ChecklistRow;
import io.dsstudio.workspace.TaintEdit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The why panel is docked at the right of the views in the main window and built once: opening it again (Ctrl+I
 * on the same pair) adds no node to the scene, so nothing is styled afresh and no window is made; while it is hidden
 * the views have the whole width; and a snapshot changed while it was hidden shows the new checklist when reopened.
 */
class WhyPanelDockFxTest extends AppWindowTest {
    private static final String NODE = "n1";
    private static final String DS = "default/agent";

    @Start
    void start(Stage stage) throws Exception {
        show(stage, Locale.ENGLISH, 1280, 800);
        context.mainModel().open(Path.of(WhyPanelDockFxTest.class.getResource("/cli/explain-affinity.yaml").toURI()));
    }

    @Test
    void reopeningThePanelAddsNoNodeAndMakesNoWindow(FxRobot robot) throws Exception {
        waitIdle();
        robot.interact(() -> context.openWhy(NODE, DS));
        AppOnStage.waitUntil(() -> context.whyPanel().isShowing());
        int windows = Window.getWindows().size();
        Set<Node> before = nodesOf(context.whyPanel().root());
        AtomicInteger added = new AtomicInteger();
        robot.interact(() -> context.whyPanel().root().sceneProperty().addListener(o -> added.incrementAndGet()));

        for (int i = 0; i < 3; i++) {
            robot.interact(() -> context.whyPanel().hide());
            assertThat(context.whyPanel().isShowing()).isFalse();
            robot.interact(() -> context.openWhy(NODE, DS));
            assertThat(context.whyPanel().isShowing()).isTrue();
        }

        assertThat(added.get()).as("the panel never left the scene").isZero();
        assertThat(nodesOf(context.whyPanel().root())).as("the same rows, fix buttons and labels").isEqualTo(before);
        assertThat(Window.getWindows()).as("no window of its own").hasSize(windows);
        assertThat(context.whyPanel().root().getScene()).isSameAs(context.mainView().root().getScene());
    }

    @Test
    void theViewsGiveThePanelRoomOnlyWhileItIsShown(FxRobot robot) throws Exception {
        waitIdle();
        robot.interact(() -> context.mainModel().selectedViewProperty().set(io.dsstudio.ui.main.MainView.MAP));
        AppOnStage.waitUntil(() -> context.mainView().root().lookup("#nodeMap") != null);
        Node views = context.mainView().root().getCenter();
        AppOnStage.waitUntil(() -> views.getLayoutBounds().getWidth() >= 1279); // the window at its size (a first test saw 500 px)
        double whole = views.getLayoutBounds().getWidth();

        robot.interact(() -> context.openWhy(NODE, DS));
        AppOnStage.waitUntil(() -> context.whyPanel().isShowing());
        robot.interact(() -> { });
        double beside = views.getLayoutBounds().getWidth();
        double panel = context.whyPanel().root().getLayoutBounds().getWidth();
        assertThat(beside + panel).as("side by side, nothing covered").isLessThanOrEqualTo(whole + 0.5);
        assertThat(context.whyPanel().root().getBoundsInParent().getMinX()).isGreaterThanOrEqualTo(views.getBoundsInParent().getMaxX() - 0.5);
        Node map = context.mainView().root().lookup("#nodeMap");
        Node rollout = context.mainView().root().lookup("#rolloutDock");
        double panelLeft = context.whyPanel().root().localToScene(context.whyPanel().root().getLayoutBounds()).getMinX();
        assertThat(map.localToScene(map.getLayoutBounds()).getMaxX()).as("the map narrows: no tile under the panel")
                .isLessThanOrEqualTo(panelLeft + 0.5);
        assertThat(rollout.localToScene(rollout.getLayoutBounds()).getMaxX()).as("and the rollout dock under it")
                .isLessThanOrEqualTo(panelLeft + 0.5);
        Node controls = rollout.lookup("#rolloutControls");
        double controlsRight = controls.localToScene(controls.getLayoutBounds()).getMaxX();
        for (String id : java.util.List.of("#rolloutStep", "#rolloutRun", "#rolloutStop", "#rolloutProgressText")) {
            Node control = rollout.lookup(id);
            assertThat(control.localToScene(control.getLayoutBounds()).getMaxX()).as("%s whole in the narrowed dock", id)
                    .isLessThanOrEqualTo(controlsRight + 0.5);
        }

        robot.interact(() -> ((Button) context.whyPanel().root().lookup("#whyClose")).fire());
        robot.interact(() -> { });
        assertThat(context.whyPanel().isShowing()).isFalse();
        assertThat(views.getLayoutBounds().getWidth()).as("the views have the whole width again").isEqualTo(whole);
    }

    @Test
    void openingAndClosingThePanelLaysTheMapOutOncePerResize(FxRobot robot) throws Exception {
        waitIdle();
        robot.interact(() -> context.mainModel().selectedViewProperty().set(io.dsstudio.ui.main.MainView.MAP));
        AppOnStage.waitUntil(() -> context.mainView().root().lookup("#nodeMap") != null);
        robot.interact(() -> { });
        io.dsstudio.ui.nodemap.NodeMapView map = (io.dsstudio.ui.nodemap.NodeMapView) context.mainView().root().lookup("#nodeMap");
        AppOnStage.waitUntil(() -> context.mainView().root().getCenter().getLayoutBounds().getWidth() >= 1279);
        List<Object> layouts = new ArrayList<>();
        robot.interact(() -> map.layoutProperty().addListener((obs, old, now) -> layouts.add(now)));
        double width = map.getWidth();
        double height = map.getHeight();

        robot.interact(() -> context.openWhy(NODE, DS));
        robot.interact(() -> { });
        assertThat(map.getWidth()).isLessThan(width);
        assertThat(map.getHeight()).as("the legend wraps: both sides change").isNotEqualTo(height);
        assertThat(layouts).as("one layout for the new size (a resize sets width, then height)").hasSize(1);

        robot.interact(() -> context.whyPanel().hide());
        robot.interact(() -> { });
        assertThat(layouts).hasSize(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSnapshotChangedWhileHiddenShowsTheNewChecklistWhenReopened(FxRobot robot) throws Exception {
        waitIdle();
        robot.interact(() -> context.openWhy(NODE, DS));
        AppOnStage.waitUntil(() -> context.whyPanel().isShowing());
        TableView<ChecklistRow> table = (TableView<ChecklistRow>) context.whyPanel().root().lookup("#whyChecklist");
        assertThat(table.getItems()).anyMatch(r -> r.nodeValue().equals("dedicated=db:NoExecute"));
        robot.interact(() -> context.whyPanel().hide());

        robot.interact(() -> context.state().stage(TaintEdit.remove(Set.of(NODE), "dedicated", "NoExecute")));
        AppOnStage.waitUntil(() -> context.state().previewProperty().get() != null);
        robot.interact(() -> context.state().commit());
        AppOnStage.waitUntil(() -> context.state().previewProperty().get() == null && context.state().canUndoProperty().get());
        waitIdle();

        robot.interact(() -> context.openWhy(NODE, DS));
        assertThat(table.getItems()).as("the node's taint is gone from its checklist")
                .noneMatch(r -> r.nodeValue().equals("dedicated=db:NoExecute"));
        assertThat(table.getItems()).isEqualTo(io.dsstudio.reconcile.PlacementChecklist.of(
                context.state().snapshotProperty().get().nodes().stream().filter(n -> n.name().equals(NODE)).findFirst().orElseThrow(),
                context.state().snapshotProperty().get().daemonSets().stream().filter(d -> d.key().equals(DS)).findFirst().orElseThrow())
                .rows());
        assertThat(((Label) context.whyPanel().root().lookup("#whyVerdict")).getText()).contains(NODE);
    }

    @Test
    void thePanelOpensOnTheFirstFailingCheckAndSpellsItOut(FxRobot robot) throws Exception {
        waitIdle();
        robot.interact(() -> context.openWhy(NODE, DS));
        AppOnStage.waitUntil(() -> context.whyPanel().isShowing());
        @SuppressWarnings("unchecked")
        TableView<ChecklistRow> table = (TableView<ChecklistRow>) context.whyPanel().root().lookup("#whyChecklist");
        ChecklistRow selected = table.getSelectionModel().getSelectedItem();
        assertThat(selected.status()).isEqualTo(ChecklistRow.Status.FAIL);
        assertThat(table.getItems().indexOf(selected)).isEqualTo(
                (int) table.getItems().stream().takeWhile(r -> r.status() != ChecklistRow.Status.FAIL).count());
        assertThat(((Label) context.whyPanel().root().lookup("#whyDetail")).getText()).startsWith("\u2717")
                .contains("\nDaemonSet: ").contains("\nNode: ");
    }

    private static Set<Node> nodesOf(Node root) {
        Set<Node> all = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            all.add(n);
            if (n instanceof Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return all;
    }
}
