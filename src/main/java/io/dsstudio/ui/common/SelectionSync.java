package io.dsstudio.ui.common;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/** Keeps a table's multi-selection and the shared node selection in step, both ways, without loops. */
public final class SelectionSync<R> {
    private boolean updating;

    public SelectionSync(TableView<R> table, Function<R, String> name, ObservableList<String> shared,
                         Consumer<List<String>> onUserSelection) {
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<R>) c -> {
            if (!updating) {
                updating = true;
                onUserSelection.accept(table.getSelectionModel().getSelectedItems().stream().map(name).toList());
                updating = false;
            }
        });
        Runnable pushToTable = () -> {
            if (updating) {
                return;
            }
            updating = true;
            Set<String> wanted = new HashSet<>(shared);
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (wanted.contains(name.apply(table.getItems().get(i)))) {
                    table.getSelectionModel().select(i);
                }
            }
            updating = false;
        };
        shared.addListener((ListChangeListener<String>) c -> pushToTable.run());
        table.getItems().addListener((ListChangeListener<R>) c -> pushToTable.run());
        // a table built after the selection was made (a view built when first shown) starts with it
        pushToTable.run();
    }
}
