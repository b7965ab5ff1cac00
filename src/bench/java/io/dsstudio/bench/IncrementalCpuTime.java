package io.dsstudio.bench;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.IncrementalPlanner;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.simulation.SimulationSetup;
import io.dsstudio.simulation.SimulationState;
import io.dsstudio.simulation.Simulator;
import io.dsstudio.simulation.SyncResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The workloads of {@link IncrementalPlanBenchmark} and {@link ApplyUntilConvergedBenchmark} in thread CPU time,
 * for a machine shared with other work. Usage after {@code mvn -Pbench test-compile}:
 * {@code java -Xmx6g -cp target/test-classes:target/classes:<deps> io.dsstudio.bench.IncrementalCpuTime 2000 3}
 * (one-node re-plans, then apply runs).
 */
public final class IncrementalCpuTime {
    private IncrementalCpuTime() {
    }

    public static void main(String[] args) {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int applies = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Snapshot snapshot = BenchCluster.build(5_000, 100, 42);
        Instant now = BenchCluster.T0.plusSeconds(7200);

        double[] full = new double[20];
        for (int i = 0; i < full.length; i++) {
            long t = threads.getCurrentThreadCpuTime();
            new Planner().plan(snapshot, now);
            full[i] = (threads.getCurrentThreadCpuTime() - t) / 1e6;
        }
        long t0 = threads.getCurrentThreadCpuTime();
        IncrementalPlanner planner = new IncrementalPlanner(snapshot, now);
        planner.plan();
        double build = (threads.getCurrentThreadCpuTime() - t0) / 1e6;
        ClusterNode[] versions = IncrementalPlanBenchmark.zoneToggle(snapshot.nodes().get(1_000));
        double[] replan = new double[edits];
        long sink = 0;
        for (int i = 0; i < edits; i++) {
            long t = threads.getCurrentThreadCpuTime();
            planner = planner.withNode(versions[(i + 1) & 1]);
            sink += planner.plan().daemonSets().size();
            replan[i] = (threads.getCurrentThreadCpuTime() - t) / 1e6;
        }
        Arrays.sort(full);
        Arrays.sort(replan);
        System.out.printf("full plan CPU ms: min %.1f, median %.1f | incremental build + plan: %.1f ms%n", full[0], full[full.length / 2], build);
        System.out.printf("one-node re-plan CPU ms over %d edits: min %.4f, median %.4f, p90 %.4f (%d)%n",
                edits, replan[0], replan[edits / 2], replan[edits * 9 / 10], sink);

        SimulationState start = SimulationSetup.start(ApplyUntilConvergedBenchmark.tenPercentChanged(snapshot), now);
        for (int run = 0; run < applies; run++) {
            long t = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            List<SyncResult> results = new Simulator(new Planner()).runUntilConverged(start, r -> { });
            int actions = results.stream().mapToInt(SyncResult::actionCount).sum();
            System.out.printf("apply --until-converged: %d syncs, %d actions, CPU %.0f ms, wall %.0f ms, converged %b%n",
                    results.size(), actions, (threads.getCurrentThreadCpuTime() - t) / 1e6, (System.nanoTime() - wall) / 1e6,
                    results.get(results.size() - 1).actionCount() == 0);
        }
    }
}
