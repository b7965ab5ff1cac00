package io.dsstudio.ui.nodes;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.ui.common.StudioState;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

/** The Nodes view: rows, the selector/text filter, the shared selection and the detail of the focused node. */
public final class NodesViewModel {
    private final StudioState state;
    private final Clock clock;
    private final ObservableList<NodeRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<NodeRow> rows = new FilteredList<>(allRows);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final StringProperty filterError = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty filtered = new javafx.beans.property.SimpleBooleanProperty(false);
    private final ObjectProperty<NodeDetail> detail = new SimpleObjectProperty<>(NodeDetail.NONE);

    private final io.dsstudio.ui.common.WhileShown rowUpdates = new io.dsstudio.ui.common.WhileShown(this::rebuild);
    private final io.dsstudio.ui.common.WhileShown detailUpdates = new io.dsstudio.ui.common.WhileShown(this::updateDetail);

    public NodesViewModel(StudioState state, Clock clock) {
        this.state = state;
        this.clock = clock;
        detailUpdates.shownProperty().bind(rowUpdates.shownProperty());
        state.snapshotProperty().addListener((obs, old, now) -> rowUpdates.request());
        state.planProperty().addListener((obs, old, now) -> rowUpdates.request());
        state.selectedNodes().addListener((javafx.collections.ListChangeListener<String>) c -> detailUpdates.request());
        filterText.addListener((obs, old, now) -> {
            rowUpdates.catchUp();
            applyFilter();
        });
        rebuild();
    }

    /**
     * True while the Nodes view is on screen (the default). While false, rows and details wait until it is, or until
     * read (a filter in force keeps them current: the status bar counts its rows).
     */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return rowUpdates.shownProperty();
    }

    private void rebuild() {
        List<String> selected = List.copyOf(state.selectedNodes());
        List<NodeRow> fresh = NodeRows.rows(state.snapshotProperty().get(), state.podIndex(), state.planProperty().get(), clock.instant());
        io.dsstudio.ui.common.RowUpdates.replaceChanged(allRows, fresh, NodeRow::name);
        if (rows.getPredicate() == null) {
            applyFilter(); // once: a replaced row is filtered on its own, a new predicate would refilter every row
        }
        // the table may drop selected rows while its items change: the selection is the user's, keep it
        java.util.Set<String> names = new java.util.HashSet<>(fresh.stream().map(NodeRow::name).toList());
        state.selectNodes(selected.stream().filter(names::contains).toList());
        updateDetail();
    }

    private void applyFilter() {
        try {
            Predicate<ClusterNode> predicate = NodeFilter.of(filterText.get());
            rows.setPredicate(row -> predicate.test(row.node()));
            filterError.set("");
        } catch (SelectorSyntaxException bad) {
            // rows that do not answer the text would mislead: none, and the placeholder says why
            rows.setPredicate(row -> false);
            filterError.set(bad.part());
        }
        filtered.set(!filterText.get().isBlank());
    }

    private void updateDetail() {
        List<String> selected = state.selectedNodes();
        if (selected.isEmpty()) {
            detail.set(NodeDetail.NONE);
            return;
        }
        String focused = selected.get(selected.size() - 1);
        detail.set(state.snapshotProperty().get().nodes().stream().filter(n -> n.name().equals(focused)).findFirst()
                .map(n -> NodeRows.detail(n, state.podIndex())).orElse(NodeDetail.NONE));
    }

    /** The table's selection changed: share it with every view. */
    public void onSelectionChanged(List<String> names) {
        state.selectNodes(names);
    }

    /** Selects every node the filter shows. */
    public void selectAllShown() {
        rowUpdates.catchUp();
        state.selectNodes(rows.stream().map(NodeRow::name).toList());
    }

    public ObservableList<NodeRow> rows() {
        rowUpdates.catchUp();
        return rows;
    }

    public ObservableList<String> selectedNodes() {
        return state.selectedNodes();
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Whether a filter text is in force (the rows may be fewer than the nodes). */
    public javafx.beans.property.ReadOnlyBooleanProperty filteredProperty() {
        return filtered;
    }

    /** Whether a snapshot is being opened or planned (an empty table may only be waiting for it). */
    public javafx.beans.value.ObservableBooleanValue loadingProperty() {
        return state.tasks().runningProperty();
    }

    /** How many nodes the filter shows. */
    public javafx.beans.binding.IntegerBinding shownCount() {
        rowUpdates.catchUp();
        return javafx.beans.binding.Bindings.size(rows);
    }

    public StringProperty filterErrorProperty() {
        return filterError;
    }

    public ObjectProperty<NodeDetail> detailProperty() {
        rowUpdates.catchUp();
        detailUpdates.catchUp();
        return detail;
    }
}
