package io.dsstudio.ui.overview;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.validation.SnapshotValidator;
import io.dsstudio.workspace.ControllerSync;
import io.dsstudio.workspace.EditJournal;
import io.dsstudio.workspace.PlanningService;
import io.dsstudio.workspace.SnapshotSource;
import io.dsstudio.workspace.WhatIfCalculator;
import io.dsstudio.workspace.Workspace;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot's cross-object warnings are computed beside planning, not after it: a plan that comes first is shown
 * at once, with a note that the snapshot is still being checked instead of "No warnings", and the warnings join it
 * when their check ends. The background jobs run when the test says, in the order it chooses.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewWarningsPendingFxTest {
    /** Holds every job until the test runs it. */
    private final List<Runnable> jobs = new ArrayList<>();
    private final Executor held = jobs::add;
    private final Messages messages = new Messages(Locale.ENGLISH);
    private StudioState state;
    private OverviewViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Planner planner = new Planner();
        PlanningService planning = s -> planner.plan(s, TestStudio.CLOCK.instant());
        state = new StudioState(new Workspace(), planning, new WhatIfCalculator(planning, new ControllerSync(planner), TestStudio.CLOCK),
                new TaskRunner(held), new EditJournal(Files.createTempDirectory("dsstudio-test")));
        model = new OverviewViewModel(state);
        OverviewView view = new OverviewView(model, messages);
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1280, 800));
        stage.show();
    }

    private static Snapshot withCrossObjectWarnings() throws Exception {
        return new SnapshotLoader().load(List.of(Path.of(OverviewWarningsPendingFxTest.class
                .getResource("/warnings/every-warning.yaml").toURI()).toString())).snapshot();
    }

    /** Runs the job queued {@code index}-th (from 0) and lets its result reach the FX thread. */
    private void runJob(int index) {
        jobs.get(index).run();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPlanReadyBeforeTheChecksIsShownWithAPendingNoteAndTheWarningsFollow(FxRobot robot) throws Exception {
        Snapshot snapshot = withCrossObjectWarnings();
        List<Diagnostic> crossObject = new SnapshotValidator().warnings(snapshot).stream().map(f -> f.diagnostic()).toList();
        assertThat(crossObject).as("the snapshot has cross-object warnings").isNotEmpty();

        robot.interact(() -> state.open(snapshot, SnapshotSource.of(Path.of("every-warning.yaml"))));
        assertThat(jobs).as("the checks start with the snapshot, beside its plan").hasSize(2);
        assertThat(model.checkingProperty().get()).isTrue();

        runJob(1); // the plan first
        assertThat(state.planProperty().get()).isNotNull();
        assertThat(jobs).as("the summary of the plan, without waiting for the checks").hasSize(3);
        runJob(2);
        OverviewSummary early = model.summaryProperty().get();
        assertThat(early.warningsPending()).isTrue();
        assertThat(early.cards()).hasSize(state.planProperty().get().daemonSets().size());
        assertThat(early.warnings()).extracting(OverviewWarning::code)
                .doesNotContainAnyElementsOf(crossObject.stream().map(Diagnostic::code).toList());
        assertThat(robot.lookup("#overviewWarningsPending").queryAs(Label.class).getText())
                .isEqualTo(messages.get("overview.warningsPending"));
        assertThat(robot.lookup("#overviewCard0").tryQuery()).as("the cards are shown meanwhile").isPresent();
        assertThat(robot.lookup("#overviewCards").query().isVisible()).isTrue();

        runJob(0); // the checks end
        assertThat(model.checkingProperty().get()).isFalse();
        assertThat(jobs).as("the same plan summarised again, now with the warnings").hasSize(4);
        runJob(3);
        OverviewSummary complete = model.summaryProperty().get();
        assertThat(complete.warningsPending()).isFalse();
        assertThat(complete).isEqualTo(new OverviewCalculator().summarize(snapshot, state.planProperty().get(), List.of()));
        assertThat(robot.lookup("#overviewWarningsPending").tryQuery()).isEmpty();
        assertThat(jobs).as("nothing computed twice").hasSize(4);
    }

    @Test
    void checksThatEndBeforeThePlanLeaveNothingPending(FxRobot robot) throws Exception {
        Snapshot snapshot = withCrossObjectWarnings();
        robot.interact(() -> state.open(snapshot, SnapshotSource.of(Path.of("every-warning.yaml"))));
        runJob(0); // the checks first
        runJob(1); // then the plan
        assertThat(jobs).hasSize(3);
        runJob(2);
        OverviewSummary summary = model.summaryProperty().get();
        assertThat(summary.warningsPending()).isFalse();
        assertThat(summary).isEqualTo(new OverviewCalculator().summarize(snapshot, state.planProperty().get(), List.of()));
        assertThat(robot.lookup("#overviewWarningsPending").tryQuery()).isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("." + OverviewView.WARNING).tryQuery().isPresent());
    }

    @Test
    void warningsThatFollowThePlanAreAddedWithoutBuildingTheCardsAgain(FxRobot robot) throws Exception {
        Snapshot snapshot = withCrossObjectWarnings();
        robot.interact(() -> state.open(snapshot, SnapshotSource.of(Path.of("every-warning.yaml"))));
        runJob(1); // the plan first
        runJob(2);
        javafx.scene.Node card = robot.lookup("#overviewCard0").query();
        javafx.scene.Node nodesCount = robot.lookup("#overviewNodesAll").query();

        runJob(0); // the checks end
        runJob(3);

        assertThat(robot.lookup("#overviewCard0").queryAs(javafx.scene.Node.class)).as("the same card, not made again").isSameAs(card);
        assertThat(robot.lookup("#overviewNodesAll").queryAs(javafx.scene.Node.class)).isSameAs(nodesCount);
        assertThat(robot.lookup("#overviewWarningsPending").tryQuery()).isEmpty();
        assertThat(robot.lookup("." + OverviewView.WARNING).<javafx.scene.Node>queryAll()).as("the warnings are shown, without ids of their own")
                .isNotEmpty().allMatch(w -> w.getId() == null);
    }

    @Test
    void theCardsAreMadeAndStyledHiddenBeforeThePlanAndItsSummaryFillsThem(FxRobot robot) throws Exception {
        Snapshot snapshot = withCrossObjectWarnings();
        robot.interact(() -> state.open(snapshot, SnapshotSource.of(Path.of("every-warning.yaml"))));
        javafx.scene.Node cards = robot.lookup("#overviewCards").query();
        List<String> keys = snapshot.daemonSets().stream().map(io.dsstudio.domain.DaemonSet::key).toList();
        assertThat(keys).hasSizeGreaterThan(1);
        List<javafx.scene.control.Hyperlink> titles = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            titles.add(robot.lookup("#overviewCard" + i).queryAs(javafx.scene.control.Hyperlink.class));
        }
        assertThat(titles).extracting(javafx.scene.control.Hyperlink::getText).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(cards.isVisible()).as("no counts before the plan").isFalse();
        assertThat(cards.isManaged()).as("and no room taken").isFalse();
        assertThat(robot.lookup("#overviewWaiting").tryQuery()).isPresent();
        // styled by the pulses while the plan is computed (JavaFX styles hidden nodes too): the title's skin is made then
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> titles.get(0).getSkin() != null
                && OverviewCards.count(titles.get(keys.size() - 1), 0).getSkin() != null);

        runJob(1); // the plan
        runJob(2); // its summary
        var plan = state.planProperty().get();
        assertThat(cards.isVisible()).isTrue();
        assertThat(cards.isManaged()).isTrue();
        assertThat(robot.lookup("#overviewWaiting").tryQuery()).isEmpty();
        java.util.Map<String, javafx.scene.control.Hyperlink> before = new java.util.HashMap<>();
        titles.forEach(title -> before.put(title.getText(), title));
        assertThat(plan.daemonSets()).isNotEmpty();
        assertThat(((javafx.scene.Parent) cards).getChildrenUnmodifiable()).hasSize(plan.daemonSets().size());
        for (int i = 0; i < plan.daemonSets().size(); i++) {
            var title = robot.lookup("#overviewCard" + i).queryAs(javafx.scene.control.Hyperlink.class);
            assertThat(title).as("the card made before the plan, in the plan's order").isSameAs(before.get(plan.daemonSets().get(i).key()));
            assertThat(OverviewCards.count(title, 0).getText())
                    .isEqualTo(Integer.toString(plan.daemonSets().get(i).status().desiredNumberScheduled()));
            assertThat(OverviewCards.chips(title).getChildren()).isNotEmpty();
        }
    }

    @Test
    void aHiddenOverviewMakesNoCardsUntilItIsShown(FxRobot robot) throws Exception {
        Snapshot snapshot = withCrossObjectWarnings();
        robot.interact(() -> {
            model.activeProperty().set(false);
            state.open(snapshot, SnapshotSource.of(Path.of("every-warning.yaml")));
        });
        assertThat(robot.lookup("#overviewCard0").tryQuery()).isEmpty();
        robot.interact(() -> model.activeProperty().set(true));
        assertThat(robot.lookup("#overviewCard0").tryQuery()).isPresent();
        assertThat(robot.lookup("#overviewCards").query().isVisible()).as("hidden until planned").isFalse();
    }

    @Test
    void aSnapshotOfTheSameDaemonSetsPlannedAgainKeepsTheCardsAndFillsThemAnew(FxRobot robot) throws Exception {
        robot.interact(() -> state.open(withCrossObjectWarningsUnchecked(), SnapshotSource.of(Path.of("every-warning.yaml"))));
        runJob(0);
        runJob(1);
        runJob(2);
        javafx.scene.Node title = robot.lookup("#overviewCard0").query();
        int made = jobs.size();

        Snapshot again = withCrossObjectWarnings();
        robot.interact(() -> state.open(again, SnapshotSource.of(Path.of("every-warning.yaml"))));
        for (int i = made; i < jobs.size(); i++) { // its checks, its plan, then its summary
            runJob(i);
        }
        assertThat(state.planProperty().get()).isNotNull();
        assertThat(model.summaryProperty().get()).isNotEqualTo(OverviewSummary.EMPTY);
        assertThat(robot.lookup("#overviewCard0").queryAs(javafx.scene.Node.class)).as("the same card node, filled again").isSameAs(title);
        assertThat(robot.lookup("#overviewCards").query().isVisible()).isTrue();
        assertThat(OverviewCards.count(title, 0).getText())
                .isEqualTo(Integer.toString(state.planProperty().get().daemonSets().get(0).status().desiredNumberScheduled()));
    }

    private static Snapshot withCrossObjectWarningsUnchecked() {
        try {
            return withCrossObjectWarnings();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
