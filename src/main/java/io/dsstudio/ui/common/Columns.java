package io.dsstudio.ui.common;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Read-only table columns over row records; their cells get a tooltip with the full text while it is elided. */
public final class Columns {
    private Columns() {
    }

    public static <R, V> TableColumn<R, V> of(String id, String title, Function<R, V> value) {
        TableColumn<R, V> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(ElidedCells.table());
        return column;
    }
}
