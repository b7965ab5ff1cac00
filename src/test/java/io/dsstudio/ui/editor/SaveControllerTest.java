package io.dsstudio.ui.editor;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.workspace.AppliedDocuments;
import io.dsstudio.workspace.ControllerSync;
import io.dsstudio.workspace.EmbeddedController;
import io.dsstudio.workspace.PlanningService;
import io.dsstudio.workspace.SnapshotOpener;
import io.dsstudio.workspace.SnapshotSource;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Save through the view models on a file snapshot: write-back, reopen, and a file changed by another program. */
class SaveControllerTest {
    @TempDir
    Path dir;

    private Path file;
    private String demo;
    private StudioState state;
    private EditorServices services;
    private SaveController saves;

    @BeforeEach
    void openFileSnapshot() throws Exception {
        try (InputStream in = getClass().getResourceAsStream(SnapshotOpener.DEMO_RESOURCE)) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        file = dir.resolve("cluster.yaml");
        Files.writeString(file, demo);
        state = TestStudio.state();
        LoadedSnapshot loaded = new SnapshotLoader().load(List.of(file.toString()));
        state.workspace().rememberLoaded(loaded);
        state.open(loaded.snapshot(), SnapshotSource.of(file));
        Planner planner = new Planner();
        PlanningService planning = s -> planner.plan(s, TestStudio.CLOCK.instant());
        ControllerSync sync = new ControllerSync(planner);
        Messages messages = new Messages(Locale.ENGLISH);
        EmbeddedController controller = new EmbeddedController(sync, TestStudio.CLOCK);
        AppliedDocuments applied = new AppliedDocuments();
        services = new EditorServices(state, new BufferAnalyzer(messages), new PreviewCalculator(planning, sync, TestStudio.CLOCK),
                controller, applied, TaskRunner.sameThread(), messages);
        saves = new SaveController(state, controller, applied, messages);
    }

    private EditorViewModel edit(String name, String from, String to) {
        DaemonSet ds = state.snapshotProperty().get().daemonSets().stream().filter(d -> d.meta().name().equals(name)).findFirst().orElseThrow();
        EditorViewModel vm = new EditorViewModel(services, ds.ref(), DaemonSetText.of(state.workspace().loaded(), ds));
        vm.textProperty().set(vm.textProperty().get().replace(from, to));
        assertThat(vm.apply()).isTrue();
        return vm;
    }

