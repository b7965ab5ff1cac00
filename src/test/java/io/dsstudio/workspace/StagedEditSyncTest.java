package io.dsstudio.workspace;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.simulation.GeneratorOptions;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The controller sync that a staged edit's Commit makes current, as the app computes it: from the what-if's incremental
 * plan moved to the sync's time (not a whole plan of the cluster), equal to the full sync and its full plan; stopped
 * when its preview is discarded; and the planners of discarded what-ifs let go, so they do not pile up in memory.
 */
class StagedEditSyncTest {
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    /** A clock the test moves, as time passes between what-ifs. */
    private static final class MovingClock extends Clock {
        Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Snapshot generated(int nodes, int daemonSets, long seed) {
        return new SnapshotLoader().loadText("g.yaml", new ClusterGenerator()
                .generate(new GeneratorOptions(nodes, daemonSets, seed, GeneratorOptions.DEFAULT_TIME))).snapshot();
    }

    /** Some DaemonSets wait for their pods to be Ready a while: their availability, and so their plan, moves with the clock. */
    private static Snapshot withMinReadySeconds(Snapshot s, Random random) {
        List<DaemonSet> daemonSets = new ArrayList<>();
        for (DaemonSet ds : s.daemonSets()) {
            int[] choices = {0, 0, 5, 60, 3600};
            daemonSets.add(ds.withMinReadySeconds(choices[random.nextInt(choices.length)]));
        }
        return new Snapshot(s.nodes(), daemonSets, s.pods(), s.revisions());
    }

