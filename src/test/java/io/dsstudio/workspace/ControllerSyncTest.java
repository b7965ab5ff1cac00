package io.dsstudio.workspace;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ControllerSyncTest {
    private static final Instant NOW = Instant.parse("2025-06-12T10:00:00Z");
    private final Snapshot demo = new SnapshotOpener(new SnapshotLoader()).openDemo().snapshot();
    private final Planner planner = new Planner();

    @Test
    void applyCreatesOwnedBoundReadyPodsNamedAfterTheDaemonSet() {
        ControllerSync.Outcome outcome = new ControllerSync(planner).apply(demo, NOW);
        Set<String> before = new HashSet<>(demo.pods().stream().map(Pod::name).toList());
        List<Pod> created = outcome.snapshot().pods().stream().filter(p -> !before.contains(p.name())).toList();
        assertThat(created).isNotEmpty();
        Pod kubeProxy = created.stream().filter(p -> p.name().startsWith("kube-proxy-")).findFirst().orElseThrow();
        DaemonSet ds = demo.daemonSets().stream().filter(d -> d.meta().name().equals("kube-proxy")).findFirst().orElseThrow();
        assertThat(kubeProxy.name()).matches("kube-proxy-[bcdfghjklmnpqrstvwxz2456789]{5}");
        assertThat(kubeProxy.meta().namespace()).isEqualTo("kube-system");
        assertThat(kubeProxy.spec().nodeName()).isNotEmpty();
        assertThat(kubeProxy.meta().controllerRef().orElseThrow().uid()).isEqualTo(ds.meta().uid());
        assertThat(kubeProxy.meta().labels()).containsEntry("k8s-app", "kube-proxy").containsKey(Pod.TEMPLATE_GENERATION_LABEL);
        assertThat(kubeProxy.isReady()).isTrue();
        assertThat(outcome.createdPods()).containsKey("kube-system/" + kubeProxy.name());
    }

    @Test
    void applyOfTheRealPlanSettlesTheDemoDrift() {
        Snapshot synced = new ControllerSync(planner).apply(demo, NOW).snapshot();
        Plan after = planner.plan(synced, NOW);
        assertThat(after.find("kube-system", "kube-proxy").status().currentNumberScheduled()).isEqualTo(19);
        assertThat(after.find("kube-system", "kube-proxy").actions()).isEmpty();
    }

    @Test
    void applyIsDeterministic() {
        ControllerSync sync = new ControllerSync(planner);
        assertThat(sync.apply(demo, NOW).snapshot().pods()).isEqualTo(sync.apply(demo, NOW).snapshot().pods());
    }

    @Test
    void applyKeepsNodesUntouched() {
        List<ClusterNode> nodes = new ControllerSync(planner).apply(demo, NOW).snapshot().nodes();
        assertThat(nodes).isEqualTo(demo.nodes());
    }
}
