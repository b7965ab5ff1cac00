package io.dsstudio.ui.rollout;

import io.dsstudio.reconcile.Planner;
import io.dsstudio.simulation.RolloutForecast;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.workspace.ControllerSync;
import io.dsstudio.workspace.EmbeddedController;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dock follows a DaemonSet picked on the map after the map's frame (counted, not timed): the nodes that block its
 * rollout at once, for the map to mark in that frame; its words once, however many picks came in one turn.
 */
@ExtendWith(ApplicationExtension.class)
class RolloutDockFollowFxTest {
    private static final String BLOCKED = "monitoring/node-exporter";
    private final StudioState state = TestStudio.demoState();
    private RolloutDockViewModel dock;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    private void openDock(FxRobot robot) {
        robot.interact(() -> {
            dock = new RolloutDockViewModel(state, new EmbeddedController(new ControllerSync(new Planner()), TestStudio.CLOCK),
                    TaskRunner.sameThread(), new Messages(Locale.ENGLISH), TestStudio.CLOCK);
            dock.activeProperty().set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void picksInOneTurnAreFollowedOnceAfterTheFrameAndTheBlockersAtOnce(FxRobot robot) throws Exception {
        openDock(robot);
        List<String> keys = state.planProperty().get().daemonSets().stream().map(d -> d.key()).filter(k -> !k.equals(BLOCKED)).toList();
        List<String> expectedBlockers = RolloutForecast.of(state.snapshotProperty().get(), TestStudio.CLOCK.instant(), null).stream()
                .filter(f -> f.key().equals(BLOCKED)).findFirst().orElseThrow().stallingNodes();
        assertThat(expectedBlockers).isNotEmpty();
        String[] titleThen = new String[1];
        int[] followsThen = new int[1];
        List<String> blockersThen = new java.util.ArrayList<>();

        robot.interact(() -> {
            dock.daemonSetProperty().set(keys.get(0));
            dock.daemonSetProperty().set(keys.get(1));
            dock.daemonSetProperty().set(BLOCKED);
            titleThen[0] = dock.titleProperty().get();
            followsThen[0] = dock.follows();
            blockersThen.addAll(dock.blockers());
        });

        assertThat(blockersThen).isEqualTo(expectedBlockers);
        assertThat(titleThen[0]).doesNotContain(BLOCKED);
        assertThat(followsThen[0]).isZero();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dock.follows() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dock.follows()).isEqualTo(1);
        assertThat(dock.titleProperty().get()).contains(BLOCKED);
        assertThat(dock.forecastBlockedProperty().get()).contains(expectedBlockers.get(0));
    }
}
