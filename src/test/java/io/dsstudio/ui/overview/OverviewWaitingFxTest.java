package io.dsstudio.ui.overview;

import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.simulation.GeneratorOptions;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.SnapshotSource;
import io.dsstudio.yaml.SnapshotLoader;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview before a plan exists, and counts of a cluster with more than a thousand nodes. */
@ExtendWith(ApplicationExtension.class)
class OverviewWaitingFxTest {
    private final StudioState state = TestStudio.state();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private OverviewViewModel model;

    @Start
    void start(Stage stage) {
        model = new OverviewViewModel(state);
        OverviewView view = new OverviewView(model, messages);
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1280, 800));
        stage.show();
    }

    @Test
    void withoutAPlanItSaysSoInsteadOfCountingAnEmptyCluster(FxRobot robot) {
        assertThat(robot.lookup("#overviewWaiting").queryAs(Label.class).getText()).isEqualTo(messages.get("ds.planning"));
        assertThat(robot.lookup("#overviewNodesAll").tryQuery()).isEmpty();
    }

    @Test
    void barsGroupTheirDigitsAsTheChipsDo(FxRobot robot) throws Exception {
        String text = new ClusterGenerator().generate(new GeneratorOptions(1200, 2, 7, GeneratorOptions.DEFAULT_TIME));
        var snapshot = new SnapshotLoader().loadText("generated.yaml", text).snapshot();
        robot.interact(() -> state.open(snapshot, SnapshotSource.of(Path.of("generated.yaml"))));
        // the cards are there, hidden, before the plan: wait for the summary that fills them
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.summaryProperty().get() != OverviewSummary.EMPTY);
        WaitForAsyncUtils.waitForFxEvents();
        String desired = OverviewCards.count(robot.lookup("#overviewCard0").query(), 0).getText();
        int value = state.planProperty().get().daemonSets().get(0).status().desiredNumberScheduled();
        assertThat(value).as("the generated DaemonSet runs on more than a thousand nodes").isGreaterThanOrEqualTo(1000);
        assertThat(desired).isEqualTo(String.format(Locale.ENGLISH, "%,d", value));
        assertThat(robot.lookup("#overviewWaiting").tryQuery()).isEmpty();
    }
}
