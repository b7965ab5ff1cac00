package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.ControllerRevision;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.IntOrString;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.OwnerReference;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.dsstudio.domain.TaintEffect.NO_SCHEDULE;
import static io.dsstudio.reconcile.Fixtures.T0;
import static io.dsstudio.reconcile.Fixtures.aDaemonSet;
import static io.dsstudio.reconcile.Fixtures.aNode;
import static io.dsstudio.reconcile.Fixtures.aPod;
import static io.dsstudio.reconcile.PlannerTest.nodes;
import static io.dsstudio.reconcile.PlannerTest.planOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Rolling update (semantics.md §6), mirroring UPT (update_test.go) and the surge tests of DCT. */
class RollingUpdateTest {

    static Stream<Arguments> budgetCases() { // TestGetUnavailableNumbers and DU SurgeCount
        return Stream.of(
                Arguments.of(IntOrString.of("25%"), IntOrString.of(0), 5, 2, 0),
                Arguments.of(IntOrString.of("50%"), IntOrString.of(0), 3, 2, 0),
                Arguments.of(IntOrString.of("10%"), IntOrString.of(0), 20, 2, 0),
                Arguments.of(IntOrString.of("1%"), IntOrString.of(0), 1, 1, 0),
                Arguments.of(IntOrString.of(3), IntOrString.of(0), 2, 3, 0),
                Arguments.of(IntOrString.of(0), IntOrString.of("1%"), 10, 0, 1),
                Arguments.of(IntOrString.of(0), IntOrString.of("30%"), 5, 0, 2),
                Arguments.of(IntOrString.of("0%"), IntOrString.of("0%"), 10, 1, 0),  // impossible config: upstream falls back to 1
                Arguments.of(IntOrString.of(0), IntOrString.of(0), 0, 0, 0));
    }

    @ParameterizedTest(name = "maxUnavailable={0} maxSurge={1} desired={2}")
    @MethodSource("budgetCases")
    void budgetScalesPercentagesRoundingUp(IntOrString maxUnavailable, IntOrString maxSurge, int desired,
                                           int expectedUnavailable, int expectedSurge) {
        DaemonSet ds = aDaemonSet("ds").rollingUpdate(maxUnavailable, maxSurge).build();
        RollingUpdateBudget.Budget budget = RollingUpdateBudget.of(ds, desired).orElseThrow();
        assertThat(budget.maxUnavailable()).isEqualTo(expectedUnavailable);
        assertThat(budget.maxSurge()).isEqualTo(expectedSurge);
    }

    @Test
    void budgetIsEmptyForAnUnscalableValue() {
        DaemonSet ds = aDaemonSet("ds").rollingUpdate(IntOrString.of("20Percent"), IntOrString.of(0)).build();
        assertThat(RollingUpdateBudget.of(ds, 10)).isEmpty();
    }

