package io.dsstudio.ui.common;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.workspace.ControllerSync;
import io.dsstudio.workspace.EditJournal;
import io.dsstudio.workspace.LabelEdit;
import io.dsstudio.workspace.PlanningService;
import io.dsstudio.workspace.SnapshotSource;
import io.dsstudio.workspace.WhatIfCalculator;
import io.dsstudio.workspace.WhatIfPreview;
import io.dsstudio.workspace.Workspace;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staged edit's controller sync (what Commit makes current) is background work for a preview on screen: it starts
 * once the frames that show the preview have passed, and a discard or the next staged edit cancels it, whether it is
 * still waiting to run or already running (its thread is interrupted and it stops at its next step). The background
 * jobs run when the test says.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewSyncFxTest {
    private static final String NODE = "ip-10-0-1-101.ec2.internal";

    /** Holds every job until the test runs it. */
    private final List<Runnable> jobs = new CopyOnWriteArrayList<>();
    private final AtomicInteger syncsStarted = new AtomicInteger();
    private final AtomicInteger syncsPlanned = new AtomicInteger();
    private volatile CountDownLatch holdSync;
    private final CountDownLatch syncHeld = new CountDownLatch(1);
    private StudioState state;

    @Start
    void start(Stage stage) throws Exception {
        Planner planner = new Planner();
        PlanningService planning = new PlanningService() {
            @Override
            public Plan plan(Snapshot snapshot) {
                return planner.plan(snapshot, TestStudio.CLOCK.instant());
            }

            @Override
            public Plan planAt(Snapshot snapshot, Instant time) {
                syncsStarted.incrementAndGet();
                CountDownLatch hold = holdSync;
                if (hold != null) {
                    syncHeld.countDown();
                    try {
                        hold.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException cancelled) {
                        Thread.currentThread().interrupt();
                    }
                }
                return planner.plan(snapshot, time);
            }

            @Override
            public Plan planSynced(Snapshot edited, Snapshot synced) {
                syncsPlanned.incrementAndGet();
                return plan(synced);
            }
        };
        state = new StudioState(new Workspace(), planning, new WhatIfCalculator(planning, new ControllerSync(planner), TestStudio.CLOCK),
                new TaskRunner(jobs::add), new EditJournal(Files.createTempDirectory("dsstudio-test")));
        stage.setScene(new Scene(new Pane(), 200, 200));
        stage.show();
    }

    private void runJob(int index) {
        jobs.get(index).run();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Stages a label edit and shows its preview; returns the preview, with the index its sync's job will have. */
    private WhatIfPreview stageAndShow(FxRobot robot, String value) throws Exception {
        int before = jobs.size();
        robot.interact(() -> state.stage(LabelEdit.set(Set.of(NODE), "team", value)));
        assertThat(jobs).hasSize(before + 1);
        runJob(before);
        WhatIfPreview shown = state.previewProperty().get();
        assertThat(shown).isNotNull();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> jobs.size() == before + 2); // after the preview's frames
        return shown;
    }

    private void open(FxRobot robot) {
        robot.interact(() -> state.open(TestStudio.demo(), SnapshotSource.DEMO));
        runJob(jobs.size() - 1);
        assertThat(state.planProperty().get()).isNotNull();
    }

    @Test
    void aDiscardedPreviewsSyncNeverRunsAndANewerStagedEditCancelsTheOlderSync(FxRobot robot) throws Exception {
        open(robot);
        WhatIfPreview first = stageAndShow(robot, "a");
        robot.interact(state::discard);
        runJob(jobs.size() - 1);
        assertThat(syncsStarted).as("the discarded preview's sync did not run").hasValue(0);
        assertThat(first.isSynced()).isFalse();

        WhatIfPreview second = stageAndShow(robot, "b");
        int secondSync = jobs.size() - 1;
        robot.interact(() -> state.stage(LabelEdit.set(Set.of(NODE), "team", "c")));
        runJob(secondSync);
        assertThat(syncsStarted).as("replaced by the next staged edit before it ran").hasValue(0);
        assertThat(second.isSynced()).isFalse();

        runJob(jobs.size() - 1); // the third preview
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> jobs.size() == secondSync + 3);
        runJob(jobs.size() - 1);
        assertThat(syncsStarted).as("the preview kept on screen is synced").hasValue(1);
        assertThat(state.previewProperty().get().isSynced()).isTrue();
    }

    @Test
    void aRunningSyncStopsWhenItsPreviewIsDiscarded(FxRobot robot) throws Exception {
        open(robot);
        WhatIfPreview shown = stageAndShow(robot, "a");
        holdSync = new CountDownLatch(1);
        Runnable sync = jobs.get(jobs.size() - 1);
        Thread worker = new Thread(sync, "held-sync");
        worker.start();
        assertThat(syncHeld.await(30, TimeUnit.SECONDS)).as("the sync started").isTrue();

        robot.interact(state::discard); // interrupts the sync's thread
        holdSync.countDown();
        worker.join(30_000);

        assertThat(worker.isAlive()).isFalse();
        assertThat(syncsPlanned).as("the sync stopped before its plan").hasValue(0);
        assertThat(shown.isSynced()).isFalse();
    }
}
