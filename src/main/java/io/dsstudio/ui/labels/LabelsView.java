package io.dsstudio.ui.labels;

import io.dsstudio.domain.TaintEffect;
import io.dsstudio.ui.common.ColumnFitter;
import io.dsstudio.ui.common.Columns;
import io.dsstudio.ui.common.ElidedTooltip;
import io.dsstudio.ui.common.Labels;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;

/** Label and taint inventory on the left; the bulk edit form and the what-if preview on the right. */
public final class LabelsView {
    private static final double KEY_MAX_WIDTH = 250;
    private static final double VALUE_MAX_WIDTH = 190;
    private final LabelsViewModel model;
    private final Messages messages;
    private final SplitPane root = new SplitPane();

    public LabelsView(LabelsViewModel model, Messages messages, Node whatIfPane) {
        this.model = model;
        this.messages = messages;
        root.setId("labelsView");
        VBox inventory = new VBox(6, heading("labels.inventory.labels"), labelTable(), heading("labels.inventory.taints"), taintTable());
        VBox editor = new VBox(8, heading("labels.bulk.title"), form(), whatIfPane);
        editor.getStyleClass().add(Styles.DETAIL_PANE);
        root.getItems().setAll(inventory, editor);
        root.setDividerPositions(0.45);
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

    private Node labelTable() {
        TableView<LabelValueRow> table = new TableView<>(model.labels());
        table.setId("labelTable");
        table.setPlaceholder(placeholder("labels.none"));
        TableColumn<LabelValueRow, String> value = Columns.of("labelValue", messages.get("labels.col.value"), this::valueText);
        TableColumn<LabelValueRow, String> key = Columns.of("labelKey", messages.get("labels.col.key"), LabelValueRow::key);
        // key and value leave room for the node count in the default window; longer ones get a tooltip
        ColumnFitter.maxWidth(key, KEY_MAX_WIDTH);
        ColumnFitter.maxWidth(value, VALUE_MAX_WIDTH);
        table.getColumns().setAll(List.of(key, value,
                Columns.of("labelCount", messages.get("labels.col.nodes"), LabelValueRow::nodeCount)));
        ColumnFitter.install(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectNodesWithLabel(row);
            }
        });
        return table;
    }

    private Node taintTable() {
        TableView<TaintKeyRow> table = new TableView<>(model.taints());
        table.setId("taintTable");
        table.setPlaceholder(placeholder("labels.taints.none"));
        table.setPrefHeight(220);
        TableColumn<TaintKeyRow, String> key = Columns.of("taintKey", messages.get("labels.col.key"), TaintKeyRow::key);
        ColumnFitter.maxWidth(key, KEY_MAX_WIDTH);
        table.getColumns().setAll(List.of(key,
                Columns.of("taintValue", messages.get("labels.col.value"), TaintKeyRow::value),
                Columns.of("taintEffect", messages.get("labels.col.effect"), TaintKeyRow::effect),
                Columns.of("taintCount", messages.get("labels.col.nodes"), TaintKeyRow::nodeCount)));
        ColumnFitter.install(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectNodesWithTaint(row);
            }
        });
        return table;
    }

    private Label placeholder(String key) {
        Label placeholder = new Label(messages.get(key));
        placeholder.getStyleClass().add(Styles.TABLE_PLACEHOLDER);
        placeholder.setWrapText(true);
        return placeholder;
    }

    /** A value, or for a per-node-unique key (kubernetes.io/hostname) how many values it has, one per node. */
    private String valueText(LabelValueRow row) {
        return row.isPerNodeUnique() ? messages.get("labels.perNodeValues", row.uniqueValues()) : row.value();
    }

    private Node form() {
        Label selection = new Label();
        selection.setId("selectionCount");
        ElidedTooltip.install(selection);
        selection.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("labels.selection", model.selectedNodes().size()), model.selectedNodes()));
        ChoiceBox<BulkOperation> operation = new ChoiceBox<>(FXCollections.observableArrayList(BulkOperation.values()));
        operation.setId("bulkOperation");
        operation.setConverter(new StringConverter<>() {
            @Override
            public String toString(BulkOperation op) {
                return op == null ? "" : messages.get(op.key());
            }

            @Override
            public BulkOperation fromString(String text) {
                return null;
            }
        });
        operation.valueProperty().bindBidirectional(model.operationProperty());
        TextField key = new TextField();
        key.setId("bulkKey");
        key.textProperty().bindBidirectional(model.keyProperty());
        TextField value = new TextField();
        value.setId("bulkValue");
        value.textProperty().bindBidirectional(model.valueProperty());
        ChoiceBox<String> effect = new ChoiceBox<>(FXCollections.observableArrayList(
                TaintEffect.NO_SCHEDULE, TaintEffect.PREFER_NO_SCHEDULE, TaintEffect.NO_EXECUTE));
        effect.setId("bulkEffect");
        effect.valueProperty().bindBidirectional(model.effectProperty());
        key.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.operationProperty().get().needsKey(), model.operationProperty()));
        value.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.operationProperty().get().needsValue(), model.operationProperty()));
        effect.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.operationProperty().get().needsEffect(), model.operationProperty()));
        Button preview = new Button(messages.get("labels.preview"));
        preview.setId("previewButton");
        io.dsstudio.ui.common.Icons.decorate(preview);
        preview.setOnAction(e -> onPreview());
        Label problem = new Label();
        problem.setId("bulkProblem");
        problem.getStyleClass().add(Styles.ERROR_TEXT);
        problem.setWrapText(true);
        ElidedTooltip.install(problem);
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get().isEmpty() ? ""
                : messages.get(model.problemProperty().get(), model.problemArgumentProperty().get()), model.problemProperty(), model.problemArgumentProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, Labels.fixed(messages.get("labels.bulk.operation")), operation);
        grid.addRow(1, Labels.fixed(messages.get("labels.bulk.key")), key);
        grid.addRow(2, Labels.fixed(messages.get("labels.bulk.value")), value);
        grid.addRow(3, Labels.fixed(messages.get("labels.bulk.effect")), effect);
        return new VBox(6, selection, grid, preview, problem);
    }

    private void onPreview() {
        model.stage();
    }

    public Node root() {
        return root;
    }
}
