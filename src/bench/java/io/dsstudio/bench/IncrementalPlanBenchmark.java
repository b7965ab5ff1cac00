package io.dsstudio.bench;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.IncrementalPlanner;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Re-planning after a one-node edit of the {@link PlanBenchmark} cluster (5,000 nodes × 100 DaemonSets with
 * their pods): the node's {@code topology.kubernetes.io/zone} label toggles between two zones, which the zonal
 * DaemonSets select on, so their desired counts and verdicts change. An operation is the edit plus the new
 * {@link Plan}; {@link #fullPlan} is the same plan from scratch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class IncrementalPlanBenchmark {
    static final String ZONE = "topology.kubernetes.io/zone";
    private final Instant now = BenchCluster.T0.plusSeconds(7200);
    private Snapshot snapshot;
    private IncrementalPlanner planner;
    private ClusterNode[] versions;
    private int flip;

    @Setup
    public void setUp() {
        snapshot = BenchCluster.build(5_000, 100, 42);
        planner = new IncrementalPlanner(snapshot, now);
        versions = zoneToggle(snapshot.nodes().get(1_000));
        IncrementalPlanner edited = planner.withNode(versions[1]);
        Plan full = new Planner().plan(edited.snapshot(), now);
        if (!edited.plan().equals(full)) {
            throw new IllegalStateException("incremental plan differs from the full plan");
        }
    }

    /** The node as it is, and with its zone label moved to another zone. */
    static ClusterNode[] zoneToggle(ClusterNode node) {
        Map<String, String> labels = new LinkedHashMap<>(node.labels());
        labels.put(ZONE, "us-east-1a".equals(labels.get(ZONE)) ? "us-east-1b" : "us-east-1a");
        return new ClusterNode[] {node, node.withMeta(node.meta().withLabels(labels))};
    }

    @Benchmark
    public Plan replanOneNode() {
        flip ^= 1;
        planner = planner.withNode(versions[flip]);
        return planner.plan();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Plan fullPlan() {
        return new Planner().plan(planner.snapshot(), now);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public IncrementalPlanner buildIncremental() {
        return new IncrementalPlanner(snapshot, now);
    }
}