    private static List<Pod> oldPods(DaemonSet ds, int count, boolean ready) {
        List<Pod> pods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PodBuilder b = aPod("old-" + i).of(ds).generation(1).on("node-" + i);
            pods.add((ready ? b.ready() : b.notReady()).build());
        }
        return pods;
    }

    @Test
    void rollingUpdateDeletesUpToMaxUnavailableInNodeOrder() {
        DaemonSet ds = aDaemonSet("ds").generation(2).maxUnavailable(2).build();
        DaemonSetPlan plan = planOne(nodes(5), ds, oldPods(ds, 5, true));
        assertThat(plan.actions()).extracting(PlannedAction::pod, PlannedAction::cause)
                .containsExactly(tuple("old-0", DeleteCause.RollingUpdate), tuple("old-1", DeleteCause.RollingUpdate));
        assertThat(plan.status().updatedNumberScheduled()).isZero();
    }

    @Test
    void rollingUpdateReplacesAllOldPodsNotReady() { // TestDaemonSetUpdatesAllOldPodsNotReady
        DaemonSet ds = aDaemonSet("ds").generation(2).maxUnavailable(3).build();
        DaemonSetPlan plan = planOne(nodes(5), ds, oldPods(ds, 5, false));
        assertThat(plan.actions()).hasSize(5).allMatch(a -> a.cause() == DeleteCause.RollingUpdate);
    }

    @Test
    void rollingUpdateWaitsWhenNewPodIsNotReady() { // TestDaemonSetUpdatesWhenNewPosIsNotReady
        DaemonSet ds = aDaemonSet("ds").generation(2).maxUnavailable(1).build();
        List<Pod> pods = new ArrayList<>(oldPods(ds, 5, true).subList(1, 5));
        pods.add(aPod("new-0").of(ds).generation(2).on("node-0").notReady().build());
        assertThat(planOne(nodes(5), ds, pods).actions()).isEmpty();
    }

    @Test
    void rollingUpdateWaitsWhileManageHasWork() {
        DaemonSet ds = aDaemonSet("ds").generation(2).maxUnavailable(5).build();
        DaemonSetPlan plan = planOne(nodes(3), ds, oldPods(ds, 2, true));
        assertThat(plan.actions()).extracting(PlannedAction::type, PlannedAction::node).containsExactly(tuple(ActionType.CREATE, "node-2"));
    }

    @Test
    void onDeleteNeverDeletesOldPods() {
        DaemonSet ds = aDaemonSet("ds").generation(2).onDelete().build();
        assertThat(planOne(nodes(3), ds, oldPods(ds, 3, true)).actions()).isEmpty();
    }

    @Test
    void rollingUpdateWarnsWithoutGenerationOrRevision() {
        DaemonSet ds = aDaemonSet("ds").maxUnavailable(3).build();
        Plan plan = new Planner().plan(new Snapshot(nodes(3), List.of(ds), oldPods(ds, 3, true), List.of()), T0);
        assertThat(plan.daemonSets().get(0).actions()).isEmpty();
        assertThat(plan.warnings()).extracting(d -> d.code()).containsExactly("UnknownTemplateRevision");
    }

    @Test
    void rollingUpdateUsesControllerRevisionHash() {
        DaemonSet ds = aDaemonSet("ds").fingerprint("tpl-v2").maxUnavailable(1).build();
        ObjectMeta current = new ObjectMeta("ds-abc", "default", "rev-2", Map.of(Pod.REVISION_HASH_LABEL, "abc"), Map.of(),
                List.of(new OwnerReference("apps/v1", "DaemonSet", "ds", ds.meta().uid(), true)), T0, null, null);
        ObjectMeta previous = new ObjectMeta("ds-old", "default", "rev-1", Map.of("app", "ds"), Map.of(), List.of(), T0, null, null);
        List<ControllerRevision> revisions = List.of(new ControllerRevision(current, 2, "tpl-v2"),
                new ControllerRevision(previous, 1, "tpl-v1"));
        List<Pod> pods = List.of(aPod("a").of(ds).hash("abc").on("node-0").ready().build(),
                aPod("b").of(ds).hash("old").on("node-1").ready().build(),
                aPod("c").of(ds).hash("old").on("node-2").ready().build());
        Plan plan = new Planner().plan(new Snapshot(nodes(3), List.of(ds), pods, revisions), T0);
        DaemonSetPlan dsPlan = plan.daemonSets().get(0);
        assertThat(dsPlan.status().updatedNumberScheduled()).isEqualTo(1);
        assertThat(dsPlan.actions()).extracting(PlannedAction::pod).containsExactly("b");
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void surgeCreatesUpToMaxSurgeNextToAvailableOldPods() {
        DaemonSet ds = aDaemonSet("ds").generation(2).maxSurge(2).build();
        DaemonSetPlan plan = planOne(nodes(5), ds, oldPods(ds, 5, true));
        assertThat(plan.actions()).extracting(PlannedAction::type, PlannedAction::node)
                .containsExactly(tuple(ActionType.CREATE, "node-0"), tuple(ActionType.CREATE, "node-1"));
    }

    @Test
    void surgeReplacesUnavailableOldPodsRegardlessOfBudget() {
        DaemonSet ds = aDaemonSet("ds").generation(2).maxSurge(1).build();
        DaemonSetPlan plan = planOne(nodes(3), ds, oldPods(ds, 3, false));
        assertThat(plan.actions()).extracting(PlannedAction::type).containsExactly(ActionType.CREATE, ActionType.CREATE, ActionType.CREATE);
    }

    @Test
    void surgeDeletesOldPodOnceNewPodIsAvailable() {
        DaemonSet ds = aDaemonSet("ds").generation(2).maxSurge(1).build();
        List<Pod> pods = List.of(aPod("old").of(ds).generation(1).on("node-0").ready().created(T0).build(),
                aPod("new").of(ds).generation(2).on("node-0").ready().created(T0.plusSeconds(5)).build());
        // manage() already deletes the old pod: the new one is available (podsShouldBeOnNode with surge)
        assertThat(planOne(nodes(1), ds, pods).actions()).extracting(PlannedAction::pod, PlannedAction::cause)
                .containsExactly(tuple("old", DeleteCause.RollingUpdate));
    }

    @Test
    void surgePreservesReadyOldPods() { // TestSurgePreservesReadyOldPods
        DaemonSet ds = aDaemonSet("ds").generation(2).maxSurge(1).build();
        List<Pod> pods = List.of(
                aPod("node-0-new").of(ds).generation(2).on("node-0").created(T0.plusSeconds(100)).build(),
                aPod("node-0-old").of(ds).generation(1).on("node-0").created(T0.plusSeconds(50)).ready().build(),
                aPod("node-0-delete").of(ds).generation(1).on("node-0").created(T0.plusSeconds(60)).ready().build());
        DaemonSetPlan plan = planOne(nodes(1), ds, pods);
        assertThat(plan.actions()).extracting(PlannedAction::pod, PlannedAction::cause)
                .containsExactly(tuple("node-0-delete", DeleteCause.Duplicate));
    }

    @Test
    void surgeDeletesUnreadyOldPods() { // TestSurgeDeletesUnreadyOldPods
        DaemonSet ds = aDaemonSet("ds").generation(2).maxSurge(1).build();
        List<Pod> pods = List.of(
                aPod("node-0-new").of(ds).generation(2).on("node-0").created(T0.plusSeconds(100)).build(),
                aPod("node-0-old").of(ds).generation(1).on("node-0").created(T0.plusSeconds(50)).build(),
                aPod("node-0-delete").of(ds).generation(1).on("node-0").created(T0.plusSeconds(60)).ready().build());
        DaemonSetPlan plan = planOne(nodes(1), ds, pods);
        assertThat(plan.actions()).extracting(PlannedAction::pod)
                .containsExactly("node-0-delete", "node-0-old");
    }

    @Test
    void surgeRecreatesWhenNoPodIsLeftRunning() {
        DaemonSet ds = aDaemonSet("ds").generation(2).maxSurge(1).build();
        List<Pod> pods = List.of(aPod("failed").of(ds).generation(2).on("node-0").phase("Failed").build());
        assertThat(planOne(nodes(1), ds, pods).actions()).extracting(PlannedAction::type)
                .containsExactlyInAnyOrder(ActionType.CREATE, ActionType.DELETE);
    }

    @Test
    void surgeDeletesAvailableOldPodOnExcludedNodeOnlyAboveDesired() {
        DaemonSet ds = aDaemonSet("ds").generation(2).maxSurge(1).build();
        List<ClusterNode> nodes = List.of(aNode("node-0").build(), aNode("node-1").taint("k", NO_SCHEDULE).build());
        List<Pod> onlyNew = List.of(aPod("new-0").of(ds).generation(2).on("node-0").ready().build(),
                aPod("old-1").of(ds).generation(1).on("node-1").ready().build());
        // 2 available pods, 1 desired: the pod on the excluded node may go
        assertThat(planOne(nodes, ds, onlyNew).actions()).extracting(PlannedAction::pod).containsExactly("old-1");
        List<Pod> newUnready = List.of(aPod("new-0").of(ds).generation(2).on("node-0").notReady().build(),
                aPod("old-1").of(ds).generation(1).on("node-1").ready().build());
        assertThat(planOne(nodes, ds, newUnready).actions()).isEmpty();
    }
}
