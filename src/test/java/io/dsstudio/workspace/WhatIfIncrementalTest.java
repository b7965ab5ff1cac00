package io.dsstudio.workspace;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Taint;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.simulation.GeneratorOptions;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The what-if of a node edit through the app's incremental planning: the same preview as with full plans, against the
 * plan on screen (the same object), with the rows the edit does not touch kept as they were, and the controller's sync
 * left until the result is asked for.
 */
class WhatIfIncrementalTest {
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void previewOfANodeEditEqualsTheFullOneAndKeepsTheUntouchedRows(long seed) {
        Snapshot snapshot = new SnapshotLoader().loadText("g.yaml", new ClusterGenerator()
                .generate(new GeneratorOptions(80, 8, seed, GeneratorOptions.DEFAULT_TIME))).snapshot();
        Planner planner = new Planner();
        IncrementalPlanning incremental = new IncrementalPlanning(CLOCK);
        WhatIfCalculator app = new WhatIfCalculator(incremental, new ControllerSync(planner), CLOCK);
        WhatIfCalculator full = new WhatIfCalculator(s -> planner.plan(s, NOW), new ControllerSync(planner), CLOCK);
        Random random = new Random(seed);
        for (int round = 0; round < 12; round++) {
            Plan onScreen = incremental.plan(snapshot);
            NodeEdit edit = edit(snapshot, random);

            WhatIfPreview preview = app.preview(snapshot, edit);
            WhatIfPreview expected = full.preview(snapshot, edit);

            assertThat(preview.isSynced()).as("sync computed before asked for").isFalse();
            assertThat(preview.currentPlan()).isSameAs(onScreen);
            assertThat(preview.editedPlan()).as("round %d: %s", round, edit).isEqualTo(expected.editedPlan());
            assertThat(preview.impacts()).isEqualTo(expected.impacts());
            for (DaemonSetPlan after : preview.editedPlan().daemonSets()) {
                DaemonSetPlan before = onScreen.find(after.namespace(), after.name());
                if (before.nodes().equals(after.nodes()) && before.actions().equals(after.actions()) && before.status().equals(after.status())) {
                    assertThat(after).as("a row the edit does not change is not re-planned").isSameAs(before);
                }
            }
            assertThat(preview.result()).isEqualTo(expected.result());
            assertThat(preview.resultPlan()).isEqualTo(expected.resultPlan());
            if (random.nextBoolean()) {
                snapshot = preview.result(); // committed
            }
        }
    }

    /** Defect: after two what-ifs (each remembers its edited and its synced snapshot) the plan on screen was planned again. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void whatIfsInARowCompareWithTheSamePlanOnScreen(long seed) {
        Snapshot snapshot = new SnapshotLoader().loadText("g.yaml", new ClusterGenerator()
                .generate(new GeneratorOptions(40, 4, seed, GeneratorOptions.DEFAULT_TIME))).snapshot();
        IncrementalPlanning incremental = new IncrementalPlanning(CLOCK);
        WhatIfCalculator app = new WhatIfCalculator(incremental, new ControllerSync(new Planner()), CLOCK);
        Plan onScreen = incremental.plan(snapshot);
        Random random = new Random(seed);
        for (int round = 0; round < 2 * IncrementalPlanning.REMEMBERED; round++) {
            WhatIfPreview preview = app.preview(snapshot, edit(snapshot, random));
            preview.result(); // synced, as the app does once the preview is shown

            assertThat(preview.currentPlan()).as("round %d", round).isSameAs(onScreen);
        }
    }

    private static NodeEdit edit(Snapshot snapshot, Random random) {
        ClusterNode node = snapshot.nodes().get(random.nextInt(snapshot.nodes().size()));
        Set<String> one = Set.of(node.name());
        return switch (random.nextInt(5)) {
            case 0 -> LabelEdit.set(one, "pool", random.nextBoolean() ? "gpu" : "general");
            case 1 -> LabelEdit.remove(one, "kubernetes.io/os");
            case 2 -> TaintEdit.add(one, Taint.of("maintenance", "", random.nextBoolean() ? "NoSchedule" : "NoExecute"));
            case 3 -> node.taints().isEmpty() ? new CordonEdit(one, true)
                    : TaintEdit.remove(one, node.taints().get(0).key(), node.taints().get(0).effect());
            default -> new CordonEdit(one, !node.unschedulable());
        };
    }
}
