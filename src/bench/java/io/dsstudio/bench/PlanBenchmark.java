package io.dsstudio.bench;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A full plan of 5,000 nodes × 100 DaemonSets with their pods, against a bare loop doing one label lookup per
 * (node, DaemonSet) pair — the floor any per-pair decision has to pay.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanBenchmark {
    private Snapshot snapshot;
    private List<ClusterNode> nodes;
    private String[] lookupKeys;
    private final Instant now = BenchCluster.T0.plusSeconds(7200);

    @Setup
    public void setUp() {
        snapshot = BenchCluster.build(5_000, 100, 42);
        nodes = snapshot.nodes();
        lookupKeys = snapshot.daemonSets().stream()
                .map(DaemonSet::template)
                .map(t -> t.spec().nodeSelector().isEmpty() ? "kubernetes.io/os" : t.spec().nodeSelector().keySet().iterator().next())
                .toArray(String[]::new);
    }

    @Benchmark
    public Plan plan() {
        return new Planner().plan(snapshot, now);
    }

    @Benchmark
    public int labelLookupPerPair() {
        int hits = 0;
        for (String key : lookupKeys) {
            for (ClusterNode node : nodes) {
                if (node.labels().get(key) != null) {
                    hits++;
                }
            }
        }
        return hits;
    }
}