    private List<String> files() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(Path::toString).sorted().toList();
        }
    }

    @Test
    void saveWritesTheAppliedDocumentAndKeepsOtherTextByteIdentical() throws Exception {
        EditorViewModel vm = edit("calico-node", "      maxUnavailable: 1\n", "      maxUnavailable: 2 # wider\n");
        String message = saves.save(p -> false);
        assertThat(message).startsWith("Saved");
        String saved = Files.readString(file);
        assertThat(saved).contains("      maxUnavailable: 2 # wider\n");
        // nodes and DaemonSets: byte-identical but for the edited line (the sync changed only pods)
        String objectsBeforePods = demo.substring(0, demo.indexOf("\nkind: Pod\n"));
        assertThat(saved.replace("      maxUnavailable: 2 # wider\n", "      maxUnavailable: 1\n")).startsWith(objectsBeforePods);
        assertThat(state.dirtyProperty().get()).isFalse();
        assertThat(vm.modifiedProperty().get()).isFalse();
        LoadedSnapshot reopened = new SnapshotLoader().load(files().stream().filter(p -> p.endsWith(".yaml")).toList());
        assertThat(reopened.snapshot().daemonSets()).isEqualTo(state.snapshotProperty().get().daemonSets());
        assertThat(reopened.snapshot().pods().size()).isEqualTo(state.snapshotProperty().get().pods().size());
    }

    @Test
    void podsCreatedBySyncsGoIntoFilesOfTheirOwnBesideTheSnapshot() throws Exception {
        edit("calico-node", "calico/node:v3.28.1", "calico/node:v3.29.0").runToEnd();
        saves.save(p -> false);
        assertThat(files()).anyMatch(p -> p.matches(".*/pod-kube-system-calico-node-[a-z0-9]{5}\\.yaml"));
        assertThat(Files.readString(file)).contains("deprecated.daemonset.template.generation: '2'");
    }

    @Test
    void comingBackToTheWindowTellsOfASnapshotFileChangedElsewhere() throws Exception {
        javafx.beans.property.StringProperty status = new javafx.beans.property.SimpleStringProperty("");
        FileCommands files = new FileCommands(saves, null, status, new Messages(Locale.ENGLISH), TaskRunner.sameThread());
        files.checkDisk();
        assertThat(status.get()).isEmpty();
        Files.writeString(file, demo + "# edited elsewhere\n");
        files.checkDisk();
        assertThat(status.get()).contains(file.toString());
    }

    @Test
    void fileChangedOnDiskIsOverwrittenOnlyWhenConfirmed() throws Exception {
        edit("calico-node", "      maxUnavailable: 1\n", "      maxUnavailable: 2\n");
        String theirs = demo + "# edited elsewhere\n";
        assertThat(saves.changedOnDisk()).isEmpty();
        Files.writeString(file, theirs);
        assertThat(saves.changedOnDisk()).containsExactly(file);
        List<Path> asked = new java.util.ArrayList<>();
        String refused = saves.save(p -> asked.add(p) && false);
        assertThat(asked).contains(file);
        assertThat(refused).startsWith("Nothing was saved");
        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(state.dirtyProperty().get()).isTrue();
        saves.save(p -> true);
        assertThat(Files.readString(file)).contains("maxUnavailable: 2\n");
    }

    @Test
    void appliedSpecOfAListItemIsSetInPlace() throws Exception {
        Path list = dir.resolve("list.yaml");
        String head = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Node\n  metadata:\n    name: n1  # kept\n"
                + "    labels:\n      kubernetes.io/os: linux\n";
        Files.writeString(list, head + "- apiVersion: apps/v1\n  kind: DaemonSet\n  metadata:\n    name: agent\n    namespace: default\n"
                + "    uid: 0d5c2a52-3c55-4b39-9c7e-7a1f1b4b9e11\n  spec:\n    selector:\n      matchLabels: {app: agent}\n"
                + "    template:\n      metadata:\n        labels: {app: agent}\n      spec:\n        containers:\n"
                + "        - name: a\n          image: agent:1\n");
        LoadedSnapshot loaded = new SnapshotLoader().load(List.of(list.toString()));
        state.workspace().rememberLoaded(loaded);
        state.open(loaded.snapshot(), SnapshotSource.of(list));
        edit("agent", "image: agent:1", "image: agent:2");
        assertThat(saves.save(p -> false)).startsWith("Saved");
        assertThat(Files.readString(list)).startsWith(head);
        LoadedSnapshot reopened = new SnapshotLoader().load(List.of(list.toString()));
        assertThat(reopened.snapshot().daemonSets().get(0).template().spec().containers().get(0).image()).isEqualTo("agent:2");
    }

    @Test
    void saveAsWritesOneFileThatReopensAsTheSnapshot() throws Exception {
        edit("kube-proxy", "kube-proxy:v1.30.4", "kube-proxy:v1.30.5");
        Path target = dir.resolve("copy.yaml");
        saves.saveAs(target, p -> false);
        assertThat(state.sourceProperty().get()).isEqualTo(SnapshotSource.of(target));
        LoadedSnapshot reopened = new SnapshotLoader().load(List.of(target.toString()));
        assertThat(reopened.snapshot().daemonSets().stream().filter(d -> d.meta().name().equals("kube-proxy")).findFirst().orElseThrow()
                .template().spec().containers().get(0).image()).endsWith("v1.30.5");
        assertThat(Files.readString(file)).isEqualTo(demo);
    }
}
