package io.dsstudio.ui.editor;

import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.workspace.AppliedDocuments;
import io.dsstudio.workspace.EmbeddedController;

/**
 * What every editor tab shares. {@code checks} is a runner of its own so typing never cancels the app's planning
 * tasks (and a newer keystroke cancels the older check).
 */
public record EditorServices(StudioState state, BufferAnalyzer analyzer, PreviewCalculator previews,
                             EmbeddedController controller, AppliedDocuments applied, TaskRunner checks,
                             Messages messages) {
}
