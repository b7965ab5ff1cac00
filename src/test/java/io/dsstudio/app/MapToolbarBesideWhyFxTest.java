package io.dsstudio.app;

import io.dsstudio.ui.main.MainView;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the why panel docked beside the map at 1,280 px, the map's toolbar wraps its choices onto another row rather
 * than squeezing them ("logging/flu…"): every choice reads whole and stays inside the map's width.
 */
class MapToolbarBesideWhyFxTest extends AppWindowTest {
    private static final String DS = "logging/fluent-bit";
    private static final String NODE = "ip-10-0-3-103.ec2.internal";

    @Start
    void start(Stage stage) {
        show(stage, Locale.ENGLISH, 1280, 800);
        context.mainModel().openDemo();
    }

    @Test
    void theChoicesWrapWholeBesideTheWhyPanel(FxRobot robot) throws Exception {
        waitIdle();
        robot.interact(() -> {
            context.mainModel().selectedViewProperty().set(MainView.MAP);
            context.state().selectedDaemonSetProperty().set(DS);
        });
        AppOnStage.waitUntil(() -> context.mainView().root().lookup("#mapChoices") != null);
        Parent choices = (Parent) context.mainView().root().lookup("#mapChoices");
        Node map = context.mainView().root().lookup("#nodeMap");
        AppOnStage.waitUntil(() -> context.mainView().root().getCenter().getLayoutBounds().getWidth() >= 1279);
        double oneRow = choices.getLayoutBounds().getHeight();

        robot.interact(() -> context.openWhy(NODE, DS));
        AppOnStage.waitUntil(() -> context.whyPanel().isShowing());
        robot.interact(() -> { });

        assertThat(ElidedText.anyUnder(choices)).as("choices shown whole").isEmpty();
        assertThat(choices.getLayoutBounds().getHeight()).as("wrapped onto another row").isGreaterThan(oneRow);
        double right = map.localToScene(map.getLayoutBounds()).getMaxX();
        for (String id : List.of("#mapDaemonSet", "#mapColorMode", "#mapGroupBy", "#mapFit")) {
            Bounds control = context.mainView().root().lookup(id).localToScene(context.mainView().root().lookup(id).getLayoutBounds());
            assertThat(control.getMaxX()).as("%s inside the map's width", id).isLessThanOrEqualTo(right + 0.5);
        }

        robot.interact(() -> context.whyPanel().hide());
        robot.interact(() -> { });
        assertThat(choices.getLayoutBounds().getHeight()).as("one row again at the whole width").isEqualTo(oneRow);
    }
}
