package io.dsstudio.ui.common;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.workspace.ControllerSync;
import io.dsstudio.workspace.EditJournal;
import io.dsstudio.workspace.LabelEdit;
import io.dsstudio.workspace.PlanningService;
import io.dsstudio.workspace.SnapshotSource;
import io.dsstudio.workspace.WhatIfCalculator;
import io.dsstudio.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class StudioStateTest {
    private static final String NODE = "ip-10-0-1-101.ec2.internal";

    @TempDir
    Path home;

    private StudioState newState() {
        Planner planner = new Planner();
        PlanningService planning = s -> planner.plan(s, TestStudio.CLOCK.instant());
        return new StudioState(new Workspace(), planning, new WhatIfCalculator(planning, new ControllerSync(planner), TestStudio.CLOCK),
                TaskRunner.sameThread(), new EditJournal(home));
    }

    private static ClusterNode node(StudioState state) {
        return state.snapshotProperty().get().nodes().stream().filter(n -> n.name().equals(NODE)).findFirst().orElseThrow();
    }

    @Test
    void openReplaysTheAutosavedEditsOfTheSameSnapshot() {
        StudioState first = newState();
        first.open(TestStudio.demo(), SnapshotSource.DEMO);
        first.stage(LabelEdit.remove(Set.of(NODE), "kubernetes.io/os"));
        first.commit();
        int podsAfterCommit = first.snapshotProperty().get().pods().size();

        StudioState second = newState();
        AtomicInteger recovered = new AtomicInteger(-1);
        second.open(TestStudio.demo(), SnapshotSource.DEMO, recovered::set);
        assertThat(recovered.get()).isEqualTo(1);
        assertThat(node(second).labels()).doesNotContainKey("kubernetes.io/os");
        assertThat(second.snapshotProperty().get().pods()).hasSize(podsAfterCommit);
        assertThat(second.dirtyProperty().get()).isTrue();

        second.undo();
        assertThat(node(second).labels()).containsKey("kubernetes.io/os");
        StudioState third = newState();
        third.open(TestStudio.demo(), SnapshotSource.DEMO, recovered::set);
        assertThat(recovered.get()).isZero();
    }

    @Test
    void openOfAnotherSnapshotIgnoresTheJournal() {
        StudioState first = newState();
        first.open(TestStudio.demo(), SnapshotSource.DEMO);
        first.stage(LabelEdit.set(Set.of(NODE), "team", "ml"));
        first.commit();
        StudioState second = newState();
        AtomicInteger recovered = new AtomicInteger(-1);
        second.open(TestStudio.demo(), SnapshotSource.of(home.resolve("other.yaml")), recovered::set);
        assertThat(recovered.get()).isZero();
        assertThat(node(second).labels()).doesNotContainKey("team");
        assertThat(second.planProperty().get()).isNotNull();
        assertThat(List.copyOf(second.selectedNodes())).isEmpty();
    }
}
