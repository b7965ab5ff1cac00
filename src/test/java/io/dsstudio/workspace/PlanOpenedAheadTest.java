package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.simulation.GeneratorOptions;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot read from a file is planned from the moment it is read, while the app hands it to the FX thread: the
 * plan the open then asks for is that plan (at the clock of the read), equal to a full plan; a snapshot planned ahead
 * but edited before its plan was asked for (an autosave journal replayed) is followed from it, not kept aside.
 */
class PlanOpenedAheadTest {
    private static final Instant READ_AT = Instant.parse("2026-01-05T09:00:00Z");

    /** A clock the test moves on. */
    private static final class SteppedClock extends Clock {
        private Instant now = READ_AT;

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

    private static Path generatedFile(long seed) throws Exception {
        Path file = Files.createTempFile("dsstudio-ahead", ".yaml");
        Files.writeString(file, new ClusterGenerator().generate(new GeneratorOptions(80, 7, seed, GeneratorOptions.DEFAULT_TIME)));
        return file;
    }

    @Test
    void theOpenersReadStartsThePlanThatTheOpenThenTakes() throws Exception {
        SteppedClock clock = new SteppedClock();
        IncrementalPlanning planning = new IncrementalPlanning(clock);
        List<Snapshot> read = new ArrayList<>();
        SnapshotOpener opener = new SnapshotOpener(SnapshotLoader::new, snapshot -> {
            read.add(snapshot);
            planning.planOpenedAhead(snapshot);
        });

        Snapshot opened = opener.open(generatedFile(3)).snapshot();
        clock.now = READ_AT.plus(Duration.ofSeconds(1)); // the FX thread shows the snapshot meanwhile
        Plan plan = planning.planOpened(opened);

        assertThat(read).containsExactly(opened);
        assertThat(plan).as("planned at the clock of the read, as a full plan").isEqualTo(new Planner().plan(opened, READ_AT));
        assertThat(planning.remembered()).isEqualTo(1);
        assertThat(planning.planShown(opened)).isSameAs(plan);
    }

    @Test
    void anotherSnapshotOpenedThanTheOneReadAheadIsPlannedOnItsOwn() throws Exception {
        IncrementalPlanning planning = new IncrementalPlanning(Clock.fixed(READ_AT, ZoneOffset.UTC));
        SnapshotOpener opener = new SnapshotOpener(SnapshotLoader::new, planning::planOpenedAhead);
        opener.open(generatedFile(4));
        Snapshot other = new SnapshotLoader().load(List.of(generatedFile(5).toString())).snapshot();

        assertThat(planning.planOpened(other)).isEqualTo(new Planner().plan(other, READ_AT));
        assertThat(planning.remembered()).as("the snapshot read ahead is let go of").isEqualTo(1);
    }

    @Test
    void aSnapshotEditedBeforeItsPlanWasAskedForIsPlannedFromTheOneReadAhead() throws Exception {
        IncrementalPlanning planning = new IncrementalPlanning(Clock.fixed(READ_AT, ZoneOffset.UTC));
        Snapshot opened = new SnapshotOpener(SnapshotLoader::new, planning::planOpenedAhead).open(generatedFile(6)).snapshot();
        Snapshot edited = new Snapshot(opened.nodes().subList(1, opened.nodes().size()), opened.daemonSets(),
                opened.pods(), opened.revisions());

        assertThat(planning.plan(edited)).isEqualTo(new Planner().plan(edited, READ_AT));
        assertThat(planning.remembered()).as("the one read ahead, then the edited one").isEqualTo(2);
    }
}
