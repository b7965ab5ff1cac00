package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.IntOrString;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.dsstudio.reconcile.Fixtures.aDaemonSet;
import static io.dsstudio.reconcile.Fixtures.aNode;
import static io.dsstudio.reconcile.Fixtures.aPod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncrementalPlannerTest {
    private static final Instant NOW = Fixtures.T0.plusSeconds(3600);

    private static Snapshot cluster() {
        List<ClusterNode> nodes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            nodes.add(aNode("node-" + i).label("zone", i < 2 ? "a" : "b").build());
        }
        DaemonSet everywhere = aDaemonSet("everywhere").generation(2).rollingUpdate(IntOrString.of("50%"), IntOrString.of(0)).build();
        DaemonSet zonal = aDaemonSet("zonal").nodeSelector("zone", "a").build();
        List<Pod> pods = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pods.add(aPod("everywhere-" + i).of(everywhere).on("node-" + i).generation(1).ready(Fixtures.T0).build());
        }
        return new Snapshot(nodes, List.of(everywhere, zonal), pods, List.of());
    }

    @Test
    void withNodeKeepsThePlansOfDaemonSetsWhoseVerdictIsUnchanged() {
        IncrementalPlanner planner = new IncrementalPlanner(cluster(), NOW);
        Plan before = planner.plan();
        ClusterNode node = planner.snapshot().nodes().get(3);
        IncrementalPlanner edited = planner.withNode(node.withMeta(node.meta().withLabels(Map.of("zone", "a"))));

        assertThat(edited.plan().find("default", "everywhere")).isSameAs(before.find("default", "everywhere"));
        assertThat(edited.plan().find("default", "zonal")).isNotEqualTo(before.find("default", "zonal"));
        assertThat(edited.plan()).isEqualTo(new Planner().plan(edited.snapshot(), NOW));
    }

    @Test
    void withNodeRescalesAPercentageMaxUnavailableWhenTheDesiredCountChanges() {
        IncrementalPlanner planner = new IncrementalPlanner(cluster(), NOW);
        assertThat(planner.plan().find("default", "everywhere").actions()).hasSize(2);      // 50 % of 4
        ClusterNode node = planner.snapshot().nodes().get(0);
        // NoSchedule: the pod keeps running (no manage() action) but the node no longer counts as desired
        IncrementalPlanner tainted = planner.withNode(node.withTaints(List.of(io.dsstudio.domain.Taint.of("x", "", "NoSchedule"))));

        DaemonSetPlan plan = tainted.plan().find("default", "everywhere");
        assertThat(plan.status().desiredNumberScheduled()).isEqualTo(3);
        assertThat(tainted.plan()).isEqualTo(new Planner().plan(tainted.snapshot(), NOW));
        assertThat(planner.plan().find("default", "everywhere").status().desiredNumberScheduled()).isEqualTo(4);
    }

    @Test
    void withNodeRejectsAnUnknownNode() {
        IncrementalPlanner planner = new IncrementalPlanner(cluster(), NOW);
        assertThatThrownBy(() -> planner.withNode(aNode("elsewhere").build())).isInstanceOf(IllegalArgumentException.class);
    }
}
