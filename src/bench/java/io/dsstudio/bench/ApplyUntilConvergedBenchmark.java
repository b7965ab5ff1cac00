package io.dsstudio.bench;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.simulation.SimulationSetup;
import io.dsstudio.simulation.SimulationState;
import io.dsstudio.simulation.Simulator;
import io.dsstudio.simulation.SyncResult;
import io.dsstudio.simulation.TemplateChange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What {@code dsstudio apply --until-converged} does after a template change of 10 of the 100 DaemonSets of
 * the {@link PlanBenchmark} cluster (a new image, so the template generation goes up): syncs of the embedded
 * cluster until one plans nothing. Single shot: one operation is the whole run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class ApplyUntilConvergedBenchmark {
    private final Instant now = BenchCluster.T0.plusSeconds(7200);
    private SimulationState start;

    @Setup
    public void setUp() {
        start = SimulationSetup.start(tenPercentChanged(BenchCluster.build(5_000, 100, 42)), now);
    }

    /** Every tenth DaemonSet gets a new image. */
    static Snapshot tenPercentChanged(Snapshot snapshot) {
        List<DaemonSet> daemonSets = new ArrayList<>(snapshot.daemonSets());
        for (int d = 0; d < daemonSets.size(); d += 10) {
            DaemonSet ds = daemonSets.get(d);
            daemonSets.set(d, TemplateChange.apply(ds, TemplateChange.withImage(ds.template(), "registry.example/" + ds.meta().name() + ":2")));
        }
        return new Snapshot(snapshot.nodes(), daemonSets, snapshot.pods(), snapshot.revisions());
    }

    @Benchmark
    public int applyUntilConverged() {
        // as apply does: only the last sync's state is kept
        SyncResult last = new Simulator(new Planner()).runKeepingLast(start, Simulator.MAX_SYNCS, r -> { });
        if (last.actionCount() != 0) {
            throw new IllegalStateException("not converged after " + last.number() + " syncs");
        }
        return last.number();
    }
}
