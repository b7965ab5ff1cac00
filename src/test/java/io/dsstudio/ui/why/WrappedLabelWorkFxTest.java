package io.dsstudio.ui.why;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The why panel's wrapping labels lay their text out once per text, font and width, however often the scroll pane and
 * boxes around them ask their height; and their height is that of a plain wrapping label.
 */
@ExtendWith(ApplicationExtension.class)
class WrappedLabelWorkFxTest {
    private static final String TEXT = "The node has the taint dedicated=gpu:NoSchedule, which the DaemonSet does not tolerate. ".repeat(4);
    private WrappedLabel label;
    private Label plain;
    private ScrollPane pane;

    @Start
    void start(Stage stage) {
        label = new WrappedLabel(TEXT);
        plain = new Label(TEXT);
        pane = new ScrollPane(new VBox(8, label, plain));
        plain.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        plain.setMinHeight(Label.USE_PREF_SIZE);
        pane.setFitToWidth(true);
        stage.setScene(new Scene(pane, 400, 300));
        stage.show();
    }

    @Test
    void aLayoutPassMeasuresTheTextOnceAndAgainOnlyWhenItChanges(FxRobot robot) {
        int[] counts = new int[4];
        double[] heights = new double[4];
        robot.interact(() -> {
            pane.layout();
            counts[0] = label.measurements();
            pane.requestLayout();
            pane.layout();
            label.prefHeight(300);
            label.minHeight(300);
            label.prefHeight(300);
            counts[1] = label.measurements();
            heights[0] = label.prefHeight(300);
            heights[1] = plain.prefHeight(300);
            label.setText(TEXT + "More.");
            label.prefHeight(300);
            counts[2] = label.measurements();
            label.setFont(Font.font(20));
            heights[2] = label.prefHeight(300);
            label.prefHeight(200);
            counts[3] = label.measurements();
        });

        assertThat(counts[1]).isLessThanOrEqualTo(counts[0] + 1);    // the same text at 300 px: measured once more at most
        assertThat(counts[2]).isEqualTo(counts[1] + 1);
        assertThat(counts[3]).isEqualTo(counts[2] + 2);
        assertThat(heights[0]).isEqualTo(heights[1]);
        assertThat(heights[2]).isGreaterThan(heights[0]);
    }
}
