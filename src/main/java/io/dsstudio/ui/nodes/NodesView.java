package io.dsstudio.ui.nodes;

import io.dsstudio.ui.common.ColumnFitter;
import io.dsstudio.ui.common.Columns;
import io.dsstudio.ui.common.Labels;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.SelectionSync;
import io.dsstudio.ui.common.Styles;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.Comparator;

/** The Nodes table with its filter box and detail pane. */
public final class NodesView {
    private static final double ICON_WIDTH = 22;
    private final NodesViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TableView<NodeRow> table = new TableView<>();
    private final TextField filter = new TextField();

    public NodesView(NodesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("nodesView");
        root.setTop(filterBar());
        SplitPane split = new SplitPane(buildTable(), new NodeDetailPane(model.detailProperty(), messages).root());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        root.setCenter(split);
    }

    private Node filterBar() {
        filter.setId("nodeFilter");
        filter.setPromptText(messages.get("nodes.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        Label error = new Label();
        error.setId("nodeFilterError");
        error.getStyleClass().add(Styles.ERROR_TEXT);
        io.dsstudio.ui.common.ElidedTooltip.install(error);
        error.textProperty().bind(model.filterErrorProperty().map(part -> part.isEmpty() ? "" : messages.get("nodes.filter.error", part)));
        Button selectShown = new Button(messages.get("nodes.selectShown"));
        selectShown.setId("selectShownButton");
        io.dsstudio.ui.common.Icons.decorate(selectShown);
        selectShown.setOnAction(e -> onSelectShown());
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox bar = new HBox(8, Labels.fixed(messages.get("nodes.filter")), filter, error, selectShown);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private Node buildTable() {
        table.setId("nodeTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<NodeRow, String> name = Columns.of("colName", messages.get("nodes.col.name"), NodeRow::name);
        TableColumn<NodeRow, NodeRow> status = Columns.of("colStatus", messages.get("nodes.col.status"), r -> r);
        status.setComparator(Comparator.comparing(NodeRow::status));
        status.setCellFactory(c -> new TextCell<>(this::statusText, NodeRowStyles::statusIcon));
        ColumnFitter.text(status, this::statusText);
        ColumnFitter.graphicWidth(status, ICON_WIDTH);
        TableColumn<NodeRow, String> roles = Columns.of("colRoles", messages.get("nodes.col.roles"), NodeRow::roles);
        TableColumn<NodeRow, String> schedulable = Columns.of("colSchedulable", messages.get("nodes.col.schedulable"),
                r -> messages.get(r.schedulable() ? "common.yes" : "common.no"));
        TableColumn<NodeRow, String> taints = Columns.of("colTaints", messages.get("nodes.col.taints"), NodeRow::taints);
        TableColumn<NodeRow, String> zone = Columns.of("colZone", messages.get("nodes.col.zone"), NodeRow::zone);
        TableColumn<NodeRow, String> type = Columns.of("colInstanceType", messages.get("nodes.col.instanceType"), NodeRow::instanceType);
        TableColumn<NodeRow, String> archOs = Columns.of("colArchOs", messages.get("nodes.col.archOs"), NodeRow::archOs);
        TableColumn<NodeRow, NodeRow> pods = Columns.of("colDaemonPods", messages.get("nodes.col.daemonPods"), r -> r);
        pods.setComparator(Comparator.comparingInt(NodeRow::runningDaemonPods).thenComparingInt(NodeRow::expectedDaemonPods));
        pods.setCellFactory(c -> new TextCell<>(NodeRow::daemonPods, NodeRowStyles::daemonPodsIcon));
        ColumnFitter.text(pods, NodeRow::daemonPods);
        ColumnFitter.graphicWidth(pods, ICON_WIDTH);
        TableColumn<NodeRow, NodeRow> age = Columns.of("colAge", messages.get("nodes.col.age"), r -> r);
        age.setComparator(Comparator.comparing(NodeRow::created, Comparator.nullsLast(Comparator.reverseOrder())));
        age.setCellFactory(c -> new TextCell<>(NodeRow::age));
        ColumnFitter.text(age, NodeRow::age);
        ColumnFitter.maxWidth(taints, 260);
        // daemon pods, the column no other tool has, right after the node's status: visible at any window size
        table.getColumns().setAll(java.util.List.of(name, status, pods, roles, schedulable, taints, zone, type, archOs, age));
        table.setRowFactory(t -> NodeRowStyles.row());
        SortedList<NodeRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(placeholder());
        ColumnFitter.install(table);
        new SelectionSync<>(table, NodeRow::name, model.selectedNodes(), model::onSelectionChanged);
        return table;
    }

    private String statusText(NodeRow row) {
        return messages.get(row.status().key());
    }

    /** Says why the table is empty: a filter that does not parse, one no node matches, or no nodes at all. */
    private Node placeholder() {
        Label placeholder = new Label();
        placeholder.setId("nodeTablePlaceholder");
        placeholder.getStyleClass().add(Styles.TABLE_PLACEHOLDER);
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String error = model.filterErrorProperty().get();
            if (!error.isEmpty()) {
                return messages.get("nodes.filter.invalid", error);
            }
            String text = model.filterTextProperty().get().trim();
            if (!text.isEmpty()) {
                return messages.get("nodes.filter.noMatch", text);
            }
            return model.loadingProperty().get() ? messages.get("nodes.loading") : messages.get("nodes.none");
        }, model.filterErrorProperty(), model.filterTextProperty(), model.loadingProperty()));
        return placeholder;
    }

    private void onSelectShown() {
        model.selectAllShown();
    }

    public void focusFilter() {
        filter.requestFocus();
    }

    public Node root() {
        return root;
    }
}
