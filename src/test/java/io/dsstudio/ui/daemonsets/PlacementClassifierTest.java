package io.dsstudio.ui.daemonsets;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Taint;
import io.dsstudio.domain.TaintEffect;
import io.dsstudio.domain.Toleration;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.workspace.TaintEdit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementClassifierTest {
    private static final String NODE = "ip-10-0-1-101.ec2.internal";
    private static final String FLUENT_BIT = "logging/fluent-bit";

    private static Snapshot withFluentBitToleration(Snapshot snapshot, Toleration toleration) {
        List<DaemonSet> daemonSets = new ArrayList<>();
        for (DaemonSet ds : snapshot.daemonSets()) {
            if (ds.key().equals(FLUENT_BIT)) {
                List<Toleration> tolerations = new ArrayList<>(ds.template().spec().tolerations());
                tolerations.add(toleration);
                ds = ds.withTemplate(ds.template().withSpec(ds.template().spec().withTolerations(tolerations)));
            }
            daemonSets.add(ds);
        }
        return new Snapshot(snapshot.nodes(), daemonSets, snapshot.pods(), snapshot.revisions());
    }

    private static PlacementRow placementOn(Snapshot snapshot, String node) {
        Plan plan = new Planner().plan(snapshot, TestStudio.CLOCK.instant());
        return DaemonSetRows.placement(snapshot, new io.dsstudio.ui.common.PodIndex(snapshot), plan, FLUENT_BIT,
                new io.dsstudio.ui.common.ReasonText(new io.dsstudio.ui.common.Messages(java.util.Locale.ENGLISH))).stream().filter(r -> r.node().equals(node)).findFirst().orElseThrow();
    }

    @Test
    void classifyToleratedNoExecuteTaintWithSecondsIsWillEvictAfterThem() {
        Snapshot tolerating = withFluentBitToleration(TestStudio.demo(),
                new Toleration("maintenance", Toleration.EXISTS, "", TaintEffect.NO_EXECUTE, 300L));
        Snapshot tainted = TaintEdit.add(Set.of(NODE), Taint.of("maintenance", "true", TaintEffect.NO_EXECUTE)).applyTo(tolerating);
        PlacementRow row = placementOn(tainted, NODE);
        assertThat(row.verdict()).isEqualTo(PlacementVerdict.WILL_EVICT);
        assertThat(row.evictAfterSeconds()).isEqualTo(300L);
    }

    @Test
    void classifyUntoleratedNoExecuteTaintIsWillEvictNow() {
        Snapshot tainted = TaintEdit.add(Set.of(NODE), Taint.of("maintenance", "true", TaintEffect.NO_EXECUTE)).applyTo(TestStudio.demo());
        PlacementRow row = placementOn(tainted, NODE);
        assertThat(row.verdict()).isEqualTo(PlacementVerdict.WILL_EVICT);
        assertThat(row.evictAfterSeconds()).isNull();
        assertThat(row.reasons()).anyMatch(r -> r.contains("maintenance=true:NoExecute"));
    }

    @Test
    void classifyUntoleratedNoScheduleTaintKeepsThePodAsMisscheduled() {
        Snapshot tainted = TaintEdit.add(Set.of(NODE), Taint.of("maintenance", "true", TaintEffect.NO_SCHEDULE)).applyTo(TestStudio.demo());
        assertThat(placementOn(tainted, NODE).verdict()).isEqualTo(PlacementVerdict.RUNS_MISSCHEDULED);
    }

    @Test
    void classifyPodWhoseNodeStopsMatchingTheSelectorIsWillDelete() {
        Snapshot relabelled = io.dsstudio.workspace.LabelEdit.set(Set.of(NODE), "kubernetes.io/os", "windows").applyTo(TestStudio.demo());
        PlacementRow row = placementOn(relabelled, NODE);
        assertThat(row.verdict()).isEqualTo(PlacementVerdict.WILL_DELETE);
        assertThat(row.reasons()).anyMatch(r -> r.contains("nodeSelector"));
    }
}
