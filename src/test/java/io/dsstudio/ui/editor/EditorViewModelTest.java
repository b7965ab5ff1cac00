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
        String uid = fx.state.snapshotProperty().get().daemonSets().stream().filter(d -> d.meta().name().equals("fluent-bit"))
                .findFirst().orElseThrow().meta().uid();
        var adopted = fx.state.snapshotProperty().get().pods().stream().filter(p -> p.name().startsWith("fluent-bit-"))
                .filter(p -> p.meta().controllerRef().map(o -> uid.equals(o.uid())).orElse(false)).count();
        assertThat(adopted).as("orphans are adopted in place (their controller reference written), not replaced").isEqualTo(pods);
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

    /** A clock that notes the threads which ask it: EmbeddedController asks it when it starts a sync. */
    private static final class RecordingClock extends java.time.Clock {
        final java.util.List<Thread> askedOn = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public java.time.ZoneId getZone() {
            return TestStudio.CLOCK.getZone();
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            askedOn.add(Thread.currentThread());
            return TestStudio.CLOCK.instant();
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(action).get(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void commandIsComputedOffTheCallingThreadAndDroppedWhenTheSnapshotChangedMeanwhile() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage(); // the FX toolkit (headless in the build) runs the Tasks' callbacks
        java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor(
                r -> new Thread(r, "editor-command-test"));
        java.util.concurrent.Semaphore gate = new java.util.concurrent.Semaphore(0);
        java.util.concurrent.Executor gated = job -> background.execute(() -> {
            gate.acquireUninterruptibly();
            job.run();
        });
        try {
            RecordingClock clock = new RecordingClock();
            io.dsstudio.workspace.ControllerSync sync = new io.dsstudio.workspace.ControllerSync(new Planner());
            EditorServices services = new EditorServices(fx.state, fx.services.analyzer(), fx.services.previews(),
                    new io.dsstudio.workspace.EmbeddedController(sync, clock), fx.services.applied(), fx.services.checks(),
                    fx.messages, new io.dsstudio.ui.common.TaskRunner(gated));
            var ds = fx.ds("calico-node");
            EditorViewModel vm = onFx(() -> new EditorViewModel(services, ds.ref(), DaemonSetText.of(fx.loaded, ds)));
            String edited = vm.textProperty().get().replace("calico/node:v3.28.1", "calico/node:v3.29.0");
            var before = fx.state.snapshotProperty().get();

            // the snapshot changes while the command is computed: its result is dropped
            assertThat(onFx(() -> {
                vm.textProperty().set(edited);
                return vm.apply();
            })).isTrue();
            assertThat(vm.busyProperty().get()).isTrue();
            assertThat(clock.askedOn).as("nothing computed on the calling thread").isEmpty();
            assertThat(fx.state.snapshotProperty().get()).isSameAs(before);
            onFx(() -> {
                fx.state.execute(new io.dsstudio.workspace.EmbeddedController(sync, TestStudio.CLOCK).step(before));
                return null;
            });
            var changed = fx.state.snapshotProperty().get();
            assertThat(changed).isNotSameAs(before);
            gate.release();
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !vm.busyProperty().get());
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(clock.askedOn).isNotEmpty().first().extracting(Thread::getName).isEqualTo("editor-command-test");
            assertThat(fx.state.snapshotProperty().get()).isSameAs(changed);
            assertThat(fx.ds("calico-node").generation()).isEqualTo(1L);
            assertThat(vm.messageProperty().get()).isEqualTo(fx.messages.get("editor.message.stale"));
            assertThat(vm.modifiedProperty().get()).isTrue();

            // unchanged meanwhile: the command is executed on the FX thread when it is done
            clock.askedOn.clear();
            assertThat(onFx(vm::apply)).isTrue();
            assertThat(vm.busyProperty().get()).isTrue();
            assertThat(clock.askedOn).isEmpty();
            gate.release();
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !vm.busyProperty().get());
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(clock.askedOn).extracting(Thread::getName).contains("editor-command-test");
            assertThat(fx.ds("calico-node").generation()).isEqualTo(2L);
            assertThat(vm.modifiedProperty().get()).isFalse();
            assertThat(vm.messageProperty().get()).startsWith("Applied calico-node");
        } finally {
            background.shutdownNow();
        }
    }
}
