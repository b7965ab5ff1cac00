package io.dsstudio.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese text is bold where Latin text is (section titles, misscheduled verdicts). WenQuanYi Micro Hei has no bold
 * face, so Chinese windows use Noto Sans CJK SC (fonts-noto-cjk). Needs that font: tagged {@code cjk}, run by .ci/run.
 */
@Tag("cjk")
@ExtendWith(ApplicationExtension.class)
class CjkBoldFxTest {
    private Label regular;
    private Label bold;

    @Start
    void start(Stage stage) {
        regular = new Label("节点放置情况");
        bold = new Label("节点放置情况");
        bold.getStyleClass().add(Styles.SECTION_TITLE);
        Scene scene = new Scene(new VBox(8, regular, bold), 400, 200);
        new ThemeManager(Theme.LIGHT, Locale.SIMPLIFIED_CHINESE).install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void boldChineseIsDrawnWithABoldFace(FxRobot robot) {
        robot.interact(() -> {
            regular.applyCss();
            bold.applyCss();
        });
        assertThat(bold.getFont().getFamily()).isEqualTo("Noto Sans CJK SC");
        assertThat(bold.getFont().getName()).containsIgnoringCase("bold");
        assertThat(regular.getFont().getName()).doesNotContainIgnoringCase("bold");
        int[] inkRegular = new int[1];
        int[] inkBold = new int[1];
        robot.interact(() -> {
            inkRegular[0] = ink(regular.snapshot(null, null));
            inkBold[0] = ink(bold.snapshot(null, null));
        });
        assertThat(inkBold[0]).as("a bold face puts more ink on the page").isGreaterThan(inkRegular[0] * 11 / 10);
    }

    private static int ink(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        int dark = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if ((pixels.getArgb(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
