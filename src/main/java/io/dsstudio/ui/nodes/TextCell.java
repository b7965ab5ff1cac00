package io.dsstudio.ui.nodes;

import javafx.scene.control.TableCell;

import java.util.function.Function;

/** A cell that shows a row-derived text while the column sorts on the row itself. */
final class TextCell<R> extends TableCell<R, R> {
    private final Function<R, String> text;

    TextCell(Function<R, String> text) {
        this.text = text;
    }

    @Override
    protected void updateItem(R item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
    }
}
