package io.dsstudio.simulation;

import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Converged means what the controller means (nothing to do, nothing to come back for); ownership is written. */
class SimulationConvergenceTest {
    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    private final Simulator simulator = new Simulator(new Planner());

    static String nodes(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            out.append("""
                    apiVersion: v1
                    kind: Node
                    metadata: {name: node-%d}
                    ---
                    """.formatted(i));
        }
        return out.toString();
    }

    static String daemonSet(int minReadySeconds, long generation) {
        return """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                  name: agent
                  namespace: default
                  uid: ds-uid
                  generation: %d
                  annotations: {deprecated.daemonset.template.generation: "%d"}
                spec:
                  minReadySeconds: %d
                  selector: {matchLabels: {app: agent}}
                  updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 1}}
                  template:
                    metadata: {labels: {app: agent}}
                    spec:
                      containers: [{name: agent, image: agent:%d}]
                ---
                """.formatted(generation, generation, minReadySeconds, generation);
    }

    static String pod(String name, String node, long generation, String owner, String readySince, String deletedAt) {
        return """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: %s
                  namespace: default
                  labels: {app: agent, pod-template-generation: "%d"}
                  creationTimestamp: "2026-01-01T00:00:00Z"
                %s%s
                spec: {nodeName: %s, containers: [{name: agent, image: agent:%d}]}
                status:
                  phase: Running
                  conditions: [{type: Ready, status: "True", lastTransitionTime: "%s"}]
                ---
                """.formatted(name, generation,
                owner == null ? "" : "  ownerReferences: [{apiVersion: apps/v1, kind: DaemonSet, name: agent, uid: " + owner
                        + ", controller: true}]\n",
                deletedAt == null ? "" : "  deletionTimestamp: \"" + deletedAt + "\"\n", node, generation, readySince);
    }

    private static Snapshot load(String yaml) {
        return new SnapshotLoader().loadText("cluster.yaml", yaml).snapshot();
    }

    private static int actions(Plan plan) {
        return plan.daemonSets().stream().mapToInt(p -> p.actions().size()).sum();
    }

    /** updateDaemonSetStatus: requeue after minReadySeconds iff minReadySeconds > 0 and numberReady ≠ numberAvailable. */
    @ParameterizedTest(name = "minReadySeconds {0}, Ready since {1}: requeue {2}")
    @CsvSource({
            "0,  2026-01-05T08:59:59Z, false",
            "30, 2026-01-05T08:59:59Z, true",
            "30, 2026-01-05T08:00:00Z, false",
            "30, 2026-01-05T08:59:30Z, true",       // Ready + 30 s is not before now: not yet available
    })
    void aReadyButUnavailablePodIsARequeue(int minReadySeconds, String readySince, boolean requeue) {
        Snapshot s = load(nodes(1) + daemonSet(minReadySeconds, 1) + pod("agent-a", "node-1", 1, "ds-uid", readySince, null));
        SyncResult sync = simulator.sync(SimulationSetup.start(s, NOW), 1);
        assertThat(sync.actionCount()).isZero();
        assertThat(sync.requeues()).hasSize(requeue ? 1 : 0);
        assertThat(sync.converged()).isEqualTo(!requeue);
    }

    @Test
    void rolloutWithMinReadySecondsRunsToTheEnd() {
        StringBuilder yaml = new StringBuilder(nodes(4)).append(daemonSet(20, 2));
        for (int i = 1; i <= 4; i++) {
            yaml.append(pod("agent-old" + i, "node-" + i, 1, "ds-uid", "2026-01-01T00:00:00Z", null));
        }
        List<SyncResult> syncs = simulator.runUntilConverged(SimulationSetup.start(load(yaml.toString()), NOW), r -> { });
        SyncResult last = syncs.get(syncs.size() - 1);
        assertThat(last.converged()).isTrue();
        // the old code stopped at the first sync that found a new pod Ready but not yet available
        assertThat(syncs.stream().filter(r -> r.actionCount() == 0)).hasSizeGreaterThan(1);
        Plan after = new Planner().plan(last.after().snapshot(), last.after().clock());
        assertThat(actions(after)).isZero();
        assertThat(after.daemonSets().get(0).status().updatedNumberScheduled()).isEqualTo(4);
        assertThat(after.daemonSets().get(0).status().numberAvailable()).isEqualTo(4);
    }

    @Test
    void aTerminatingPodIsWaitedForAndItsNodeThenGetsANewPod() {
        Snapshot s = load(nodes(2) + daemonSet(0, 1)
                + pod("agent-1", "node-1", 1, "ds-uid", "2026-01-01T00:00:00Z", null)
                + pod("agent-2", "node-2", 1, "ds-uid", "2026-01-01T00:00:00Z", "2026-01-05T08:59:00Z"));
        List<SyncResult> syncs = simulator.runUntilConverged(SimulationSetup.start(s, NOW), r -> { });
        assertThat(syncs.get(0).actionCount()).as("the node still has its terminating pod (DCT TestDaemonSetRespectsTermination)").isZero();
        assertThat(syncs.get(0).requeues()).containsExactly("default/agent-2: terminating");
        SyncResult last = syncs.get(syncs.size() - 1);
        assertThat(last.converged()).isTrue();
        assertThat(last.after().snapshot().pods()).extracting(Pod::targetNodeName).containsExactlyInAnyOrder("node-1", "node-2");
        assertThat(last.after().deletedPods()).containsExactly("default/agent-2");
    }

    @Test
    void adoptionWritesAControllerReference() {
        Snapshot s = load(nodes(1) + daemonSet(0, 1) + pod("agent-1", "node-1", 1, null, "2026-01-01T00:00:00Z", null));
        SyncResult sync = simulator.sync(SimulationSetup.start(s, NOW), 1);
        assertThat(sync.plan().daemonSets().get(0).adopted()).containsExactly("agent-1");
        Pod adopted = sync.after().snapshot().pods().get(0);
        assertThat(adopted.meta().ownerReferences()).containsExactly(
                new OwnerReference("apps/v1", "DaemonSet", "agent", "ds-uid", true, true));
        SyncResult next = simulator.sync(sync.after(), 2);
        assertThat(next.plan().daemonSets().get(0).adopted()).as("owned now, not adopted again").isEmpty();
    }

    @Test
    void releaseRemovesTheControllerReference() {
        String relabelled = pod("agent-1", "node-1", 1, "ds-uid", "2026-01-01T00:00:00Z", null)
                .replace("labels: {app: agent,", "labels: {app: debug,");
        Snapshot s = load(nodes(1) + daemonSet(0, 1) + relabelled);
        SyncResult sync = simulator.sync(SimulationSetup.start(s, NOW), 1);
        assertThat(sync.plan().daemonSets().get(0).released()).containsExactly("agent-1");
        Pod released = sync.after().snapshot().pods().stream().filter(p -> p.name().equals("agent-1")).findFirst().orElseThrow();
        assertThat(released.meta().ownerReferences()).isEmpty();
        assertThat(released.controllerUid()).isNull();
    }

    @Test
    void aDaemonSetWithoutGenerationGetsGenerationOne() {
        String yaml = daemonSet(0, 1).replace("  generation: 1\n", "");
        Snapshot s = load(nodes(1) + yaml);
        assertThat(s.daemonSets().get(0).meta().generation()).isNull();
        SimulationState start = SimulationSetup.start(s, NOW);
        assertThat(start.snapshot().daemonSets().get(0).meta().generation()).isEqualTo(1L);
    }

    @Test
    void statusTreeIsWhatTheSyncComputedWithObservedGeneration() {
        Snapshot s = load(nodes(2) + daemonSet(0, 3) + pod("agent-1", "node-1", 3, "ds-uid", "2026-01-01T00:00:00Z", null));
        SyncResult sync = simulator.sync(SimulationSetup.start(s, NOW), 1);
        assertThat(StatusTrees.of(sync).values().iterator().next()).containsExactly(
                java.util.Map.entry("currentNumberScheduled", 1L), java.util.Map.entry("numberMisscheduled", 0L),
                java.util.Map.entry("desiredNumberScheduled", 2L), java.util.Map.entry("numberReady", 1L),
                java.util.Map.entry("observedGeneration", 3L), java.util.Map.entry("updatedNumberScheduled", 1L),
                java.util.Map.entry("numberAvailable", 1L), java.util.Map.entry("numberUnavailable", 1L));
    }
}
