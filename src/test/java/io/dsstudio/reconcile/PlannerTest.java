package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.LabelSelector;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.dsstudio.domain.TaintEffect.NO_EXECUTE;
import static io.dsstudio.domain.TaintEffect.NO_SCHEDULE;
import static io.dsstudio.reconcile.Fixtures.T0;
import static io.dsstudio.reconcile.Fixtures.aDaemonSet;
import static io.dsstudio.reconcile.Fixtures.aNode;
import static io.dsstudio.reconcile.Fixtures.aPod;
import static org.assertj.core.api.Assertions.assertThat;

/** manage(), claiming and status, mirroring the scenarios of DCT (daemon_controller_test.go). */
class PlannerTest {
    private static final DaemonSet DS = aDaemonSet("ds").generation(1).build();

    static DaemonSetPlan planOne(List<ClusterNode> nodes, DaemonSet ds, List<Pod> pods) {
        Plan plan = new Planner().plan(new Snapshot(nodes, List.of(ds), pods, List.of()), T0.plusSeconds(3600));
        return plan.find(ds.meta().namespace(), ds.meta().name());
    }

    static List<ClusterNode> nodes(int count) {
        List<ClusterNode> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(aNode("node-" + i).build());
        }
        return out;
    }

    static long creates(DaemonSetPlan plan) {
        return plan.actions().stream().filter(a -> a.type() == ActionType.CREATE).count();
    }

    static long deletes(DaemonSetPlan plan) {
        return plan.actions().stream().filter(a -> a.type() == ActionType.DELETE).count();
    }

    @Test
    void planMatchesTheIssueExample() {
        DaemonSet fluentd = aDaemonSet("fluentd").namespace("kube-system").generation(1).build();
        List<ClusterNode> nodes = List.of(aNode("node-1").build(), aNode("node-2").taint("gpu", "true", NO_SCHEDULE).build(),
                aNode("node-3").build(), aNode("node-4").taint("maintenance", NO_EXECUTE).build());
        List<Pod> pods = List.of(aPod("fluentd-a").of(fluentd).generation(1).on("node-1").ready().build(),
                aPod("fluentd-b").of(fluentd).generation(1).on("node-2").ready().build(),
                aPod("fluentd-x7k2p").of(fluentd).generation(1).on("node-4").ready().build());
        DaemonSetPlan plan = planOne(nodes, fluentd, pods);
        assertThat(plan.status()).isEqualTo(new StatusCounts(2, 1, 2, 1, 1, 1, 1));
        assertThat(plan.nodes()).extracting(NodeVerdict::node).containsExactly("node-1", "node-2", "node-3", "node-4");
        assertThat(plan.nodes()).extracting(NodeVerdict::shouldRun).containsExactly(true, false, true, false);
        assertThat(plan.nodes()).extracting(NodeVerdict::shouldContinueRunning).containsExactly(true, true, true, false);
        assertThat(plan.actions()).extracting(PlannedAction::type, PlannedAction::node, PlannedAction::pod, PlannedAction::cause)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ActionType.CREATE, "node-3", null, null),
                        org.assertj.core.groups.Tuple.tuple(ActionType.DELETE, "node-4", "fluentd-x7k2p", DeleteCause.NoExecuteTaint));
    }

    @Test
    void planKeepsIntolerantPodOnNoScheduleTaintedNode() { // TestNoScheduleTaintedDoesntEvicitRunningIntolerantPod
        List<ClusterNode> nodes = List.of(aNode("tainted").taint("k", "v", NO_SCHEDULE).build());
        DaemonSetPlan plan = planOne(nodes, DS, List.of(aPod("p").of(DS).generation(1).on("tainted").build()));
        assertThat(plan.actions()).isEmpty();
        assertThat(plan.status().numberMisscheduled()).isEqualTo(1);
        assertThat(plan.status().desiredNumberScheduled()).isZero();
    }

    @Test
    void planEvictsIntolerantPodOnNoExecuteTaintedNode() { // TestNoExecuteTaintedDoesEvicitRunningIntolerantPod
        List<ClusterNode> nodes = List.of(aNode("tainted").taint("k", "v", NO_EXECUTE).build());
        DaemonSetPlan plan = planOne(nodes, DS, List.of(aPod("p").of(DS).on("tainted").build()));
        assertThat(plan.actions()).singleElement().satisfies(a -> {
            assertThat(a.cause()).isEqualTo(DeleteCause.NoExecuteTaint);
            assertThat(a.reason()).contains("k=v:NoExecute");
        });
    }

    @Test
    void planDeletesPodWhenSelectorStopsMatching() { // TestSelectorDaemonDeletesUnselectedPods
        DaemonSet ds = aDaemonSet("ds").nodeSelector("color", "blue").generation(1).build();
        DaemonSetPlan plan = planOne(List.of(aNode("n").label("color", "red").taint("x", NO_EXECUTE).build()), ds,
                List.of(aPod("p").of(ds).on("n").build()));
        assertThat(plan.actions()).singleElement().extracting(PlannedAction::cause).isEqualTo(DeleteCause.NotShouldContinueRunning);
    }

    @Test
    void planLaunchesPodsOnNotReadyAndUnreachableNodes() { // TestNotReadyNodeDaemonLaunchesPod, unreachable
        List<ClusterNode> nodes = List.of(aNode("not-ready").taint("node.kubernetes.io/not-ready", NO_EXECUTE).build(),
                aNode("unreachable").taint("node.kubernetes.io/unreachable", NO_EXECUTE).build(),
                aNode("cordoned").unschedulable().taint("node.kubernetes.io/unschedulable", NO_SCHEDULE).build());
        assertThat(creates(planOne(nodes, DS, List.of()))).isEqualTo(3);
    }

    @Test
    void planLaunchesOnNetworkUnavailableNodeOnlyWithHostNetwork() { // TestNetworkUnavailableNodeDaemonLaunchesPod
        List<ClusterNode> nodes = List.of(aNode("n").taint("node.kubernetes.io/network-unavailable", NO_SCHEDULE).build());
        assertThat(creates(planOne(nodes, DS, List.of()))).isZero();
        DaemonSet hostNet = aDaemonSet("ds").hostNetwork().generation(1).build();
        assertThat(creates(planOne(nodes, hostNet, List.of()))).isEqualTo(1);
    }

    @Test
    void planDealsWithExistingPods() { // TestDealsWithExistingPods
        List<Pod> pods = new ArrayList<>();
        int[] perNode = {1, 2, 5, 0};
        for (int n = 0; n < perNode.length; n++) {
            for (int i = 0; i < perNode[n]; i++) {
                pods.add(aPod("p-" + n + "-" + i).of(DS).generation(1).on("node-" + n).created(T0.plusSeconds(i)).build());
            }
        }
        pods.add(aPod("released-1").of(DS).label("app", "other").on("node-3").build());
        pods.add(aPod("released-2").of(DS).label("app", "other").on("node-3").build());
        DaemonSetPlan plan = planOne(nodes(5), DS, pods);
        assertThat(creates(plan)).isEqualTo(2);
        assertThat(plan.actions()).filteredOn(a -> a.type() == ActionType.DELETE)
                .extracting(PlannedAction::pod).containsExactly("p-1-1", "p-2-1", "p-2-2", "p-2-3", "p-2-4");
        assertThat(plan.actions()).filteredOn(a -> a.type() == ActionType.DELETE)
                .allMatch(a -> a.cause() == DeleteCause.Duplicate);
    }

    @Test
    void planReportsReleasedPodsAsWarnings() {
        Plan plan = new Planner().plan(new Snapshot(nodes(1), List.of(DS),
                List.of(aPod("gone").of(DS).label("app", "other").on("node-0").build()), List.of()), T0);
        assertThat(plan.warnings()).extracting(d -> d.code()).containsExactly("PodReleased");
        assertThat(plan.daemonSets().get(0).actions()).extracting(PlannedAction::type).containsExactly(ActionType.CREATE);
    }

    @ParameterizedTest(name = "failed={0} running={1}")
    @CsvSource({"0,1,0,0", "0,0,1,0", "1,0,0,1", "1,3,0,3", "2,0,0,2"}) // TestDaemonKillFailedPods
    void planKillsFailedPodsWithoutReplacingThemInTheSamePass(int failed, int running, int expectedCreates, int expectedDeletes) {
        List<Pod> pods = new ArrayList<>();
        for (int i = 0; i < failed; i++) {
            pods.add(aPod("failed-" + i).of(DS).on("node-0").phase("Failed").build());
        }
        for (int i = 0; i < running; i++) {
            pods.add(aPod("running-" + i).of(DS).generation(1).on("node-0").created(T0.plusSeconds(i)).build());
        }
        DaemonSetPlan plan = planOne(nodes(1), DS, pods);
        assertThat(creates(plan)).as(plan.actions().toString()).isEqualTo(expectedCreates);
        assertThat(deletes(plan)).isEqualTo(expectedDeletes);
    }

    @Test
    void planDeletesSucceededPods() {
        DaemonSetPlan plan = planOne(nodes(1), DS, List.of(aPod("done").of(DS).on("node-0").phase("Succeeded").build()));
        assertThat(plan.actions()).singleElement().extracting(PlannedAction::cause).isEqualTo(DeleteCause.Succeeded);
    }

    @Test
    void planIgnoresTerminalPodsBeingDeleted() {
        DaemonSetPlan plan = planOne(nodes(1), DS, List.of(aPod("done").of(DS).on("node-0").phase("Failed").deleting().build()));
        assertThat(plan.actions()).extracting(PlannedAction::type).containsExactly(ActionType.CREATE);
        assertThat(plan.status().currentNumberScheduled()).isZero();
    }

    @Test
    void planRespectsTermination() { // TestDaemonSetRespectsTermination
        DaemonSetPlan plan = planOne(nodes(1), DS, List.of(aPod("terminating").of(DS).on("node-0").deleting().build()));
        assertThat(plan.actions()).isEmpty();
        assertThat(plan.status().currentNumberScheduled()).isEqualTo(1);
    }

    @Test
    void planClaimsLikeGetNodesToDaemonPods() { // TestGetNodesToDaemonPods
        DaemonSet other = aDaemonSet("other").build();
        List<Pod> pods = List.of(
                aPod("owned").of(DS).on("node-0").build(),
                aPod("matching-orphan").orphanFor(DS).on("node-1").build(),
                aPod("non-matching-orphan").label("app", "nope").on("node-2").build(),
                aPod("matching-owned-by-other").orphanFor(DS).ownedBy("DaemonSet", "other", other.meta().uid()).on("node-2").build(),
                aPod("same-name-other-uid").orphanFor(DS).ownedBy("DaemonSet", "ds", "old-uid").on("node-2").build(),
                aPod("matching-orphan-other-ns").orphanFor(DS).namespace("elsewhere").on("node-2").build(),
                aPod("matching-orphan-deleting").orphanFor(DS).deleting().on("node-2").build());
        DaemonSetPlan plan = planOne(nodes(3), DS, pods);
        assertThat(plan.status().currentNumberScheduled()).isEqualTo(2);
        assertThat(plan.actions()).extracting(PlannedAction::type, PlannedAction::node)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ActionType.CREATE, "node-2"));
    }

    @Test
    void planDeletesUnscheduledPodForNotExistingNode() { // TestDeleteUnscheduledPodForNotExistingNode
        List<Pod> pods = List.of(aPod("bound").of(DS).on("gone-1").build(),
                aPod("unbound").of(DS).unboundFor("gone-2").build());
        Plan plan = new Planner().plan(new Snapshot(nodes(1), List.of(DS), pods, List.of()), T0);
        DaemonSetPlan dsPlan = plan.daemonSets().get(0);
        assertThat(dsPlan.actions()).extracting(PlannedAction::type, PlannedAction::node, PlannedAction::cause)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ActionType.DELETE, "gone-2", DeleteCause.UnscheduledOnMissingNode),
                        org.assertj.core.groups.Tuple.tuple(ActionType.CREATE, "node-0", null));
        assertThat(plan.warnings()).extracting(d -> d.code(), d -> d.object())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PodOnMissingNode", "Pod/default/bound"));
        assertThat(dsPlan.status().currentNumberScheduled()).isZero();
    }

    @Test
    void planDoesNothingIfBeingDeleted() { // TestDontDoAnythingIfBeingDeleted
        DaemonSet deleting = aDaemonSet("ds").deleting().build();
        Plan plan = new Planner().plan(new Snapshot(nodes(2), List.of(deleting), List.of(), List.of()), T0);
        assertThat(plan.daemonSets()).isEmpty();
        assertThat(plan.warnings()).extracting(d -> d.code()).containsExactly("DaemonSetNotReconciled");
    }

    @Test
    void planDoesNotSyncDaemonSetWithEmptySelector() { // TestPodIsNotDeletedByDaemonsetWithEmptyLabelSelector
        DaemonSet all = aDaemonSet("ds").selector(new LabelSelector(Map.of(), List.of())).build();
        Plan plan = new Planner().plan(new Snapshot(nodes(1), List.of(all),
                List.of(aPod("someone-else").label("x", "y").on("node-0").build()), List.of()), T0);
        assertThat(plan.daemonSets()).isEmpty();
        assertThat(plan.warnings()).singleElement().satisfies(d -> assertThat(d.message()).contains("selects every pod"));
    }

    @Test
    void planSkipsDaemonSetWithoutName() {
        DaemonSet named = aDaemonSet("ds").build();
        DaemonSet unnamed = named.withMeta(new io.dsstudio.domain.ObjectMeta(null, "default", "u", Map.of(), Map.of(),
                List.of(), null, null, null));
        Plan plan = new Planner().plan(new Snapshot(nodes(1), List.of(unnamed), List.of(), List.of()), T0);
        assertThat(plan.daemonSets()).isEmpty();
        assertThat(plan.warnings()).extracting(d -> d.field()).containsExactly("metadata.name");
    }

    @Test
    void planSelectsNothingWithNilSelector() {
        DaemonSet nil = aDaemonSet("ds").selector(null).build();
        DaemonSetPlan plan = planOne(nodes(1), nil, List.of(aPod("p").orphanFor(nil).on("node-0").build()));
        assertThat(plan.status().currentNumberScheduled()).isZero();
        assertThat(creates(plan)).isEqualTo(1);
    }

    @Test
    void planCountsStatusWithMinReadySeconds() {
        DaemonSet ds = aDaemonSet("ds").generation(2).minReadySeconds(60).build();
        List<Pod> pods = List.of(
                aPod("long-ready").of(ds).generation(2).on("node-0").ready(T0).build(),
                aPod("just-ready").of(ds).generation(1).on("node-1").ready(T0.plusSeconds(3590)).build(),
                aPod("unready").of(ds).generation(2).on("node-2").notReady().build());
        DaemonSetPlan plan = planOne(nodes(4), ds, pods);
        assertThat(plan.status()).isEqualTo(new StatusCounts(4, 3, 0, 2, 2, 1, 3));
    }

    @Test
    void planCountsOldestPodForStatus() {
        List<Pod> pods = List.of(aPod("young-ready").of(DS).on("node-0").created(T0.plusSeconds(10)).ready().build(),
                aPod("old-unready").of(DS).on("node-0").created(T0).notReady().build());
        DaemonSetPlan plan = planOne(nodes(1), DS, pods);
        assertThat(plan.status().numberReady()).isZero();
        assertThat(plan.actions()).extracting(PlannedAction::pod).containsExactly("young-ready");
    }

    @Test
    void planPrefersBoundPodsWhenDeduplicating() {
        List<Pod> pods = List.of(aPod("a-unbound-old").of(DS).unboundFor("node-0").created(T0).build(),
                aPod("b-bound-young").of(DS).on("node-0").created(T0.plusSeconds(100)).build());
        assertThat(planOne(nodes(1), DS, pods).actions()).extracting(PlannedAction::pod).containsExactly("a-unbound-old");
    }
}
