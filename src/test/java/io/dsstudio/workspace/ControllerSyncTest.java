package io.dsstudio.workspace;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.DeleteCause;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.reconcile.StatusCounts;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ControllerSyncTest {
    private static final Instant NOW = Instant.parse("2025-06-12T10:00:00Z");
    private final Snapshot demo = new SnapshotOpener(new SnapshotLoader()).openDemo().snapshot();

    @Test
    void applyCreatesOwnedBoundPodsNamedAfterTheDaemonSet() {
        Plan plan = new Plan(List.of(new DaemonSetPlan("kube-system", "kube-proxy", StatusCounts.ZERO, List.of(),
                List.of(PlannedAction.create("ip-10-0-3-104.ec2.internal", "missing")))), List.of());
        Snapshot synced = new ControllerSync().apply(demo, plan, NOW);
        assertThat(synced.pods()).hasSize(demo.pods().size() + 1);
        Pod created = synced.pods().get(synced.pods().size() - 1);
        DaemonSet ds = demo.daemonSets().stream().filter(d -> d.meta().name().equals("kube-proxy")).findFirst().orElseThrow();
        assertThat(created.name()).matches("kube-proxy-[bcdfghjklmnpqrstvwxz2456789]{5}");
        assertThat(created.meta().namespace()).isEqualTo("kube-system");
        assertThat(created.spec().nodeName()).isEqualTo("ip-10-0-3-104.ec2.internal");
        assertThat(created.meta().controllerRef().orElseThrow().uid()).isEqualTo(ds.meta().uid());
        assertThat(created.meta().labels()).containsEntry("k8s-app", "kube-proxy").containsEntry(Pod.TEMPLATE_GENERATION_LABEL, "1");
        assertThat(created.isReady()).isTrue();
    }

    @Test
    void applyDeletesNamedPods() {
        Pod victim = demo.pods().get(0);
        Plan plan = new Plan(List.of(new DaemonSetPlan(victim.meta().namespace(), "x", StatusCounts.ZERO, List.of(),
                List.of(PlannedAction.delete(victim.spec().nodeName(), victim.name(), DeleteCause.NoExecuteTaint, "evicted")))), List.of());
        Snapshot synced = new ControllerSync().apply(demo, plan, NOW);
        assertThat(synced.pods()).hasSize(demo.pods().size() - 1).doesNotContain(victim);
    }

    @Test
    void applyOfTheRealPlanSettlesTheDemoDrift() {
        Planner planner = new Planner();
        Snapshot synced = new ControllerSync().apply(demo, planner.plan(demo, NOW), NOW);
        Plan after = planner.plan(synced, NOW);
        assertThat(after.find("kube-system", "kube-proxy").status().currentNumberScheduled()).isEqualTo(19);
        assertThat(after.find("kube-system", "kube-proxy").actions()).isEmpty();
    }

    @Test
    void suffixIsStableAndFiveCharsLong() {
        assertThat(ControllerSync.suffix("seed")).hasSize(5).isEqualTo(ControllerSync.suffix("seed"));
    }
}