    private static NodeEdit labelEdit(Snapshot snapshot, Random random) {
        ClusterNode node = snapshot.nodes().get(random.nextInt(snapshot.nodes().size()));
        return switch (random.nextInt(3)) {
            case 0 -> LabelEdit.set(Set.of(node.name()), "pool", random.nextBoolean() ? "gpu" : "general");
            case 1 -> LabelEdit.remove(Set.of(node.name()), "kubernetes.io/os");
            default -> new CordonEdit(Set.of(node.name()), !node.unschedulable());
        };
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theSyncOfAStagedEditEqualsTheFullSyncAtTheSameTimeAndItsPlanAFullPlan(long seed) {
        Random random = new Random(seed);
        Snapshot snapshot = withMinReadySeconds(generated(60, 6, seed), random);
        MovingClock clock = new MovingClock();
        Planner planner = new Planner();
        ControllerSync fullSync = new ControllerSync(planner);
        IncrementalPlanning planning = new IncrementalPlanning(clock);
        WhatIfCalculator whatIf = new WhatIfCalculator(planning, new ControllerSync(planner), clock);
        planning.plan(snapshot);
        for (int round = 0; round < 10; round++) {
            clock.now = clock.now.plusSeconds(random.nextInt(40)); // within and past the planning's clock step
            Plan onScreen = planning.planShown(snapshot);
            NodeEdit edit = labelEdit(snapshot, random);
            WhatIfPreview preview = whatIf.preview(snapshot, edit);
            Instant syncedAt = clock.now;
            clock.now = clock.now.plusSeconds(random.nextInt(5)); // the sync runs a moment later, at the preview's time

            Snapshot expected = fullSync.apply(edit.applyTo(snapshot), syncedAt).snapshot();
            assertThat(preview.currentPlan()).isSameAs(onScreen);
            assertThat(preview.result()).as("round %d: %s", round, edit).isEqualTo(expected);
            assertThat(preview.resultPlan()).as("round %d: %s", round, edit).isEqualTo(planner.plan(expected, syncedAt));
            if (random.nextInt(3) == 0) {
                snapshot = preview.result(); // committed: the synced snapshot is shown, with its plan
                assertThat(planning.planShown(snapshot)).isSameAs(preview.resultPlan());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void discardedWhatIfsKeepNoPlanner(long seed) {
        Snapshot snapshot = generated(40, 4, seed);
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        IncrementalPlanning planning = new IncrementalPlanning(clock);
        WhatIfCalculator whatIf = new WhatIfCalculator(planning, new ControllerSync(new Planner()), clock);
        planning.plan(snapshot);
        int shown = planning.remembered();
        Random random = new Random(seed);
        List<Snapshot> discarded = new ArrayList<>();
        for (int round = 0; round < 3 * IncrementalPlanning.REMEMBERED; round++) {
            WhatIfPreview preview = whatIf.preview(snapshot, labelEdit(snapshot, random));
            preview.result();
            assertThat(planning.remembered()).as("the shown snapshot's planner, the what-if's edited and synced ones")
                    .isEqualTo(shown + 2);
            assertThat(discarded).as("planners of the what-ifs before it").noneMatch(planning::keeps);
            if (random.nextBoolean()) {
                planning.whatIfsDiscarded(snapshot);
                assertThat(planning.remembered()).isEqualTo(shown);
                assertThat(planning.keeps(preview.result())).isFalse();
            }
            discarded.add(preview.result());
        }
        assertThat(planning.keeps(snapshot)).as("the shown snapshot's planner stays").isTrue();
    }

    /** Counts and can stop the sync's planning steps; the rest goes to the app's incremental planning. */
    private static final class WatchedPlanning implements PlanningService {
        final IncrementalPlanning delegate;
        final AtomicInteger movedToSyncTime = new AtomicInteger();
        final AtomicInteger syncsPlanned = new AtomicInteger();
        Runnable whileMoving = () -> { };

        WatchedPlanning(Clock clock) {
            delegate = new IncrementalPlanning(clock);
        }

        @Override
        public Plan plan(Snapshot snapshot) {
            return delegate.plan(snapshot);
        }

        @Override
        public Plan planEdited(Snapshot base, Snapshot edited) {
            return delegate.planEdited(base, edited);
        }

        @Override
        public Plan planShown(Snapshot snapshot) {
            return delegate.planShown(snapshot);
        }

        @Override
        public Plan planAt(Snapshot snapshot, Instant time) {
            movedToSyncTime.incrementAndGet();
            whileMoving.run();
            return delegate.planAt(snapshot, time);
        }

        @Override
        public Plan planSynced(Snapshot edited, Snapshot synced) {
            syncsPlanned.incrementAndGet();
            return delegate.planSynced(edited, synced);
        }
    }

    @Test
    void aSyncWhosePreviewWasDiscardedStopsAtItsNextStepAndKeepsNothing() {
        Snapshot snapshot = generated(40, 4, 7);
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        WatchedPlanning planning = new WatchedPlanning(clock);
        WhatIfCalculator whatIf = new WhatIfCalculator(planning, new ControllerSync(new Planner()), clock);
        planning.plan(snapshot);
        NodeEdit edit = labelEdit(snapshot, new Random(7));
        WhatIfPreview preview = whatIf.preview(snapshot, edit);

        // discarded while the sync moves the plan to its time (the app cancels the task: its thread is interrupted)
        planning.whileMoving = () -> Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(preview::result).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(planning.syncsPlanned).as("neither the sync nor its plan ran").hasValue(0);
        assertThat(preview.isSynced()).isFalse();

        // interrupted before it starts: no step at all
        WhatIfPreview another = whatIf.preview(snapshot, edit);
        int moved = planning.movedToSyncTime.get();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(another::result).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(planning.movedToSyncTime).hasValue(moved);

        // a Commit that asks afterwards computes it, as if nothing had been started
        planning.whileMoving = () -> { };
        Snapshot expected = new ControllerSync(new Planner()).apply(edit.applyTo(snapshot), START).snapshot();
        assertThat(preview.result()).isEqualTo(expected);
        assertThat(preview.isSynced()).isTrue();
        assertThat(planning.syncsPlanned).hasValue(1);
    }
}
