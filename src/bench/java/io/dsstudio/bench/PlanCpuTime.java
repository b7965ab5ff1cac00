package io.dsstudio.bench;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Planner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;

/**
 * The workload of {@link PlanBenchmark} timed in thread CPU time rather than wall time, for a machine shared
 * with other work (wall time then mostly measures waiting for a core). Usage after {@code mvn -Pbench verify}:
 * {@code java -Xmx4g -cp target/test-classes:target/classes:<deps> io.dsstudio.bench.PlanCpuTime 40}.
 */
public final class PlanCpuTime {
    private PlanCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Snapshot snapshot = BenchCluster.build(5_000, 100, 42);
        Instant now = BenchCluster.T0.plusSeconds(7200);
        String[] keys = snapshot.daemonSets().stream()
                .map(d -> d.template().spec().nodeSelector().isEmpty() ? "kubernetes.io/os"
                        : d.template().spec().nodeSelector().keySet().iterator().next())
                .toArray(String[]::new);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] plan = new double[rounds];
        double[] lookup = new double[rounds];
        long sink = 0;
        for (int i = 0; i < rounds; i++) {
            long t = threads.getCurrentThreadCpuTime();
            sink += new Planner().plan(snapshot, now).daemonSets().size();
            plan[i] = (threads.getCurrentThreadCpuTime() - t) / 1e6;
            t = threads.getCurrentThreadCpuTime();
            for (String key : keys) {
                for (ClusterNode node : snapshot.nodes()) {
                    if (node.labels().get(key) != null) {
                        sink++;
                    }
                }
            }
            lookup[i] = (threads.getCurrentThreadCpuTime() - t) / 1e6;
        }
        Arrays.sort(plan);
        Arrays.sort(lookup);
        System.out.printf("nodes %d, DaemonSets %d, pods %d%n", snapshot.nodes().size(), snapshot.daemonSets().size(), snapshot.pods().size());
        System.out.printf("plan CPU ms: min %.1f, median %.1f | label lookup per pair CPU ms: min %.2f, median %.2f | ratio of medians %.1f (%d)%n",
                plan[0], plan[rounds / 2], lookup[0], lookup[rounds / 2], plan[rounds / 2] / lookup[rounds / 2], sink);
    }
}
