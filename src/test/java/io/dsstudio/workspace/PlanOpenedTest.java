package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.simulation.GeneratorOptions;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot opened anew is planned afresh and the planners kept for the snapshot before it are let go of (each holds
 * its whole snapshot: reopening a 10,000-node file kept two in memory); a live update of the same cluster still
 * re-plans from the one before.
 */
class PlanOpenedTest {
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    private static Snapshot generated(long seed) {
        return new SnapshotLoader().loadText("g.yaml", new ClusterGenerator()
                .generate(new GeneratorOptions(60, 6, seed, GeneratorOptions.DEFAULT_TIME))).snapshot();
    }

    @Test
    void aSnapshotOpenedAnewIsPlannedInFullAndKeepsNoOtherSnapshotsPlanner() {
        IncrementalPlanning planning = new IncrementalPlanning(Clock.fixed(NOW, ZoneOffset.UTC));
        Snapshot first = generated(1);
        planning.plan(first);
        Snapshot edited = new Snapshot(first.nodes().subList(1, first.nodes().size()), first.daemonSets(), first.pods(),
                first.revisions());
        planning.planEdited(first, edited);
        assertThat(planning.remembered()).isEqualTo(2);

        Snapshot reopened = generated(1);
        io.dsstudio.reconcile.Plan opened = planning.planOpened(reopened);
        assertThat(opened).isEqualTo(new Planner().plan(reopened, NOW));
        assertThat(planning.remembered()).as("only the opened snapshot's planner").isEqualTo(1);
        assertThat(planning.planShown(reopened)).as("the plan on screen is kept").isSameAs(opened);
    }

    @Test
    void openingAFileOrTheDemoPlansAnewAndALiveUpdateOfTheSameClusterDoesNot() throws Exception {
        List<String> asked = new ArrayList<>();
        Planner planner = new Planner();
        PlanningService counting = new PlanningService() {
            @Override
            public io.dsstudio.reconcile.Plan plan(Snapshot snapshot) {
                asked.add("plan");
                return planner.plan(snapshot, NOW);
            }

            @Override
            public io.dsstudio.reconcile.Plan planOpened(Snapshot snapshot) {
                asked.add("opened");
                return planner.plan(snapshot, NOW);
            }
        };
        Path home = Files.createTempDirectory("dsstudio-test");
        StudioState state = new StudioState(new Workspace(), counting, new WhatIfCalculator(counting,
                new ControllerSync(planner), Clock.fixed(NOW, ZoneOffset.UTC)), TaskRunner.sameThread(), new EditJournal(home));
        Snapshot snapshot = generated(2);

        state.open(snapshot, SnapshotSource.of(Path.of("a.yaml")));
        state.open(snapshot, SnapshotSource.of(Path.of("a.yaml")));
        state.open(snapshot, SnapshotSource.DEMO);
        state.open(snapshot, SnapshotSource.live("prod"));
        state.open(snapshot, SnapshotSource.live("prod"));
        state.open(snapshot, SnapshotSource.live("staging"));

        assertThat(asked).containsExactly("opened", "opened", "opened", "opened", "plan", "opened");
        assertThat(state.planProperty().get()).isEqualTo(planner.plan(snapshot, NOW));
    }
}
