package io.dsstudio.ui.common;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

import java.util.function.Function;

/** Table and list cells showing a text that get a tooltip with the full text while it is elided. */
public final class ElidedCells {
    private ElidedCells() {
    }

    /**
     * Cells showing {@code String.valueOf(item)} (empty for null); whole numbers with their digits grouped ("1,856"),
     * as the overview and the status bar show them (English and Chinese both group with a comma).
     */
    public static <R, V> Callback<TableColumn<R, V>, TableCell<R, V>> table() {
        return table(ElidedCells::text);
    }

    static String text(Object item) {
        if (item instanceof Integer || item instanceof Long) {
            return String.format(java.util.Locale.ROOT, "%,d", item);
        }
        return item == null ? "" : String.valueOf(item);
    }

    /** Cells showing a text derived from the cell's item. */
    public static <R, V> Callback<TableColumn<R, V>, TableCell<R, V>> table(Function<V, String> text) {
        return column -> new TableCell<>() {
            {
                ElidedTooltip.install(this);
            }

            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** List cells showing a text derived from the item. */
    public static <T> Callback<ListView<T>, ListCell<T>> list(Function<T, String> text) {
        return view -> new ListCell<>() {
            {
                ElidedTooltip.install(this);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
