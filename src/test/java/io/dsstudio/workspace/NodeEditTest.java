package io.dsstudio.workspace;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.ObjectMeta;
import io.dsstudio.domain.Taint;
import io.dsstudio.domain.TaintEffect;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeEditTest {
    private static ClusterNode node(Map<String, String> labels, Taint... taints) {
        ObjectMeta meta = ObjectMeta.named(null, "n1").withLabels(labels);
        return new ClusterNode(meta, false, List.of(taints), List.of(), Map.of(), Map.of(), null);
    }

    @Test
    void labelSetAddsOrOverwritesAndRemoveDeletes() {
        ClusterNode n = node(Map.of("zone", "a", "tier", "web"));
        assertThat(LabelEdit.set(Set.of("n1"), "zone", "b").applyTo(n).labels()).containsEntry("zone", "b").containsEntry("tier", "web");
        assertThat(LabelEdit.set(Set.of("n1"), "gpu", "").applyTo(n).labels()).containsEntry("gpu", "");
        assertThat(LabelEdit.remove(Set.of("n1"), "zone").applyTo(n).labels()).containsOnlyKeys("tier");
    }

    @Test
    void taintAddReplacesSameKeyAndEffectKeepingOrder() {
        ClusterNode n = node(Map.of(), Taint.of("a", "1", TaintEffect.NO_SCHEDULE), Taint.of("b", "", TaintEffect.NO_EXECUTE));
        ClusterNode replaced = TaintEdit.add(Set.of("n1"), Taint.of("a", "2", TaintEffect.NO_SCHEDULE)).applyTo(n);
        assertThat(replaced.taints()).containsExactly(Taint.of("a", "2", TaintEffect.NO_SCHEDULE), Taint.of("b", "", TaintEffect.NO_EXECUTE));
        ClusterNode added = TaintEdit.add(Set.of("n1"), Taint.of("a", "1", TaintEffect.NO_EXECUTE)).applyTo(n);
        assertThat(added.taints()).hasSize(3);
    }

    @Test
    void taintRemoveWithoutEffectRemovesEveryEffectOfTheKey() {
        ClusterNode n = node(Map.of(), Taint.of("a", "", TaintEffect.NO_SCHEDULE), Taint.of("a", "", TaintEffect.NO_EXECUTE),
                Taint.of("b", "", TaintEffect.NO_EXECUTE));
        assertThat(TaintEdit.remove(Set.of("n1"), "a", "").applyTo(n).taints()).containsExactly(Taint.of("b", "", TaintEffect.NO_EXECUTE));
        assertThat(TaintEdit.remove(Set.of("n1"), "a", TaintEffect.NO_EXECUTE).applyTo(n).taints()).hasSize(2);
    }

    @Test
    void taintAddWithoutEffectIsRejected() {
        assertThatThrownBy(() -> TaintEdit.add(Set.of("n1"), Taint.of("a", "", ""))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cordonSetsUnschedulableAndTheUnschedulableTaintAndUncordonRemovesBoth() {
        ClusterNode cordoned = new CordonEdit(Set.of("n1"), true).applyTo(node(Map.of()));
        assertThat(cordoned.unschedulable()).isTrue();
        assertThat(cordoned.taints()).containsExactly(Taint.of(CordonEdit.UNSCHEDULABLE_TAINT_KEY, "", TaintEffect.NO_SCHEDULE));
        ClusterNode twice = new CordonEdit(Set.of("n1"), true).applyTo(cordoned);
        assertThat(twice.taints()).hasSize(1);
        ClusterNode uncordoned = new CordonEdit(Set.of("n1"), false).applyTo(cordoned);
        assertThat(uncordoned.unschedulable()).isFalse();
        assertThat(uncordoned.taints()).isEmpty();
    }

    @Test
    void applyToSnapshotTouchesOnlyTheNamedNodes() {
        ClusterNode other = node(Map.of()).withMeta(ObjectMeta.named(null, "n2"));
        io.dsstudio.domain.Snapshot snapshot = new io.dsstudio.domain.Snapshot(List.of(node(Map.of()), other), null, null, null);
        io.dsstudio.domain.Snapshot edited = LabelEdit.set(Set.of("n1"), "k", "v").applyTo(snapshot);
        assertThat(edited.nodes().get(0).labels()).containsEntry("k", "v");
        assertThat(edited.nodes().get(1)).isSameAs(other);
    }
}
