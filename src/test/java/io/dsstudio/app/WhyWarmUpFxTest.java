package io.dsstudio.app;

import javafx.scene.Scene;
import javafx.scene.control.Skin;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The why panel is made and styled a while after the first plan, out of the window: the first Ctrl+I finds its
 * checklist's skin made, and the warm-up leaves nothing behind (the panel hidden, outside any scene of the window).
 */
class WhyWarmUpFxTest extends AppWindowTest {
    private static final String NODE = "n1";
    private static final String DS = "default/agent";

    @Start
    void start(Stage stage) throws Exception {
        show(stage, Locale.ENGLISH, 1280, 800);
        context.mainModel().open(Path.of(WhyWarmUpFxTest.class.getResource("/cli/explain-affinity.yaml").toURI()));
    }

    private TableView<?> checklist() {
        return (TableView<?>) context.whyPanel().root().lookup("#whyChecklist");
    }

    @Test
    void theWarmUpMakesTheChecklistsSkinAndLeavesThePanelHiddenAndOutOfTheWindow(FxRobot robot) throws Exception {
        waitIdle();
        Scene window = context.mainView().root().getScene();

        robot.interact(() -> context.whyPanel().warmUp(window.getStylesheets(), NODE, DS));

        assertThat(checklist().getSkin()).as("skin made").isNotNull();
        assertThat(checklist().getItems()).as("the pair's checklist was made").isNotEmpty();
        assertThat(context.whyPanel().root().getParent()).isNull();
        assertThat(context.whyPanel().isShowing()).isFalse();
        assertThat(window.lookup("#whyPanel")).isNull();
    }

    @Test
    void theFirstOpeningKeepsTheWarmedUpSkinAndShowsThePairAskedFor(FxRobot robot) throws Exception {
        waitIdle();
        Scene window = context.mainView().root().getScene();
        robot.interact(() -> context.whyPanel().warmUp(window.getStylesheets(), NODE, DS));
        Skin<?> warmed = checklist().getSkin();

        robot.interact(() -> context.openWhy(NODE, DS));

        assertThat(context.whyPanel().isShowing()).isTrue();
        assertThat(context.whyPanel().root().getScene()).isSameAs(window);
        assertThat(checklist().getSkin()).as("not made again").isSameAs(warmed);
        assertThat(context.whyModel().nodeProperty().get()).isEqualTo(NODE);
    }

    @Test
    void afterTheFirstPlanTheAppWarmsThePanelUpOnItsOwn(FxRobot robot) throws Exception {
        waitIdle();
        AtomicReference<Scene> window = new AtomicReference<>();
        robot.interact(() -> {
            window.set(context.mainView().root().getScene());
            WhyWarmUp.afterFirstPlan(context.state(), context.whyModel(), context::whyPanel, window::get);
        });

        AppOnStage.waitUntil(() -> checklist().getSkin() != null);

        assertThat(context.whyPanel().isShowing()).isFalse();
        assertThat(window.get().lookup("#whyPanel")).isNull();
    }
}
