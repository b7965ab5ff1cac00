package io.dsstudio.ui.common;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * Sizes a table's columns to their header and cell text, measured with the table's own fonts and capped, and fits
 * them again when the rows change. A column the user resized keeps its width. Headers get a tooltip while elided.
 */
public final class ColumnFitter {
    /** The widest a column grows to by itself; wider text is elided with a tooltip. */
    public static final double DEFAULT_MAX_WIDTH = 340;
    /** Only the longest texts of a column are measured (by character count), so large tables fit quickly. */
    private static final int MEASURED_PER_COLUMN = 40;
    private static final double SORT_ARROW_WIDTH = 22;
    private static final double SLACK = 6;
    private static final String TEXT = "ds.fit.text";
    private static final String MAX_WIDTH = "ds.fit.maxWidth";
    private static final String GRAPHIC_WIDTH = "ds.fit.graphicWidth";
    private static final String BOLD = "ds.fit.bold";
    private static final String USER_SIZED = "ds.fit.userSized";
    private static final String SCHEDULED = "ds.fit.scheduled";
    private static final String FITTED = "ds.fit.fitted";

    private ColumnFitter() {
    }

    /** What the column's cells show for a row, when it is not the cell value's text (custom cells). */
    public static <R> void text(TableColumn<R, ?> column, Function<R, String> text) {
        column.getProperties().put(TEXT, text);
    }

    /** A cap other than {@link #DEFAULT_MAX_WIDTH} for this column. */
    public static void maxWidth(TableColumn<?, ?> column, double max) {
        column.getProperties().put(MAX_WIDTH, max);
    }

    /** Room the column's cells need beside their text (an icon). */
    public static void graphicWidth(TableColumn<?, ?> column, double width) {
        column.getProperties().put(GRAPHIC_WIDTH, width);
    }

    /** The column's cells may show bold text (a style class makes them bold): measured bold. */
    public static void boldText(TableColumn<?, ?> column) {
        column.getProperties().put(BOLD, Boolean.TRUE);
    }

    /** Fits the table now (once laid out) and whenever its rows or columns change. */
    public static <R> void install(TableView<R> table) {
        table.setColumnResizePolicy(features -> {
            if (features.getColumn() != null) {
                features.getColumn().getProperties().put(USER_SIZED, Boolean.TRUE);
            }
            return TableView.UNCONSTRAINED_RESIZE_POLICY.call(features);
        });
        InvalidationListener refit = obs -> schedule(table);
        table.itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(refit);
            }
            if (now != null) {
                now.addListener(refit);
            }
            schedule(table);
        });
        if (table.getItems() != null) {
            table.getItems().addListener(refit);
        }
        table.getColumns().addListener(refit);
        table.skinProperty().addListener(refit);
        schedule(table);
    }

    /** Coalesces the changes of one pulse into one fit after it (when the cells exist and carry their fonts). */
    private static void schedule(TableView<?> table) {
        if (table.getProperties().putIfAbsent(SCHEDULED, Boolean.TRUE) == null) {
            Platform.runLater(() -> {
                table.getProperties().remove(SCHEDULED);
                fit(table);
            });
        }
    }

    /** Sets every visible column's preferred width to fit its header and its widest cell text, within its cap. */
    public static <R> void fit(TableView<R> table) {
        boolean empty = table.getItems() == null || table.getItems().isEmpty();
        if (empty && table.getProperties().containsKey(FITTED)) {
            return; // a filter that shows nothing for a moment should not shrink every column to its header
        }
        if (table.lookup(".column-header .label") != null) {
            table.getProperties().put(FITTED, Boolean.TRUE);
        }
        Measure cell = new Measure(table, ".table-cell", SLACK);
        Measure boldCell = cell.bold();
        Measure header = new Measure(table, ".column-header .label", SORT_ARROW_WIDTH + SLACK);
        for (Node label : table.lookupAll(".column-header .label")) {
            if (label instanceof Labeled labeled) {
                ElidedTooltip.install(labeled);
            }
        }
        for (TableColumn<R, ?> column : table.getVisibleLeafColumns()) {
            if (column.getProperties().containsKey(USER_SIZED)) {
                continue;
            }
            double graphic = (double) column.getProperties().getOrDefault(GRAPHIC_WIDTH, 0.0);
            double widest = header.width(column.getText());
            Measure measure = column.getProperties().containsKey(BOLD) ? boldCell : cell;
            for (String text : empty ? List.<String>of() : longestTexts(table.getItems(), column)) {
                widest = Math.max(widest, measure.width(text) + graphic);
            }
            double max = (double) column.getProperties().getOrDefault(MAX_WIDTH, DEFAULT_MAX_WIDTH);
            column.setPrefWidth(Math.ceil(Math.max(column.getMinWidth(), Math.min(max, widest))));
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> List<String> longestTexts(ObservableList<R> rows, TableColumn<R, ?> column) {
        Function<R, String> text = (Function<R, String>) column.getProperties().get(TEXT);
        PriorityQueue<String> longest = new PriorityQueue<>(Comparator.comparingInt(String::length));
        for (int i = 0; i < rows.size(); i++) {
            String shown;
            if (text != null) {
                shown = text.apply(rows.get(i));
            } else {
                var value = column.getCellObservableValue(i);
                shown = value == null || value.getValue() == null ? "" : String.valueOf(value.getValue());
            }
            if (longest.size() < MEASURED_PER_COLUMN) {
                longest.add(shown);
            } else if (shown.length() > longest.peek().length()) {
                longest.poll();
                longest.add(shown);
            }
        }
        return List.copyOf(longest);
    }

    /** Text widths in the font (and with the insets) of the first node of a kind the table's skin shows. */
    private static final class Measure {
        private final Text probe = new Text();
        private final double extra;

        private Measure(Font font, double extra) {
            probe.setFont(font);
            this.extra = extra;
        }

        Measure bold() {
            Font font = probe.getFont();
            return new Measure(Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize()), extra);
        }

        Measure(TableView<?> table, String selector, double slack) {
            Node sample = table.lookup(selector);
            Font font = sample instanceof Labeled labeled ? labeled.getFont() : Font.getDefault();
            double insets = 0;
            for (Node n = sample; n instanceof Region region && n != table; n = n.getParent()) {
                Insets in = region.getInsets();
                insets += in.getLeft() + in.getRight();
                if (n.getStyleClass().contains("table-cell") || n.getStyleClass().contains("column-header")) {
                    break;
                }
            }
            probe.setFont(font);
            extra = insets + slack;
        }

        double width(String text) {
            if (text == null || text.isEmpty()) {
                return extra;
            }
            probe.setText(text);
            return probe.getLayoutBounds().getWidth() + extra;
        }
    }
}
