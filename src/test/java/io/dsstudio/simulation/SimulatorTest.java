package io.dsstudio.simulation;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.IntOrString;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorTest {
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private final Simulator simulator = new Simulator(new Planner());
    private final Planner planner = new Planner();

    private static Snapshot generated(long seed) {
        String yaml = new ClusterGenerator().generate(new GeneratorOptions(60, 10, seed, GeneratorOptions.DEFAULT_TIME));
        return new SnapshotLoader().loadText("generated.yaml", yaml).snapshot();
    }

    private static int actions(Plan plan) {
        return plan.daemonSets().stream().mapToInt(p -> p.actions().size()).sum();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void runUntilConvergedLeavesNothingToPlan(long seed) {
        SimulationState start = SimulationSetup.start(generated(seed), START);
        List<SyncResult> syncs = simulator.runUntilConverged(start, r -> { });
        SyncResult last = syncs.get(syncs.size() - 1);
        assertThat(last.actionCount()).isZero();
        assertThat(syncs.size()).isLessThan(Simulator.MAX_SYNCS);
        Plan after = planner.plan(last.after().snapshot(), last.after().clock());
        assertThat(actions(after)).isZero();
        for (DaemonSetPlan p : after.daemonSets()) {
            assertThat(p.status().numberMisscheduled()).as(p.key()).isLessThanOrEqualTo(
                    (int) last.after().snapshot().nodes().size());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void rollingUpdateNeverExceedsTheUnavailableBudget(long seed) {
        SimulationState converged = converge(SimulationSetup.start(generated(seed), START));
        List<DaemonSet> changed = new ArrayList<>();
        for (DaemonSet ds : converged.snapshot().daemonSets()) {
            changed.add(TemplateChange.apply(ds, TemplateChange.withImage(ds.template(), "example.com/new:2")));
        }
        Snapshot s = converged.snapshot();
        SimulationState rolling = new SimulationState(new Snapshot(s.nodes(), changed, s.pods(), s.revisions()),
                converged.clock(), converged.createdPods(), converged.unbound(), converged.deletedPods());
        List<SyncResult> syncs = simulator.runUntilConverged(rolling, r -> { });
        for (SyncResult sync : syncs) {
            for (DaemonSetPlan p : sync.plan().daemonSets()) {
                DaemonSet ds = changed.stream().filter(d -> d.key().equals(p.key())).findFirst().orElseThrow();
                if (!ds.updateStrategy().isRollingUpdate() || !isZero(ds.updateStrategy().maxSurge())) {
                    continue;
                }
                int budget = scaled(ds.updateStrategy().maxUnavailable(), p.status().desiredNumberScheduled());
                int notReadyAtStart = (int) converged.snapshot().pods().stream()
                        .filter(pod -> ownedBy(pod, ds) && !pod.isReady()).count();
                assertThat(p.status().numberUnavailable()).as("%s at sync %d", p.key(), sync.number())
                        .isLessThanOrEqualTo(budget + notReadyAtStart);
            }
        }
        Plan end = planner.plan(syncs.get(syncs.size() - 1).after().snapshot(), syncs.get(syncs.size() - 1).after().clock());
        for (DaemonSetPlan p : end.daemonSets()) {
            DaemonSet ds = changed.stream().filter(d -> d.key().equals(p.key())).findFirst().orElseThrow();
            if (!ds.updateStrategy().isOnDelete()) {
                assertThat(p.status().updatedNumberScheduled()).as(p.key()).isEqualTo(p.status().desiredNumberScheduled());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void orphanThenRecreateAdoptsEveryOrphan(long seed) {
        SimulationState converged = converge(SimulationSetup.start(generated(seed), START));
        DaemonSet target = converged.snapshot().daemonSets().stream()
                .filter(ds -> ds.meta().name().startsWith("kube-proxy")).findFirst().orElseThrow();
        List<Pod> owned = converged.snapshot().pods().stream().filter(p -> ownedBy(p, target)).toList();
        SimulationState orphaned = DaemonSetDeletion.delete(converged, target, Cascade.ORPHAN);
        assertThat(orphaned.snapshot().pods()).hasSameSizeAs(converged.snapshot().pods());
        assertThat(orphaned.snapshot().pods()).noneMatch(p -> ownedBy(p, target));

        DaemonSet recreated = target.withMeta(target.meta().withUid("a-new-uid-for-the-recreated-daemonset"));
        Snapshot s = orphaned.snapshot();
        List<DaemonSet> daemonSets = new ArrayList<>(s.daemonSets());
        daemonSets.add(recreated);
        SimulationState again = new SimulationState(new Snapshot(s.nodes(), daemonSets, s.pods(), s.revisions()),
                orphaned.clock(), orphaned.createdPods(), orphaned.unbound(), orphaned.deletedPods());
        SyncResult first = simulator.sync(again, 1);
        DaemonSetPlan plan = first.plan().find(recreated.meta().namespace(), recreated.meta().name());
        assertThat(plan.actions()).as("adopted orphans need no new pods").isEmpty();
        assertThat(plan.status().currentNumberScheduled()).isEqualTo(owned.size());
    }

    @Test
    void backgroundDeleteRemovesTheDaemonSetAndItsPods() {
        SimulationState converged = converge(SimulationSetup.start(generated(31), START));
        DaemonSet target = converged.snapshot().daemonSets().get(0);
        SimulationState after = DaemonSetDeletion.delete(converged, target, Cascade.BACKGROUND);
        assertThat(after.snapshot().daemonSets()).doesNotContain(target);
        assertThat(after.snapshot().pods()).noneMatch(p -> ownedBy(p, target));
        assertThat(after.snapshot().pods().size()).isLessThan(converged.snapshot().pods().size());
    }

    @Test
    void realWorldDaemonSetsRollToTheEndOnTheMixedCluster() throws IOException {
        StringBuilder yaml = new StringBuilder(resource("/realworld/cluster-mixed.yaml"));
        for (String name : List.of("node-exporter", "kube-flannel", "kured", "aws-ebs-csi-node", "nvidia-device-plugin",
                "kube-proxy-windows-hostprocess", "k8s-addon-nodelocaldns")) {
            yaml.append("\n---\n").append(resource("/realworld/daemonsets/" + name + ".yaml"));
        }
        Snapshot snapshot = new SnapshotLoader().loadText("mixed.yaml", yaml.toString()).snapshot();
        SimulationState converged = converge(SimulationSetup.start(snapshot, START));
        List<DaemonSet> changed = converged.snapshot().daemonSets().stream()
                .map(ds -> TemplateChange.apply(ds, TemplateChange.withImage(ds.template(), "registry.example/rolled:1"))).toList();
        Snapshot s = converged.snapshot();
        SimulationState rolling = new SimulationState(new Snapshot(s.nodes(), changed, s.pods(), s.revisions()),
                converged.clock(), converged.createdPods(), converged.unbound(), converged.deletedPods());
        List<SyncResult> syncs = simulator.runUntilConverged(rolling, r -> { });
        assertThat(syncs.get(syncs.size() - 1).actionCount()).isZero();
        Plan end = planner.plan(syncs.get(syncs.size() - 1).after().snapshot(), syncs.get(syncs.size() - 1).after().clock());
        assertThat(end.daemonSets()).isNotEmpty();
        for (DaemonSetPlan p : end.daemonSets()) {
            DaemonSet ds = changed.stream().filter(d -> d.key().equals(p.key())).findFirst().orElseThrow();
            if (ds.updateStrategy().isRollingUpdate()) {
                assertThat(p.status().updatedNumberScheduled()).as(p.key()).isEqualTo(p.status().desiredNumberScheduled());
                assertThat(p.status().numberAvailable()).as(p.key()).isEqualTo(p.status().desiredNumberScheduled());
            }
        }
    }

    private SimulationState converge(SimulationState start) {
        List<SyncResult> syncs = simulator.runUntilConverged(start, r -> { });
        SyncResult last = syncs.get(syncs.size() - 1);
        assertThat(last.actionCount()).isZero();
        // one more tick so that pods bound in the last sync are available too
        return simulator.sync(last.after(), syncs.size() + 1).after();
    }

    private static boolean ownedBy(Pod pod, DaemonSet ds) {
        return pod.meta().controllerRef().map(r -> Objects.equals(r.uid(), ds.meta().uid())).orElse(false);
    }

    private static boolean isZero(IntOrString v) {
        return v == null || (v.isInt() ? v.intValue() == 0 : v.stringValue().equals("0%"));
    }

    private static int scaled(IntOrString v, int desired) {
        if (v.isInt()) {
            return v.intValue();
        }
        int percent = Integer.parseInt(v.stringValue().replace("%", ""));
        return (int) Math.ceil(percent * desired / 100.0);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SimulatorTest.class.getResourceAsStream(path)) {
            return new String(Objects.requireNonNull(in, path).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * A sync hands the names in use on to the next sync of its result instead of listing every pod again; syncing
     * an earlier state again, or the same one twice, gives what a fresh simulator gives, and names stay unique.
     */
    @Test
    void syncsOfAnyStateAgreeWithAFreshSimulatorAndKeepNamesUnique() {
        SimulationState converged = converge(SimulationSetup.start(generated(21), START));
        List<DaemonSet> changed = new ArrayList<>();
        for (DaemonSet ds : converged.snapshot().daemonSets()) {
            changed.add(TemplateChange.apply(ds, TemplateChange.withImage(ds.template(), "example.com/new:3")));
        }
        Snapshot s = converged.snapshot();
        SimulationState rolling = new SimulationState(new Snapshot(s.nodes(), changed, s.pods(), s.revisions()),
                converged.clock(), converged.createdPods(), converged.unbound(), converged.deletedPods());
        List<SyncResult> syncs = simulator.runUntilConverged(rolling, r -> {
            List<String> keys = r.after().snapshot().pods().stream().map(EmbeddedCluster::key).toList();
            assertThat(keys).doesNotHaveDuplicates();
        });
        assertThat(syncs.size()).isGreaterThan(2);
        SimulationState middle = syncs.get(syncs.size() / 2).after();
        for (int i = 0; i < 2; i++) {
            SyncResult again = simulator.sync(middle, 1);
            SyncResult fresh = new Simulator(new Planner()).sync(middle, 1);
            assertThat(again.after().snapshot().pods()).isEqualTo(fresh.after().snapshot().pods());
            assertThat(again.after().createdPods()).isEqualTo(fresh.after().createdPods());
            assertThat(again.after().deletedPods()).isEqualTo(fresh.after().deletedPods());
        }
    }
}
