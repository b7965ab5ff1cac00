package io.dsstudio.ui.editor;

import io.dsstudio.domain.Pod;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.simulation.Cascade;
import io.dsstudio.ui.TestStudio;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditorViewModelTest {
    private final EditorFixture fx = new EditorFixture();

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void openedDaemonSetIsItsOwnDocumentWithoutProblems() {
        EditorViewModel vm = fx.open("kube-proxy");
        assertThat(vm.textProperty().get()).startsWith("apiVersion: apps/v1\nkind: DaemonSet\n").contains("name: kube-proxy")
                .doesNotContain("kind: Node");
        vm.analyse();
        assertThat(vm.problems()).noneMatch(EditorProblem::isError);
        assertThat(vm.modifiedProperty().get()).isFalse();
    }

    @Test
    void analyseMarksAnInvalidSelectorValueAtItsLine() {
        EditorViewModel vm = fx.open("calico-node");
        String text = vm.textProperty().get().replace("      maxUnavailable: 1\n", "      maxUnavailable: -1\n");
        vm.textProperty().set(text);
        vm.analyse();
        EditorProblem error = vm.problems().stream().filter(EditorProblem::isError).findFirst().orElseThrow();
        assertThat(error.field()).isEqualTo("spec.updateStrategy.rollingUpdate.maxUnavailable");
        assertThat(error.line()).isEqualTo(lineOf(text, "maxUnavailable: -1"));
        assertThat(vm.modifiedProperty().get()).isTrue();
    }

    @Test
    void diffAgainstTheSnapshotShowsTheEditedLinesOnlyUntilApplied() {
        EditorViewModel vm = fx.open("calico-node");
        vm.analyse();
        assertThat(LineDiff.changes(vm.diff())).isFalse();
        vm.textProperty().set(vm.textProperty().get().replace("calico/node:v3.28.1", "calico/node:v3.29.0"));
        vm.analyse();
        assertThat(vm.diff().stream().filter(l -> l.kind() != LineDiff.Kind.SAME).map(LineDiff.Line::text))
                .containsExactlyInAnyOrder("        image: docker.io/calico/node:v3.29.0", "        image: docker.io/calico/node:v3.28.1");
        vm.apply();
        assertThat(LineDiff.changes(vm.diff())).isFalse();
    }

    @Test
    void analyseReportsASyntaxErrorAndKeepsTheText() {
        EditorViewModel vm = fx.open("kube-proxy");
        String broken = vm.textProperty().get() + "  bad: [unclosed\n";
        vm.textProperty().set(broken);
        vm.analyse();
        assertThat(vm.problems()).anyMatch(EditorProblem::isError);
        assertThat(vm.textProperty().get()).isEqualTo(broken);
        assertThat(vm.apply()).isFalse();
    }

    @Test
    void previewOfANarrowerSelectorDeletesOffTheSelectedNodes() {
        EditorViewModel vm = fx.open("kube-proxy");
        vm.textProperty().set(vm.textProperty().get().replace("kubernetes.io/os: linux", "kubernetes.io/os: linux\n        topology.kubernetes.io/zone: us-east-1a"));
        vm.preview();
        EditPreview preview = vm.previewProperty().get();
        assertThat(preview).isNotNull();
        assertThat(preview.count(PreviewRow.Kind.DELETE)).isPositive();
        assertThat(preview.after().desiredNumberScheduled()).isLessThan(preview.before().desiredNumberScheduled());
        var map = new io.dsstudio.ui.nodemap.NodeMapViewModel(fx.state, fx.messages);
        assertThat(fx.state.selectedDaemonSetProperty().get()).isEqualTo("kube-system/kube-proxy");
        var losing = preview.rows().stream().filter(r -> r.kind() == PreviewRow.Kind.DELETE).map(PreviewRow::node).toList();
        assertThat(map.tiles()).filteredOn(t -> losing.contains(t.name()))
                .allMatch(t -> t.ghost() == io.dsstudio.ui.nodemap.MapTile.Ghost.LOSES_POD).hasSize(losing.size());
        vm.textProperty().set(vm.textProperty().get() + "# changed\n");
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(fx.state.editorImpactProperty().get()).isNull();
        assertThat(map.tiles()).noneMatch(t -> t.ghost() == io.dsstudio.ui.nodemap.MapTile.Ghost.LOSES_POD);
    }

    @Test
    void applyOfANewImageRollsOutStepByStepAndUndoRestores() {
        EditorViewModel vm = fx.open("calico-node");
        var before = fx.state.snapshotProperty().get();
        vm.textProperty().set(vm.textProperty().get().replace("calico/node:v3.28.1", "calico/node:v3.29.0"));
        assertThat(vm.apply()).isTrue();
        assertThat(fx.ds("calico-node").generation()).isEqualTo(2L);
        assertThat(vm.canStepProperty().get()).isTrue();
        vm.step();
        vm.runToEnd();
        assertThat(vm.canStepProperty().get()).isFalse();
        Plan plan = new Planner().plan(fx.state.snapshotProperty().get(), TestStudio.CLOCK.instant());
        var status = plan.find("kube-system", "calico-node").status();
        assertThat(status.updatedNumberScheduled()).isEqualTo(status.desiredNumberScheduled());
        assertThat(fx.state.snapshotProperty().get().pods().stream().filter(p -> p.name().startsWith("calico-node-"))
                .map(Pod::spec).allMatch(s -> s.containers().get(0).image().endsWith("v3.29.0"))).isTrue();
        fx.state.undo();
        fx.state.undo();
        fx.state.undo();
        assertThat(fx.state.snapshotProperty().get()).isEqualTo(before);
    }

    @Test
    void deleteWithOrphanKeepsThePodsAndReapplyAdoptsThem() {
        EditorViewModel vm = fx.open("fluent-bit");
        long pods = fx.state.snapshotProperty().get().pods().stream().filter(p -> p.name().startsWith("fluent-bit-")).count();
        vm.delete(Cascade.ORPHAN);
        assertThat(fx.state.snapshotProperty().get().daemonSets()).noneMatch(d -> d.meta().name().equals("fluent-bit"));
        assertThat(fx.state.snapshotProperty().get().pods().stream().filter(p -> p.name().startsWith("fluent-bit-")).count()).isEqualTo(pods);
        vm.preview();
        assertThat(vm.previewProperty().get().adoptions()).isNotEmpty();
        assertThat(vm.apply()).isTrue();
        var orphans = fx.state.snapshotProperty().get().pods().stream().filter(p -> p.name().startsWith("fluent-bit-"))
                .filter(p -> p.meta().controllerRef().isEmpty()).count();
        assertThat(orphans).as("orphans are adopted in place, not replaced").isEqualTo(pods);
        var byNode = fx.state.snapshotProperty().get().pods().stream().filter(p -> p.name().startsWith("fluent-bit-"))
                .collect(java.util.stream.Collectors.groupingBy(Pod::targetNodeName, java.util.stream.Collectors.counting()));
        assertThat(byNode.values()).as("no second pod next to an adopted orphan").allMatch(n -> n == 1);
    }

    @Test
    void deleteWithCascadeRemovesThePods() {
        EditorViewModel vm = fx.open("fluent-bit");
        vm.delete(Cascade.BACKGROUND);
        assertThat(fx.state.snapshotProperty().get().pods()).noneMatch(p -> p.name().startsWith("fluent-bit-"));
        assertThat(vm.canDelete()).isFalse();
    }
}
