package io.dsstudio.simulation;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.fixtures.PendingRollout;
import io.dsstudio.reconcile.Planner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A forecast no longer wanted (the app interrupts the task of a superseded snapshot or preview) stops at its next
 * sync; and a forecast re-plans incrementally, planning every DaemonSet afresh once per run.
 */
class RolloutForecastCancellationTest {
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    /** 164 nodes rolled one at a time: a forecast of 160-odd syncs. */
    private static Snapshot longRollout() {
        return PendingRollout.nodes(164, "node-%03d").strategy("{type: RollingUpdate, rollingUpdate: {maxUnavailable: 1}}").snapshot();
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void anInterruptedForecastStopsAtTheNextSync() {
        List<Integer> syncs = new ArrayList<>();

        assertThatThrownBy(() -> RolloutForecast.of(longRollout(), NOW, null, sync -> {
            syncs.add(sync);
            if (sync == 3) {
                Thread.currentThread().interrupt();     // as TaskRunner.cancel() does to the forecast's task
            }
        })).isInstanceOf(CancellationException.class);

        assertThat(syncs).containsExactly(1, 2, 3);
    }

    @Test
    void aForecastLeftAloneRunsEverySync() {
        List<Integer> syncs = new ArrayList<>();

        RolloutForecast.of(longRollout(), NOW, null, syncs::add);

        assertThat(syncs).hasSizeGreaterThan(160);
    }

    @Test
    void syncsOfOneRunArePlannedIncrementallyAsThePlannerWould() {
        Snapshot snapshot = RolloutForecastSameResultTest.cluster(4);
        IncrementalPlanning planning = new IncrementalPlanning();
        Simulator simulator = Simulator.stallingUnreadyNodes(new Planner());
        SimulationState state = SimulationSetup.start(snapshot, NOW);
        for (int i = 1; i <= 6; i++) {
            SyncResult sync = simulator.sync(state, i, planning);
            state = sync.after();
        }
        Snapshot next = Simulator.startPendingPods(state, state.clock()).snapshot();

        assertThat(planning.apply(next, state.clock())).isEqualTo(new Planner().plan(next, state.clock()));
        assertThat(planning.freshPlans()).isEqualTo(1);
    }
}
