package io.dsstudio.app;

import io.dsstudio.ui.overview.OverviewCards;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.StatusCounts;
import io.dsstudio.ui.main.MainView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview on the demo cluster: its cards and counts against the plan, and where a click leads. */
class OverviewFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        show(stage, Locale.ENGLISH);
        context.mainModel().openDemo();
    }

    private Plan waitForOverview() throws Exception {
        AppOnStage.waitUntil(() -> context.state().planProperty().get() != null && !context.state().tasks().runningProperty().get()
                && !context.overviewModel().busyProperty().get()
                && !context.overviewModel().summaryProperty().get().cards().isEmpty());
        return context.state().planProperty().get();
    }

    private <T extends Node> T find(FxRobot robot, String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    private static List<String> expectedChips(StatusCounts s) {
        List<String> out = new ArrayList<>();
        int desired = s.desiredNumberScheduled();
        if (desired == 0) {
            out.add("matches no node");
        }
        if (s.numberMisscheduled() > 0) {
            out.add(s.numberMisscheduled() + " misscheduled");
        }
        if (desired > s.currentNumberScheduled()) {
            out.add((desired - s.currentNumberScheduled()) + " missing");
        }
        if (desired > 0 && s.updatedNumberScheduled() < desired) {
            out.add("rollout " + s.updatedNumberScheduled() + "/" + desired);
        }
        if (s.numberUnavailable() > 0) {
            out.add(s.numberUnavailable() + " unavailable");
        }
        return out.isEmpty() ? List.of("All scheduled and up to date") : out;
    }

    @Test
    void theOverviewIsTheFirstViewWithACardPerDaemonSetCountedAsThePlanCounts(FxRobot robot) throws Exception {
        Plan plan = waitForOverview();
        TabPane tabs = find(robot, "mainTabs", TabPane.class);
        assertThat(tabs.getTabs().get(0).getId()).isEqualTo("tabOverview");
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(MainView.OVERVIEW);
        assertThat(plan.daemonSets()).isNotEmpty();
        boolean anyAttention = false;
        for (int i = 0; i < plan.daemonSets().size(); i++) {
            DaemonSetPlan ds = plan.daemonSets().get(i);
            StatusCounts s = ds.status();
            assertThat(find(robot, "overviewCard" + i, Hyperlink.class).getText()).isEqualTo(ds.key());
            int[] expected = {s.desiredNumberScheduled(), s.currentNumberScheduled(), s.numberReady(), s.updatedNumberScheduled(),
                    s.numberAvailable()};
            for (int j = 0; j < expected.length; j++) {
                assertThat(OverviewCards.count(find(robot, "overviewCard" + i, Hyperlink.class), j).getText()).as("%s count %d", ds.key(), j)
                        .isEqualTo(Integer.toString(expected[j]));
                // JavaFX's CSS caches matching styles by id: a count with an id of its own would match the theme anew
                assertThat(OverviewCards.count(find(robot, "overviewCard" + i, Hyperlink.class), j).getId()).isNull();
            }
            List<String> chips = OverviewCards.chips(find(robot, "overviewCard" + i, Hyperlink.class)).getChildren().stream()
                    .map(c -> ((Labeled) c).getText()).toList();
            assertThat(chips).as(ds.key()).isEqualTo(expectedChips(s));
            anyAttention |= !chips.get(0).startsWith("All");
        }
        assertThat(anyAttention).as("the demo has something that needs attention").isTrue();
        List<ClusterNode> nodes = context.state().snapshotProperty().get().nodes();
        assertThat(find(robot, "overviewNodesAll", Button.class).getText()).isEqualTo(nodes.size() + " nodes");
        long ready = nodes.stream().filter(n -> "True".equals(n.readyStatus())).count();
        long notReady = nodes.stream().filter(n -> "False".equals(n.readyStatus())).count();
        long cordoned = nodes.stream().filter(ClusterNode::unschedulable).count();
        long tainted = nodes.stream().filter(n -> !n.taints().isEmpty()).count();
        assertThat(find(robot, "overviewNodesReady", Button.class).getText()).isEqualTo(ready + " Ready");
        assertThat(find(robot, "overviewNodesNotReady", Button.class).getText()).isEqualTo(notReady + " NotReady");
        assertThat(find(robot, "overviewNodesCordoned", Button.class).getText()).isEqualTo(cordoned + " cordoned");
        assertThat(find(robot, "overviewNodesTainted", Button.class).getText()).isEqualTo(tainted + " tainted");
        assertThat(context.overviewModel().summaryProperty().get().warnings())
                .as("every warning of the plan is listed").hasSizeGreaterThanOrEqualTo(plan.warnings().size());
    }

    @Test
    void clickingACardOrACountJumpsToWhatItShows(FxRobot robot) throws Exception {
        Plan plan = waitForOverview();
        String second = plan.daemonSets().get(1).key();
        robot.interact(() -> find(robot, "overviewCard1", Hyperlink.class).fire());
        assertThat(context.mainModel().selectedViewProperty().get()).isEqualTo(MainView.DAEMONSETS);
        assertThat(context.state().selectedDaemonSetProperty().get()).isEqualTo(second);
        robot.interact(() -> context.mainModel().selectedViewProperty().set(MainView.OVERVIEW));
        robot.interact(() -> find(robot, "overviewNodesTainted", ButtonBase.class).fire());
        assertThat(context.mainModel().selectedViewProperty().get()).isEqualTo(MainView.NODES);
        List<String> tainted = context.state().snapshotProperty().get().nodes().stream().filter(n -> !n.taints().isEmpty())
                .map(ClusterNode::name).toList();
        assertThat(context.state().selectedNodes()).containsExactlyInAnyOrderElementsOf(tainted);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePlacementTableCanShowOnlyTheNodesNotRunningTheDaemonSet(FxRobot robot) throws Exception {
        waitForOverview();
        robot.interact(() -> {
            context.state().selectedDaemonSetProperty().set("logging/fluent-bit");
            context.mainModel().selectedViewProperty().set(MainView.DAEMONSETS);
        });
        javafx.scene.control.TableView<io.dsstudio.ui.daemonsets.PlacementRow> table =
                robot.lookup("#placementTable").queryAs(javafx.scene.control.TableView.class);
        int all = table.getItems().size();
        assertThat(all).isEqualTo(context.state().snapshotProperty().get().nodes().size());
        robot.clickOn("#placementOnlyNotRunning");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(all).allMatch(r ->
                r.verdict() == io.dsstudio.ui.daemonsets.PlacementVerdict.WILL_CREATE
                        || r.verdict() == io.dsstudio.ui.daemonsets.PlacementVerdict.EXCLUDED);
        long expected = context.daemonSetsModel().placement().stream().filter(r ->
                r.verdict() == io.dsstudio.ui.daemonsets.PlacementVerdict.WILL_CREATE
                        || r.verdict() == io.dsstudio.ui.daemonsets.PlacementVerdict.EXCLUDED).count();
        assertThat(table.getItems()).hasSize((int) expected);
        robot.clickOn("#placementOnlyNotRunning");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(all);
    }

    @Test
    void ctrlOneOpensTheOverviewAndTheOtherViewsMovedOneNumberUp(FxRobot robot) throws Exception {
        waitForOverview();
        TabPane tabs = find(robot, "mainTabs", TabPane.class);
        KeyCode[] digits = {KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT1};
        String[] ids = {"tabNodes", "tabLabels", "tabDaemonSets", "tabMap", "tabOverview"};
        for (int i = 0; i < digits.length; i++) {
            robot.press(KeyCode.CONTROL, digits[i]).release(digits[i], KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(ids[i]);
        }
    }
}
