package io.dsstudio.bench;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Taint;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.workspace.ControllerSync;
import io.dsstudio.workspace.IncrementalPlanning;
import io.dsstudio.workspace.LabelEdit;
import io.dsstudio.workspace.NodeEdit;
import io.dsstudio.workspace.TaintEdit;
import io.dsstudio.workspace.WhatIfCalculator;
import io.dsstudio.workspace.WhatIfPreview;
import io.dsstudio.yaml.SnapshotLoader;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a staged node edit costs the app's background thread, without the window: the what-if shown (the preview's
 * plans) and the controller sync that Commit makes current, in thread CPU time and bytes allocated (what the GC then
 * has to collect), for a label edit of one node and the removal of one node's taint, as the why panel's quick fix
 * stages them. Usage after {@code mvn -Pbench test-compile}:
 * {@code java -Xmx2g -cp target/test-classes:target/classes:<deps> io.dsstudio.bench.StagedEditCostMain FILE [runs]}
 */
public final class StagedEditCostMain {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private StagedEditCostMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Snapshot snapshot = new SnapshotLoader().load(List.of(file.toString())).snapshot();
        Clock clock = Clock.systemUTC();
        IncrementalPlanning planning = new IncrementalPlanning(clock);
        WhatIfCalculator whatIf = new WhatIfCalculator(planning, new ControllerSync(new Planner()), clock);
        Cost open = measure(() -> planning.planOpened(snapshot));
        System.out.printf(Locale.ROOT, "%s: %d nodes, %d pods; planned on open in %s%n", file, snapshot.nodes().size(),
                snapshot.pods().size(), open);
        List<NodeEdit> edits = new ArrayList<>();
        for (int i = 0; edits.size() < runs + 1; i++) {
            ClusterNode node = snapshot.nodes().get((i * 7919) % snapshot.nodes().size());
            edits.add(LabelEdit.set(Set.of(node.name()), "bench.dsstudio.io/staged", "v" + i));
        }
        report("label edit of one node", snapshot, whatIf, edits);
        List<NodeEdit> untaints = new ArrayList<>();
        for (ClusterNode node : snapshot.nodes()) {
            for (Taint taint : node.taints()) {
                if (!taint.key().startsWith("node.kubernetes.io/") && untaints.size() < runs + 1) {
                    untaints.add(TaintEdit.remove(Set.of(node.name()), taint.key(), taint.effect()));
                }
            }
        }
        report("taint removed from one node", snapshot, whatIf, untaints);
    }

    private static void report(String what, Snapshot snapshot, WhatIfCalculator whatIf, List<NodeEdit> edits) {
        List<Cost> previews = new ArrayList<>();
        List<Cost> syncs = new ArrayList<>();
        for (NodeEdit edit : edits) {
            WhatIfPreview[] shown = new WhatIfPreview[1];
            previews.add(measure(() -> shown[0] = whatIf.preview(snapshot, edit)));
            syncs.add(measure(() -> shown[0].resultPlan()));
        }
        System.out.printf(Locale.ROOT, "%-28s what-if: %s | its controller sync and plan: %s (%d edits, first left out)%n",
                what, Cost.median(previews.subList(1, previews.size())), Cost.median(syncs.subList(1, syncs.size())), edits.size() - 1);
    }

    private static Cost measure(Runnable work) {
        long id = Thread.currentThread().getId();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long bytes = THREADS.getThreadAllocatedBytes(id);
        long wall = System.nanoTime();
        work.run();
        return new Cost((System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6,
                (THREADS.getThreadAllocatedBytes(id) - bytes) / 1e6);
    }

    private record Cost(double wallMillis, double cpuMillis, double allocatedMegabytes) {
        static Cost median(List<Cost> costs) {
            return new Cost(mid(costs.stream().mapToDouble(Cost::wallMillis).sorted().toArray()),
                    mid(costs.stream().mapToDouble(Cost::cpuMillis).sorted().toArray()),
                    mid(costs.stream().mapToDouble(Cost::allocatedMegabytes).sorted().toArray()));
        }

        private static double mid(double[] sorted) {
            return sorted[sorted.length / 2];
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f ms CPU (%.1f wall), %.1f MB allocated", cpuMillis, wallMillis, allocatedMegabytes);
        }
    }
}
