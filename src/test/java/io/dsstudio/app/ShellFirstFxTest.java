package io.dsstudio.app;

import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.main.MainView;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's first frame holds nothing but the window: the menus, views and status bar are made right after it,
 * and then the window is the whole app on the snapshot opened at start, its composition root made off the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class ShellFirstFxTest {
    @TempDir
    Path home;

    private ExecutorService executor;
    private AppContext context;
    private Scene scene;
    /** What the scene held in each of the first pulses after the window was shown. */
    private final List<String> rootsInFirstPulses = new ArrayList<>();
    private final List<Boolean> builtInFirstPulses = new ArrayList<>();
    private final AtomicInteger filled = new AtomicInteger();

    @Start
    void start(Stage stage) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-task");
            t.setDaemon(true);
            return t;
        });
        // as StudioApp.init does: the composition root is made off the FX thread, before start
        context = java.util.concurrent.CompletableFuture.supplyAsync(() -> new AppContext(home, TestStudio.CLOCK, executor, Locale.ENGLISH),
                r -> new Thread(r, "test-launcher").start()).join();
        context.themes().installUserAgentStylesheet();
        context.mainModel().openInitial(null, true);
        scene = ShellFirst.scene(1280, 800);
        context.themes().install(scene);
        stage.setScene(scene);
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                rootsInFirstPulses.add(scene.getRoot().getId());
                builtInFirstPulses.add(context.mainViewBuilt());
                if (rootsInFirstPulses.size() == 2) {
                    stop();
                }
            }
        }.start();
        ShellFirst.fillAfterFirstFrame(scene, () -> context.mainView().root(), filled::incrementAndGet);
    }

    @AfterEach
    void stopTasks() {
        executor.shutdownNow();
    }

    @Test
    void theFirstFrameShowsTheWindowAloneAndTheMainViewIsMadeOnlyAfterIt() throws Exception {
        AppOnStage.waitUntil(() -> rootsInFirstPulses.size() == 2);
        assertThat(rootsInFirstPulses).containsExactly(ShellFirst.SHELL_ID, ShellFirst.SHELL_ID);
        assertThat(builtInFirstPulses).containsExactly(false, false);
    }

    @Test
    void rightAfterTheFirstFrameTheWindowHoldsTheMenusTheFirstViewAndTheOpenedSnapshot(FxRobot robot) throws Exception {
        AppOnStage.waitUntil(() -> filled.get() == 1);
        assertThat(scene.getRoot()).isSameAs(context.mainView().root());
        assertThat(context.mainView().isBuilt(MainView.OVERVIEW)).isTrue();
        assertThat(context.mainView().isBuilt(MainView.NODES)).as("views not shown are still made when first shown").isFalse();
        assertThat(robot.lookup("#" + ShellFirst.SHELL_ID).tryQuery()).isEmpty();
        AppOnStage.waitUntil(() -> context.state().planProperty().get() != null && !context.state().tasks().runningProperty().get());
        assertThat(robot.lookup("#statusCounts").queryLabeled().getText()).isNotBlank();
    }

    @Test
    void theViewsMadeLaterShowTheSnapshotOpenedAtStart(FxRobot robot) throws Exception {
        AppOnStage.waitUntil(() -> filled.get() == 1 && context.state().planProperty().get() != null
                && !context.state().tasks().runningProperty().get());
        robot.interact(() -> context.mainModel().selectedViewProperty().set(MainView.NODES));
        javafx.scene.control.TableView<?> nodes = robot.lookup("#nodeTable").queryAs(javafx.scene.control.TableView.class);
        AppOnStage.waitUntil(() -> nodes.getItems().size() == context.state().snapshotProperty().get().nodes().size());
        robot.interact(() -> context.mainModel().selectedViewProperty().set(MainView.MAP));
        AppOnStage.waitUntil(() -> robot.lookup("#nodeMap").tryQuery().isPresent());
        assertThat(context.mainView().isBuilt(MainView.MAP)).isTrue();
    }
}
