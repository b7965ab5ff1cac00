package io.dsstudio.ui.editor;

import io.dsstudio.domain.UpdateStrategy;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.yaml.ManifestEdit;
import io.dsstudio.yaml.ManifestEditException;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fields that decide placement, beside the text and in sync with it both ways: a new analysis of the buffer
 * refreshes every field not being edited; a field's edit (Enter, or leaving the field) is spliced into the buffer at
 * that field's path only.
 */
final class PlacementForm {
    private final EditorViewModel model;
    private final Messages messages;
    private final BufferEdits edits = new BufferEdits();
    private final GridPane grid = new GridPane();
    private final ScrollPane root = new ScrollPane(grid);
    private final Map<PlacementFields.Field, TextInputControl> inputs = new EnumMap<>(PlacementFields.Field.class);
    private final ChoiceBox<String> strategy = new ChoiceBox<>();
    private boolean filling;

    PlacementForm(EditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("editorForm");
        root.setFitToWidth(true);
        grid.setHgap(6);
        grid.setVgap(6);
        grid.getStyleClass().add("ds-editor-form");
        Label title = new Label(messages.get("editor.form"));
        title.getStyleClass().add("ds-section-title");
        grid.add(title, 0, 0, 2, 1);
        int row = 1;
        row = text(row, PlacementFields.Field.NODE_SELECTOR, "formNodeSelector", new TextField());
        row = text(row, PlacementFields.Field.AFFINITY_TERMS, "formAffinity", area());
        row = text(row, PlacementFields.Field.TOLERATIONS, "formTolerations", area());
        strategy.setId("formStrategy");
        strategy.getItems().setAll(UpdateStrategy.ROLLING_UPDATE, UpdateStrategy.ON_DELETE);
        strategy.valueProperty().addListener((obs, old, now) -> {
            if (!filling && now != null) {
                commit(PlacementFields.Field.STRATEGY, now);
            }
        });
        grid.add(new Label(messages.get("editor.form.STRATEGY")), 0, row++, 2, 1);
        grid.add(strategy, 0, row++, 2, 1);
        row = text(row, PlacementFields.Field.MAX_UNAVAILABLE, "formMaxUnavailable", new TextField());
        row = text(row, PlacementFields.Field.MAX_SURGE, "formMaxSurge", new TextField());
        text(row, PlacementFields.Field.MIN_READY_SECONDS, "formMinReadySeconds", new TextField());
        model.analysisProperty().addListener((obs, old, now) -> fill(now));
        fill(model.analysisProperty().get());
    }

    Node root() {
        return root;
    }

    private static TextArea area() {
        TextArea area = new TextArea();
        area.setPrefRowCount(3);
        return area;
    }

    private int text(int row, PlacementFields.Field field, String id, TextInputControl input) {
        input.setId(id);
        input.setPromptText(messages.get("editor.form.hint." + field.name()));
        inputs.put(field, input);
        if (input instanceof TextField f) {
            f.setOnAction(e -> commit(field, f.getText()));
        }
        input.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(field, input.getText());
            }
        });
        grid.add(new Label(messages.get("editor.form." + field.name())), 0, row, 2, 1);
        grid.add(input, 0, row + 1, 2, 1);
        javafx.scene.layout.GridPane.setHgrow(input, javafx.scene.layout.Priority.ALWAYS);
        return row + 2;
    }

    private void fill(BufferAnalysis analysis) {
        boolean usable = analysis != null && analysis.edited() != null;
        grid.setDisable(!usable);
        if (!usable) {
            return;
        }
        filling = true;
        try {
            inputs.forEach((field, input) -> {
                if (!input.isFocused()) {
                    input.setText(PlacementFields.format(field, analysis.edited()));
                }
            });
            strategy.setValue(PlacementFields.format(PlacementFields.Field.STRATEGY, analysis.edited()));
        } finally {
            filling = false;
        }
    }

    private void commit(PlacementFields.Field field, String text) {
        BufferAnalysis analysis = model.analysisProperty().get();
        if (filling || analysis == null || analysis.edited() == null || !analysis.text().equals(model.textProperty().get())) {
            return;
        }
        try {
            List<ManifestEdit> change = PlacementFields.edit(field, text, analysis.edited());
            if (change.isEmpty()) {
                return;
            }
            model.textProperty().set(edits.apply(analysis, change));
            model.analyse();
        } catch (IllegalArgumentException | ManifestEditException rejected) {
            model.messageProperty().set(messages.get("editor.form.rejected", rejected.getMessage()));
        }
    }
}
