package io.dsstudio.ui.editor;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.fxmisc.richtext.GenericStyledArea;

import java.util.function.IntFunction;

/**
 * The editor's line numbers, right-aligned to the widest: a plain {@link Text} in a pane per visible line, where
 * RichTextFX's own factory makes a {@code Label} (a control with a skin and its own CSS pass) for each of them,
 * which made up much of the time to open an editor tab. Numbers are padded to the digits of the line count when
 * their line is shown.
 */
final class LineNumbers implements IntFunction<Node> {
    static final String STYLE = "lineno";
    /** Up to 999 lines the gutter keeps one width (RichTextFX asks again when a line's index changes). */
    private static final int MIN_DIGITS = 3;
    private final GenericStyledArea<?, ?, ?> area;

    LineNumbers(GenericStyledArea<?, ?, ?> area) {
        this.area = area;
    }

    @Override
    public Node apply(int index) {
        String text = Integer.toString(index + 1);
        int width = Math.max(MIN_DIGITS, Integer.toString(area.getParagraphs().size()).length());
        Text number = new Text(" ".repeat(Math.max(0, width - text.length())) + text);
        StackPane box = new StackPane(number);
        box.getStyleClass().add(STYLE);
        return box;
    }
}
