package io.dsstudio.ui.labels;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.TaintEffect;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.whatif.ImpactRow;
import io.dsstudio.ui.whatif.WhatIfViewModel;
import io.dsstudio.workspace.WhatIfPreview;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsViewModelTest {
    private static final String A = "ip-10-0-1-101.ec2.internal";
    private static final String B = "ip-10-0-2-101.ec2.internal";

    private StudioState state;
    private LabelsViewModel model;
    private WhatIfViewModel whatIf;

    @BeforeEach
    void openDemo() {
        state = TestStudio.demoState();
        model = new LabelsViewModel(state);
        whatIf = new WhatIfViewModel(state);
    }

    private ClusterNode node(String name) {
        return state.snapshotProperty().get().nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    private ImpactRow impact(String ds) {
        return whatIf.rows().stream().filter(r -> r.daemonSet().equals(ds)).findFirst().orElseThrow();
    }

    @Test
    void keyWithOneValuePerNodeIsOneRowAndSelectsEveryNodeCarryingIt() {
        assertThat(model.labels()).filteredOn(r -> r.key().equals("kubernetes.io/hostname"))
                .containsExactly(new LabelValueRow("kubernetes.io/hostname", null, 20, 20));
        // values shared by several nodes stay one row per value
        assertThat(model.labels()).filteredOn(r -> r.key().equals("pool")).noneMatch(LabelValueRow::isPerNodeUnique);
        model.selectNodesWithLabel(model.labels().stream().filter(LabelValueRow::isPerNodeUnique)
                .filter(r -> r.key().equals("kubernetes.io/hostname")).findFirst().orElseThrow());
        assertThat(state.selectedNodes()).hasSize(20);
    }

    @Test
    void oneNodeValuesAreSummedUpFromFiveOn() {
        for (int nodes = 1; nodes <= 6; nodes++) {
            List<ClusterNode> cluster = new java.util.ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                cluster.add(io.dsstudio.reconcile.Fixtures.aNode("n" + i).label("rack", "r" + i).label("pool", "a").build());
            }
            var rows = LabelInventory.labels(new io.dsstudio.domain.Snapshot(cluster, List.of(), List.of(), List.of()));
            List<LabelValueRow> rack = rows.stream().filter(r -> r.key().equals("rack")).toList();
            if (nodes >= LabelInventory.MIN_PER_NODE_VALUES) {
                assertThat(rack).as("%d nodes", nodes).containsExactly(new LabelValueRow("rack", null, nodes, nodes));
            } else {
                assertThat(rack).as("%d nodes", nodes).hasSize(nodes).noneMatch(LabelValueRow::isPerNodeUnique);
            }
            assertThat(rows).filteredOn(r -> r.key().equals("pool")).containsExactly(new LabelValueRow("pool", "a", nodes));
        }
    }

    @Test
    void inventoryCountsNodesPerLabelValueAndTaint() {
        assertThat(model.labels()).contains(new LabelValueRow("pool", "gpu", 3), new LabelValueRow("kubernetes.io/os", "windows", 1));
        assertThat(model.taints()).contains(new TaintKeyRow("nvidia.com/gpu", "present", TaintEffect.NO_SCHEDULE, 3));
        model.selectNodesWithLabel(new LabelValueRow("pool", "arm64", 2));
        assertThat(state.selectedNodes()).hasSize(2);
        model.selectNodesWithTaint(new TaintKeyRow("node.kubernetes.io/unschedulable", "", TaintEffect.NO_SCHEDULE, 1));
        assertThat(state.selectedNodes()).containsExactly("ip-10-0-1-102.ec2.internal");
    }

    @Test
    void stageWithoutSelectionIsRefused() {
        assertThat(model.stage()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("labels.problem.noSelection");
        assertThat(state.previewProperty().get()).isNull();
    }

    @Test
    void stageAddLabelRefusesToOverwriteADifferentValue() {
        state.selectNodes(List.of(A, B));
        model.operationProperty().set(BulkOperation.ADD_LABEL);
        model.keyProperty().set("pool");
        model.valueProperty().set("other");
        assertThat(model.stage()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("labels.problem.exists");
        model.operationProperty().set(BulkOperation.OVERWRITE_LABEL);
        assertThat(model.stage()).isTrue();
    }

    @Test
    void stageLabelRemovalPreviewsDeletionsAndCountsWithoutChangingTheSnapshot() {
        state.selectNodes(List.of(A, B));
        model.operationProperty().set(BulkOperation.REMOVE_LABEL);
        model.keyProperty().set("kubernetes.io/os");
        assertThat(model.stage()).isTrue();
        ImpactRow proxy = impact("kube-system/kube-proxy");
        assertThat(proxy.deleteOn()).containsExactlyInAnyOrder(A, B);
        assertThat(proxy.before().desiredNumberScheduled()).isEqualTo(19);
        assertThat(proxy.after().desiredNumberScheduled()).isEqualTo(17);
        assertThat(node(A).labels()).containsKey("kubernetes.io/os");
    }

    @Test
    void commitAppliesEditAndSyncAndOneUndoRevertsBoth() {
        state.selectNodes(List.of(A, B));
        model.operationProperty().set(BulkOperation.ADD_TAINT);
        model.keyProperty().set("maintenance");
        model.valueProperty().set("true");
        model.effectProperty().set(TaintEffect.NO_EXECUTE);
        model.stage();
        WhatIfPreview preview = state.previewProperty().get();
        assertThat(impact("logging/fluent-bit").evictOn()).containsExactlyInAnyOrder(A, B);
        int podsBefore = state.snapshotProperty().get().pods().size();

        whatIf.commit();
        assertThat(node(A).taints()).anyMatch(t -> t.key().equals("maintenance"));
        assertThat(state.snapshotProperty().get()).isEqualTo(preview.result());
        assertThat(state.snapshotProperty().get().pods().size()).isLessThan(podsBefore);
        assertThat(state.dirtyProperty().get()).isTrue();

        state.undo();
        assertThat(node(A).taints()).noneMatch(t -> t.key().equals("maintenance"));
        assertThat(state.snapshotProperty().get().pods()).hasSize(podsBefore);
        assertThat(state.dirtyProperty().get()).isFalse();

        state.redo();
        assertThat(state.snapshotProperty().get()).isEqualTo(preview.result());
    }

    @Test
    void cordonPreviewChangesNoDaemonSetBecauseDaemonPodsTolerateUnschedulable() {
        state.selectNodes(List.of(A));
        model.operationProperty().set(BulkOperation.CORDON);
        model.stage();
        assertThat(whatIf.rows()).isEmpty();
        whatIf.commit();
        assertThat(node(A).unschedulable()).isTrue();
        assertThat(node(A).taints()).anyMatch(t -> t.key().equals("node.kubernetes.io/unschedulable"));
    }
}
