package io.dsstudio.ui.daemonsets;

import io.dsstudio.ui.common.ColumnFitter;
import io.dsstudio.ui.common.Columns;
import io.dsstudio.ui.common.ElidedTooltip;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/** The DaemonSets table above the selected DaemonSet's placement matrix. */
public final class DaemonSetsView {
    private final DaemonSetsViewModel model;
    private final Messages messages;
    private final SplitPane root = new SplitPane();
    private final TableView<DaemonSetRow> table = new TableView<>();
    private TableView<PlacementRow> placement;

    public DaemonSetsView(DaemonSetsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("daemonSetsView");
        root.setOrientation(Orientation.VERTICAL);
        Label matrixTitle = new Label(messages.get("ds.matrix.title"));
        matrixTitle.getStyleClass().add(Styles.SECTION_TITLE);
        javafx.scene.control.CheckBox onlyNotRunning = new javafx.scene.control.CheckBox(messages.get("ds.matrix.onlyNotRunning"));
        onlyNotRunning.setId("placementOnlyNotRunning");
        onlyNotRunning.selectedProperty().bindBidirectional(model.onlyNotRunningProperty());
        javafx.scene.layout.HBox matrixBar = new javafx.scene.layout.HBox(12, matrixTitle, onlyNotRunning);
        matrixBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.getItems().setAll(buildTable(), new VBox(4, matrixBar, buildMatrix()));
        root.setDividerPositions(0.4);
        // built when first shown: the DaemonSet chosen before (on the overview, in the palette) is selected
        reselect();
    }

    private Node buildTable() {
        table.setId("daemonSetTable");
        table.setPlaceholder(new Label(messages.get("ds.planning")));
        table.getColumns().setAll(List.of(
                Columns.of("dsNamespace", messages.get("ds.col.namespace"), DaemonSetRow::namespace),
                Columns.of("dsName", messages.get("ds.col.name"), DaemonSetRow::name),
                Columns.of("dsDesired", messages.get("ds.col.desired"), DaemonSetRow::desired),
                Columns.of("dsCurrent", messages.get("ds.col.current"), DaemonSetRow::current),
                Columns.of("dsReady", messages.get("ds.col.ready"), DaemonSetRow::ready),
                Columns.of("dsUpToDate", messages.get("ds.col.upToDate"), DaemonSetRow::upToDate),
                Columns.of("dsAvailable", messages.get("ds.col.available"), DaemonSetRow::available),
                Columns.of("dsMisscheduled", messages.get("ds.col.misscheduled"), DaemonSetRow::misscheduled),
                Columns.of("dsNodeSelector", messages.get("ds.col.nodeSelector"), DaemonSetRow::nodeSelector),
                Columns.of("dsStrategy", messages.get("ds.col.strategy"), DaemonSetRow::strategy),
                Columns.of("dsAge", messages.get("ds.col.age"), DaemonSetRow::age)));
        SortedList<DaemonSetRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        ColumnFitter.install(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> onSelect(row));
        model.rows().addListener((javafx.collections.ListChangeListener<DaemonSetRow>) c -> reselect());
        return table;
    }

    /** After a re-plan the rows are new objects: keep the shared DaemonSet selected. */
    private void reselect() {
        String key = model.selectedDaemonSetProperty().get();
        table.getItems().stream().filter(r -> r.key().equals(key)).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
    }

    private Node buildMatrix() {
        // sorted through the table's comparator: rows of another DaemonSet arrive sorted as the header shows
        SortedList<PlacementRow> sorted = new SortedList<>(model.shownPlacement());
        TableView<PlacementRow> matrix = new TableView<>(sorted);
        sorted.comparatorProperty().bind(matrix.comparatorProperty());
        placement = matrix;
        matrix.setId("placementTable");
        matrix.setPlaceholder(new Label(messages.get("ds.matrix.none")));
        TableColumn<PlacementRow, PlacementVerdict> verdict = Columns.of("placementVerdict", messages.get("ds.col.verdict"), PlacementRow::verdict);
        verdict.setCellFactory(c -> new VerdictCell());
        ColumnFitter.text(verdict, row -> messages.get(row.verdict().key()));
        ColumnFitter.boldText(verdict);
        TableColumn<PlacementRow, String> reasons = Columns.of("placementReasons", messages.get("ds.col.reasons"), this::reasons);
        ColumnFitter.maxWidth(reasons, 560);
        TableColumn<PlacementRow, String> node = Columns.of("placementNode", messages.get("ds.col.node"), PlacementRow::node);
        TableColumn<PlacementRow, String> hints = Columns.of("placementHints", messages.get("ds.col.hints"), this::hints);
        ColumnFitter.maxWidth(hints, 420);
        matrix.getColumns().setAll(List.of(node, verdict, reasons, hints));
        ColumnFitter.install(matrix);
        matrix.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> onSelectNode(row));
        VBox.setVgrow(matrix, javafx.scene.layout.Priority.ALWAYS);
        return matrix;
    }

    private String hints(PlacementRow row) {
        PlacementHints hints = row.hints();
        List<String> parts = new ArrayList<>();
        if (!hints.hostPorts().isEmpty()) {
            parts.add(messages.get("hint.hostPorts", hints.hostPorts().toString()));
        }
        parts.add(messages.get("hint.pods", hints.podsOnNode(), hints.podCapacity().isEmpty() ? "?" : hints.podCapacity()));
        if (!hints.cpu().isEmpty() || !hints.memory().isEmpty()) {
            parts.add(messages.get("hint.allocatable", hints.cpu(), hints.memory()));
        }
        return String.join("; ", parts);
    }

    private String reasons(PlacementRow row) {
        List<String> parts = new ArrayList<>(row.reasons());
        if (row.podGeneration() != null) {
            parts.add(messages.get("verdict.outOfDateDetail", row.podGeneration(), row.dsGeneration()));
        }
        if (row.evictAfterSeconds() != null) {
            parts.add(0, messages.get("verdict.evictAfter", row.evictAfterSeconds()));
        }
        return String.join("; ", parts);
    }

    private void onSelect(DaemonSetRow row) {
        if (row != null) {
            model.select(row);
        }
    }

    private void onSelectNode(PlacementRow row) {
        model.selectNode(row);
    }

    public Node root() {
        return root;
    }

    /** "Why (not) here…" on a placement row, from its context menu or Enter: {@code open} gets the node and the DaemonSet. */
    public void onWhy(String text, java.util.function.BiConsumer<String, String> open) {
        javafx.scene.control.MenuItem why = new javafx.scene.control.MenuItem(text);
        why.setId("placementWhy");
        Runnable openSelected = () -> {
            PlacementRow row = placement.getSelectionModel().getSelectedItem();
            if (row != null) {
                open.accept(row.node(), model.selectedDaemonSetProperty().get());
            }
        };
        why.setOnAction(e -> openSelected.run());
        placement.setContextMenu(new javafx.scene.control.ContextMenu(why));
        placement.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShortcutDown()) {
                openSelected.run();
                e.consume();
            }
        });
    }

    /** Shows a verdict in words, coloured by a style class per verdict. */
    private final class VerdictCell extends TableCell<PlacementRow, PlacementVerdict> {
        VerdictCell() {
            ElidedTooltip.install(this);
        }

        @Override
        protected void updateItem(PlacementVerdict item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith(Styles.VERDICT_PREFIX));
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(messages.get(item.key()));
            getStyleClass().add(Styles.VERDICT_PREFIX + item.styleSuffix());
        }
    }
}
