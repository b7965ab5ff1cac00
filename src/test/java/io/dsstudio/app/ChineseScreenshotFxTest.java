package io.dsstudio.app;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app in Simplified Chinese, with real glyphs. It needs a CJK font (fonts-wqy-microhei), so it is tagged
 * {@code cjk} and left out of {@code mvn verify}; {@code .ci/run} installs the font and then runs it
 * ({@code mvn -B surefire:test -Dgroups=cjk -Dtest.excludedGroups=}).
 */
@Tag("cjk")
class ChineseScreenshotFxTest extends AppWindowTest {
    @Start
    void start(Stage stage) {
        show(stage, Locale.SIMPLIFIED_CHINESE);
        context.mainModel().selectedViewProperty().set(io.dsstudio.ui.main.MainView.DAEMONSETS);
        context.state().selectedDaemonSetProperty().set("logging/fluent-bit");
        context.mainModel().openDemo();
    }

    @Test
    void chineseTextRendersWithRealGlyphsAndIsCapturedAsScreenshot(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> context.state().planProperty().get() != null && !context.state().tasks().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.messages().get("view.nodes")).isEqualTo("节点");
        // Without a CJK font every ideograph is drawn as the same empty box ("tofu"): two different ones look alike.
        assertThat(glyph("节")).as("glyphs of 节 and 点 differ, so a CJK font renders them").isNotEqualTo(glyph("点"));

        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> context.mainView().root().snapshot(null, null))
                .get(10, TimeUnit.SECONDS);
        Path file = dir.resolve("daemonsets-zh.png");
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }

    private static String glyph(String text) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            Label label = new Label(text);
            new Scene(label);
            label.applyCss();
            label.layout();
            return label.snapshot(null, null);
        }).get(10, TimeUnit.SECONDS);
        PixelReader pixels = image.getPixelReader();
        StringBuilder bits = new StringBuilder();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                bits.append((pixels.getArgb(x, y) & 0xff) < 128 ? '#' : '.');
            }
        }
        return bits.toString();
    }
}
