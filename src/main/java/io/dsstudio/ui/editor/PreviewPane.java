package io.dsstudio.ui.editor;

import io.dsstudio.reconcile.StatusCounts;
import io.dsstudio.ui.common.ElidedTooltip;
import io.dsstudio.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The preview of the buffer: summary, status before → after, notes, and the next sync's action per node. */
final class PreviewPane {
    private final Messages messages;
    private final VBox root = new VBox(4);
    private final Label summary = new Label();
    private final Label status = new Label();
    private final Label notes = new Label();
    private final ListView<PreviewRow> rows = new ListView<>();
    private final io.dsstudio.ui.common.ReasonText reasonText;
    /** The reasons of the shown preview in the UI's language, by node and pod (the rows carry the CLI's English). */
    private java.util.Map<String, String> localisedReasons = java.util.Map.of();

    PreviewPane(EditorViewModel model, Messages messages) {
        this.messages = messages;
        this.reasonText = new io.dsstudio.ui.common.ReasonText(messages);
        root.setId("editorPreviewPane");
        summary.setId("editorPreviewSummary");
        status.setId("editorPreviewStatus");
        notes.setId("editorPreviewNotes");
        rows.setId("editorPreviewRows");
        notes.setWrapText(true);
        status.setWrapText(true);
        summary.setWrapText(true);
        for (Label label : new Label[] {summary, status, notes}) {
            ElidedTooltip.install(label);
        }
        rows.setCellFactory(list -> new ListCell<>() {
            {
                ElidedTooltip.install(this);
            }

            @Override
            protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("preview-create", "preview-delete", "preview-evict", "preview-keep");
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(messages.get("editor.preview.row", row.node(), messages.get("editor.preview.kind." + row.kind().name()),
                        row.pod(), localisedReasons.getOrDefault(reasonKey(row.node(), row.pod()), row.reason())));
                getStyleClass().add("preview-" + row.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        VBox.setVgrow(rows, Priority.ALWAYS);
        Label title = new Label(messages.get("editor.preview"));
        title.getStyleClass().add("ds-section-title");
        root.getChildren().addAll(title, summary, status, notes, rows);
        model.previewProperty().addListener((obs, old, now) -> show(now));
        show(null);
    }

    VBox root() {
        return root;
    }

    private void show(EditPreview preview) {
        if (preview == null) {
            summary.setText(messages.get("editor.preview.none"));
            status.setText("");
            notes.setText("");
            rows.getItems().clear();
            return;
        }
        summary.setText(messages.get("editor.preview.summary", preview.daemonSet(), preview.count(PreviewRow.Kind.CREATE),
                preview.count(PreviewRow.Kind.DELETE), preview.count(PreviewRow.Kind.EVICT), preview.count(PreviewRow.Kind.KEEP)));
        StatusCounts b = preview.before();
        StatusCounts a = preview.after();
        status.setText(messages.get("editor.preview.status", b.desiredNumberScheduled(), a.desiredNumberScheduled(),
                b.currentNumberScheduled(), a.currentNumberScheduled(), b.numberReady(), a.numberReady(),
                b.updatedNumberScheduled(), a.updatedNumberScheduled(), b.numberMisscheduled(), a.numberMisscheduled()));
        StringBuilder text = new StringBuilder();
        if (preview.templateChanged()) {
            text.append(messages.get(preview.onDelete() ? "editor.message.onDelete" : "editor.preview.rollout"));
        }
        for (String adoption : preview.adoptions()) {
            text.append(text.length() > 0 ? "\n" : "").append(messages.get("editor.preview.adopt", adoption));
        }
        notes.setText(text.toString());
        java.util.Map<String, String> reasons = new java.util.HashMap<>();
        for (io.dsstudio.reconcile.PlannedAction action : preview.actions()) {
            reasons.putIfAbsent(reasonKey(action.node(), action.pod()), reasonText.of(action));
        }
        localisedReasons = reasons;
        rows.getItems().setAll(preview.rows());
    }

    private static String reasonKey(String node, String pod) {
        return node + "\n" + (pod == null ? "" : pod);
    }
}
