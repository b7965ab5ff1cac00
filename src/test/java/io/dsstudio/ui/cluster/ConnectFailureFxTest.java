package io.dsstudio.ui.cluster;

import io.dsstudio.app.AppContext;
import io.dsstudio.ui.TestStudio;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A connection that fails: the status bar says so once, the counts stay in sight, and a dialog gives the reason. */
@ExtendWith(ApplicationExtension.class)
class ConnectFailureFxTest {
    @TempDir
    Path home;

    private AppContext context;
    private ExecutorService executor;

    @Start
    void start(Stage stage) throws Exception {
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-task");
            t.setDaemon(true);
            return t;
        });
        // "staging" points at https://127.0.0.1:1, where nothing listens
        LiveFixtures.kubeconfig(home.resolve("kube"), "https://127.0.0.1:1", "staging");
        context = new AppContext(home.resolve("app"), TestStudio.CLOCK, executor, Locale.ENGLISH,
                Map.of("KUBECONFIG", home.resolve("kube/config").toString(), "DSSTUDIO_HOME", home.resolve("studio").toString()),
                home.toString(), Platform::runLater);
        Scene scene = new Scene(context.mainView().root(), 1280, 800);
        stage.setScene(scene);
        stage.show();
        context.mainModel().openDemo();
    }

    @AfterEach
    void tearDown() {
        context.close();
        executor.shutdownNow();
    }

    @Test
    void failedConnectionSaysSoOnceAndShowsTheReasonInADialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.state().planProperty().get() != null
                && !context.state().tasks().runningProperty().get());
        robot.interact(() -> context.liveModel().connect("staging", null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statusBarTexts(robot)).as("the connecting message, once").filteredOn(t -> t.contains("Connecting")).containsExactly("Connecting to staging\u2026");

        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#connectFailedDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#connectFailedDialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Could not connect to staging");
        assertThat(dialog.getContentText()).isNotBlank();

        List<String> texts = statusBarTexts(robot);
        assertThat(texts).as("one failure message").filteredOn(t -> t.toLowerCase(Locale.ROOT).contains("fail")
                || t.toLowerCase(Locale.ROOT).contains("could not")).hasSize(1);
        Label counts = robot.lookup("#statusCounts").queryAs(Label.class);
        assertThat(counts.getText()).startsWith("20 nodes");
        assertThat(counts.getWidth()).as("the counts are not squeezed").isGreaterThanOrEqualTo(counts.prefWidth(-1) - 0.5);
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    /** The non-empty texts of the visible labels of the status bar. */
    private List<String> statusBarTexts(FxRobot robot) {
        Parent bar = (Parent) context.mainView().root().getBottom();
        List<String> texts = new ArrayList<>();
        collect(bar, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && !(labeled instanceof javafx.scene.control.Button)) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> collect(c, texts));
        }
    }
}
