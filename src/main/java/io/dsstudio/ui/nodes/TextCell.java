package io.dsstudio.ui.nodes;

import io.dsstudio.ui.common.ElidedTooltip;
import javafx.scene.Node;
import javafx.scene.control.TableCell;

import java.util.function.Function;

/** A cell that shows a row-derived text (and icon, if any) while the column sorts on the row itself. */
final class TextCell<R> extends TableCell<R, R> {
    private final Function<R, String> text;
    private final Function<R, Node> graphic;

    TextCell(Function<R, String> text) {
        this(text, row -> null);
    }

    TextCell(Function<R, String> text, Function<R, Node> graphic) {
        this.text = text;
        this.graphic = graphic;
        ElidedTooltip.install(this);
    }

    @Override
    protected void updateItem(R item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
        setGraphic(empty || item == null ? null : graphic.apply(item));
    }
}
