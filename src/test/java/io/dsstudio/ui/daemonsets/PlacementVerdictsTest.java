package io.dsstudio.ui.daemonsets;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Taint;
import io.dsstudio.domain.TaintEffect;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.simulation.GeneratorOptions;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.PodIndex;
import io.dsstudio.ui.common.ReasonText;
import io.dsstudio.workspace.TaintEdit;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map colours tiles by {@link DaemonSetRows#verdicts} (no reason texts): for every node and DaemonSet it must
 * say what the placement matrix's rows say, on generated snapshots with seeded random taints of every effect.
 */
class PlacementVerdictsTest {
    private static final ReasonText TEXT = new ReasonText(new Messages(Locale.ENGLISH));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 7})
    void verdictsAloneAreThePlacementRowsVerdicts(long seed) throws Exception {
        String text = new ClusterGenerator().generate(new GeneratorOptions(240, 8, seed, GeneratorOptions.DEFAULT_TIME));
        Snapshot snapshot = tainted(new SnapshotLoader().loadText("generated.yaml", text).snapshot(), new Random(seed));
        assertSameVerdicts(snapshot);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void verdictsAloneAreThePlacementRowsVerdictsOnTheDemo(long seed) {
        assertSameVerdicts(tainted(TestStudio.demo(), new Random(seed)));
    }

    /**
     * The map keeps the plan's node order between DaemonSets as a hint: whatever it holds (left from another
     * snapshot, out of range, or right), the verdicts are those found by name.
     */
    @ParameterizedTest
    @ValueSource(longs = {3, 5})
    void anOrderHintChangesNoVerdict(long seed) throws Exception {
        String text = new ClusterGenerator().generate(new GeneratorOptions(240, 8, seed, GeneratorOptions.DEFAULT_TIME));
        Snapshot snapshot = tainted(new SnapshotLoader().loadText("generated.yaml", text).snapshot(), new Random(seed));
        Plan plan = new Planner().plan(snapshot, TestStudio.CLOCK.instant());
        PodIndex pods = new PodIndex(snapshot);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < snapshot.nodes().size(); i++) {
            positions.putIfAbsent(snapshot.nodes().get(i).name(), i);
        }
        Random random = new Random(seed);
        int[] order = new int[snapshot.nodes().size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = random.nextInt(order.length + 20) - 10;
        }
        for (DaemonSet ds : snapshot.daemonSets()) {
            assertThat(DaemonSetRows.verdicts(snapshot, pods, plan, ds.key(), positions, order)).as(ds.key())
                    .containsExactly(DaemonSetRows.verdicts(snapshot, pods, plan, ds.key(), positions));
        }
    }

    private static Snapshot tainted(Snapshot snapshot, Random random) {
        String[] effects = {TaintEffect.NO_EXECUTE, TaintEffect.NO_SCHEDULE, TaintEffect.PREFER_NO_SCHEDULE};
        Set<String> nodes = new HashSet<>();
        for (ClusterNode node : snapshot.nodes()) {
            if (random.nextInt(6) == 0) {
                nodes.add(node.name());
            }
        }
        for (String node : nodes) {
            snapshot = TaintEdit.add(Set.of(node), Taint.of("test/t" + random.nextInt(3), "x", effects[random.nextInt(3)]))
                    .applyTo(snapshot);
        }
        return snapshot;
    }

    private static void assertSameVerdicts(Snapshot snapshot) {
        Plan plan = new Planner().plan(snapshot, TestStudio.CLOCK.instant());
        PodIndex pods = new PodIndex(snapshot);
        Map<PlacementVerdict, Integer> seen = new HashMap<>();
        for (DaemonSet ds : snapshot.daemonSets()) {
            Map<String, PlacementVerdict> fromRows = new HashMap<>();
            for (PlacementRow row : DaemonSetRows.placement(snapshot, pods, plan, ds.key(), TEXT)) {
                fromRows.putIfAbsent(row.node(), row.verdict());
                seen.merge(row.verdict(), 1, Integer::sum);
            }
            assertThat(verdictsByNode(snapshot, pods, plan, ds.key())).as(ds.key()).isEqualTo(fromRows);
        }
        assertThat(seen).as("the snapshot exercises more than one verdict").hasSizeGreaterThan(1);
    }

    /** The map's verdicts (in node order) by node name; nodes without a verdict absent. */
    private static Map<String, PlacementVerdict> verdictsByNode(Snapshot snapshot, PodIndex pods, Plan plan, String key) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < snapshot.nodes().size(); i++) {
            positions.putIfAbsent(snapshot.nodes().get(i).name(), i);
        }
        PlacementVerdict[] byPosition = DaemonSetRows.verdicts(snapshot, pods, plan, key, positions);
        Map<String, PlacementVerdict> verdicts = new HashMap<>();
        positions.forEach((node, at) -> {
            if (byPosition[at] != null) {
                verdicts.put(node, byPosition[at]);
            }
        });
        return verdicts;
    }
}
