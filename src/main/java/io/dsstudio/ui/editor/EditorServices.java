package io.dsstudio.ui.editor;

import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.workspace.AppliedDocuments;
import io.dsstudio.workspace.EmbeddedController;

/**
 * What every editor tab shares. {@code checks} is a runner of its own so typing never cancels the app's planning
 * tasks (and a newer keystroke cancels the older check). {@code commands} computes Apply, Step, Run to end and
 * Delete (the controller syncs) off the FX thread; by default the state's {@link StudioState#commands()}, shown in
 * the status bar and never cancelled by planning.
 */
public record EditorServices(StudioState state, BufferAnalyzer analyzer, PreviewCalculator previews,
                             EmbeddedController controller, AppliedDocuments applied, TaskRunner checks,
                             Messages messages, TaskRunner commands) {

    public EditorServices(StudioState state, BufferAnalyzer analyzer, PreviewCalculator previews,
                          EmbeddedController controller, AppliedDocuments applied, TaskRunner checks, Messages messages) {
        this(state, analyzer, previews, controller, applied, checks, messages, state.commands());
    }
}
