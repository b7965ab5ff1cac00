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
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.SnapshotLoader;

import java.util.Locale;

/** Editor view models over the demo cluster, same-thread tasks, fixed clock. */
final class EditorFixture {
    final LoadedSnapshot loaded = new SnapshotOpener(new SnapshotLoader()).openDemo();
    final StudioState state = TestStudio.demoState();
    final Messages messages = new Messages(Locale.ENGLISH);
    final EditorServices services;

    EditorFixture() {
        state.workspace().rememberLoaded(loaded);
        Planner planner = new Planner();
        PlanningService planning = s -> planner.plan(s, TestStudio.CLOCK.instant());
        ControllerSync sync = new ControllerSync(planner);
        services = new EditorServices(state, new BufferAnalyzer(messages), new PreviewCalculator(planning, sync, TestStudio.CLOCK),
                new EmbeddedController(sync, TestStudio.CLOCK), new AppliedDocuments(), TaskRunner.sameThread(), messages);
    }

    DaemonSet ds(String name) {
        return state.snapshotProperty().get().daemonSets().stream().filter(d -> d.meta().name().equals(name)).findFirst().orElseThrow();
    }

    EditorViewModel open(String name) {
        DaemonSet ds = ds(name);
        return new EditorViewModel(services, ds.ref(), DaemonSetText.of(loaded, ds));
    }
}
