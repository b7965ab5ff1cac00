package io.dsstudio.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label (or recycled cell) gets a tooltip exactly while its text is elided: a new text that fits never sets one in
 * between (a tooltip is a popup window, costly to make on every table cell update), and the one tooltip is reused.
 */
@ExtendWith(ApplicationExtension.class)
class ElidedTooltipFxTest {
    private Label label;
    private final List<Tooltip> tooltipsSet = new ArrayList<>();

    @Start
    void start(Stage stage) {
        label = new Label("short");
        label.setMaxWidth(120);
        label.setMinWidth(120);
        ElidedTooltip.install(label);
        label.tooltipProperty().addListener((obs, old, now) -> tooltipsSet.add(now));
        stage.setScene(new Scene(new StackPane(label), 200, 60));
        stage.show();
    }

    private void show(FxRobot robot, String text) {
        robot.interact(() -> label.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNewTextThatFitsNeverSetsATooltipInBetween(FxRobot robot) {
        show(robot, "fits");
        tooltipsSet.clear();
        for (int i = 0; i < 10; i++) {
            show(robot, "fits " + i);
        }
        assertThat(tooltipsSet).isEmpty();
        assertThat(label.getTooltip()).isNull();
    }

    @Test
    void anElidedTextGetsItsFullTextAsTooltipAndTheTooltipIsReused(FxRobot robot) {
        String longText = "a text far too long for one hundred and twenty pixels of label";
        show(robot, longText);
        assertThat(label.getTooltip()).isNotNull();
        assertThat(label.getTooltip().getText()).isEqualTo(longText);
        Tooltip first = label.getTooltip();

        show(robot, "fits");
        assertThat(label.getTooltip()).isNull();

        show(robot, longText + " again");
        assertThat(label.getTooltip()).isSameAs(first);
        assertThat(label.getTooltip().getText()).isEqualTo(longText + " again");
    }

    @Test
    void aTooltipFollowsANewElidedTextThatRendersTheSame(FxRobot robot) {
        show(robot, "a text far too long for the label, ending one way");
        show(robot, "a text far too long for the label, ending another way");
        assertThat(label.getTooltip()).isNotNull();
        assertThat(label.getTooltip().getText()).isEqualTo("a text far too long for the label, ending another way");
    }
}
