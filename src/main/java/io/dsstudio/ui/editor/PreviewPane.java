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
    private final Label forecast = new Label();
    private final io.dsstudio.ui.rollout.ForecastText forecastText;
    private final ListView<PreviewRow> rows = new ListView<>();
    private final io.dsstudio.ui.common.ReasonText reasonText;
    /** The reasons of the shown preview in the UI's language, by node and pod (the rows carry the CLI's English). */
    private java.util.Map<String, String> localisedReasons = java.util.Map.of();

    PreviewPane(EditorViewModel model, Messages messages) {
        this.messages = messages;
        this.reasonText = new io.dsstudio.ui.common.ReasonText(messages);
        this.forecastText = new io.dsstudio.ui.rollout.ForecastText(messages);
        root.setId("editorPreviewPane");
        summary.setId("editorPreviewSummary");
        status.setId("editorPreviewStatus");
        notes.setId("editorPreviewNotes");
        forecast.setId("editorPreviewForecast");
        forecast.setWrapText(true);
        rows.setId("editorPreviewRows");
        notes.setWrapText(true);
        status.setWrapText(true);
        summary.setWrapText(true);
        for (Label label : new Label[] {summary, status, notes, forecast}) {
            // the wrapped lines keep their height; the list below gives way
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            ElidedTooltip.install(label);
        }
        rows.setCellFactory(list -> new ListCell<>() {
            {
                // wrapped to the list's width (a pref width of 0 lets the list give each cell its own width)
                setWrapText(true);
                setPrefWidth(0);
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
        root.getChildren().addAll(title, summary, status, notes, forecast, rows);
        model.previewProperty().addListener((obs, old, now) -> show(now));
        model.forecastProperty().addListener(o -> showForecast(model));
        model.forecastingProperty().addListener(o -> showForecast(model));
        show(null);
        showForecast(model);
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

    /**
     * The rollout the previewed change would start: waves, duration and who would block it. What would unblock it is
     * in the rollout dock under the map, which shows the same forecast; here it would push the node list away.
     */
    private void showForecast(EditorViewModel model) {
        io.dsstudio.workspace.StagedForecast staged = model.forecastProperty().get();
        String text = "";
        if (staged != null) {
            io.dsstudio.ui.rollout.ForecastText.Lines lines = forecastText.of(staged.forecast(), staged.snapshot());
            StringBuilder all = new StringBuilder(messages.get("editor.preview.forecast", lines.headline()));
            if (!lines.blocked().isEmpty()) {
                all.append('\n').append(lines.blocked());
            }
            text = all.toString();
        } else if (model.forecastingProperty().get()) {
            text = messages.get("editor.preview.forecasting");
        }
        forecast.setText(text);
        forecast.setVisible(!text.isEmpty());
        forecast.setManaged(!text.isEmpty());
    }

    private static String reasonKey(String node, String pod) {
        return node + "\n" + (pod == null ? "" : pod);
    }
}
