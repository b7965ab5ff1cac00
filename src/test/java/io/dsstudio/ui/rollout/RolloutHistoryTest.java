package io.dsstudio.ui.rollout;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.workspace.ControllerSync;
import io.dsstudio.workspace.EmbeddedController;
import io.dsstudio.workspace.SnapshotCommand;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dock's syncs follow the snapshot shown: steps and runs append (whoever ran them), undo and redo move along
 * them, an Apply or any other change starts over, and results never shown are not counted.
 */
class RolloutHistoryTest {
    private static final String PROXY = "kube-system/kube-proxy";

    private final EmbeddedController controller = new EmbeddedController(new ControllerSync(new Planner()), TestStudio.CLOCK);
    private final SyncChains chains = new SyncChains();
    private final RolloutHistory history = new RolloutHistory();

    RolloutHistoryTest() {
        controller.onSync(chains);
    }

    private Snapshot show(Snapshot snapshot) {
        history.show(snapshot, chains.take(snapshot));
        return snapshot;
    }

    @Test
    void stepsAndARunAppendOneSyncEachNumberedFromOne() {
        Snapshot opened = show(TestStudio.demo());
        Snapshot stepped = show(controller.step(opened).after());
        SnapshotCommand run = controller.runToEnd(stepped);
        show(run.after());
        int runSyncs = (Integer) run.descriptionArgs().get(0);
        assertThat(history.size()).isEqualTo(1 + runSyncs);
        assertThat(history.series(PROXY)).extracting(SyncPoint::sync).startsWith(1, 2).hasSize(1 + runSyncs);
        assertThat(history.series("no/such-daemonset")).isEmpty();
    }

    @Test
    void undoAndRedoMoveAlongTheSyncsAndAnotherChangeStartsOver() {
        Snapshot opened = show(TestStudio.demo());
        Snapshot first = show(controller.step(opened).after());
        Snapshot second = show(controller.step(first).after());
        assertThat(history.size()).isEqualTo(2);
        show(first);
        assertThat(history.size()).isEqualTo(1);
        show(opened);
        assertThat(history.size()).isZero();
        show(second);
        assertThat(history.size()).isEqualTo(2);
        show(first);
        Snapshot branched = show(controller.step(first).after());
        assertThat(branched).isNotSameAs(second);
        assertThat(history.size()).isEqualTo(2);
        show(TestStudio.demo());
        assertThat(history.size()).isZero();
    }

    @Test
    void aSyncWhoseResultWasNeverShownIsNotCounted() {
        Snapshot opened = show(TestStudio.demo());
        controller.step(opened); // dropped: the workspace moved on before it was executed
        Snapshot other = show(TestStudio.demo());
        Snapshot stepped = show(controller.step(other).after());
        assertThat(stepped).isNotNull();
        assertThat(history.size()).isEqualTo(1);
    }

    @Test
    void theCountsAreThoseOfTheSyncsPlan() {
        Snapshot opened = show(TestStudio.demo());
        show(controller.step(opened).after());
        SyncCounts counts = history.series(PROXY).get(0).counts();
        var plan = new Planner().plan(io.dsstudio.simulation.SimulationSetup.start(opened, TestStudio.CLOCK.instant()).snapshot(),
                TestStudio.CLOCK.instant()).daemonSets().stream().filter(p -> p.key().equals(PROXY)).findFirst().orElseThrow();
        assertThat(counts).isEqualTo(SyncCounts.of(plan));
    }
}
