package io.dsstudio.workspace;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Taint;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.simulation.GeneratorOptions;
import io.dsstudio.simulation.TemplateChange;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's incremental planning always equals a full plan, whatever sequence of snapshots it is given. */
class IncrementalPlanningTest {
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void planEqualsAFullPlanAfterEveryEdit(long seed) {
        Snapshot snapshot = new SnapshotLoader().loadText("g.yaml", new ClusterGenerator()
                .generate(new GeneratorOptions(80, 8, seed, GeneratorOptions.DEFAULT_TIME))).snapshot();
        IncrementalPlanning planning = new IncrementalPlanning(Clock.fixed(NOW, ZoneOffset.UTC));
        Planner full = new Planner();
        Random random = new Random(seed);
        List<Snapshot> history = new ArrayList<>();
        for (int step = 0; step < 40; step++) {
            assertThat(planning.plan(snapshot)).as("step %d", step).isEqualTo(full.plan(snapshot, NOW));
            history.add(snapshot);
            snapshot = random.nextInt(6) == 0 && history.size() > 1
                    ? history.get(random.nextInt(history.size()))   // undo/redo and previews jump back
                    : edit(snapshot, random);
        }
    }

    private static Snapshot edit(Snapshot s, Random random) {
        List<ClusterNode> nodes = new ArrayList<>(s.nodes());
        List<DaemonSet> daemonSets = new ArrayList<>(s.daemonSets());
        List<Pod> pods = new ArrayList<>(s.pods());
        int i = random.nextInt(nodes.size());
        ClusterNode node = nodes.get(i);
        switch (random.nextInt(6)) {
            case 0 -> {
                Map<String, String> labels = new LinkedHashMap<>(node.labels());
                labels.put("pool", random.nextBoolean() ? "gpu" : "general");
                nodes.set(i, node.withMeta(node.meta().withLabels(labels)));
            }
            case 1 -> {
                List<Taint> taints = new ArrayList<>(node.taints());
                taints.add(Taint.of("maintenance", "", random.nextBoolean() ? "NoSchedule" : "NoExecute"));
                nodes.set(i, node.withTaints(taints));
            }
            case 2 -> nodes.set(i, node.withUnschedulable(!node.unschedulable()));
            case 3 -> {
                int d = random.nextInt(daemonSets.size());
                DaemonSet ds = daemonSets.get(d);
                daemonSets.set(d, TemplateChange.apply(ds, TemplateChange.withImage(ds.template(), "img:" + random.nextInt(9))));
            }
            case 4 -> {
                if (!pods.isEmpty()) {
                    pods.remove(random.nextInt(pods.size()));
                }
            }
            default -> nodes.remove(i);
        }
        return new Snapshot(nodes, daemonSets, pods, s.revisions());
    }
}
