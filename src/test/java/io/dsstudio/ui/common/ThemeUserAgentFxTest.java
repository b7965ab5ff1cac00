package io.dsstudio.ui.common;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The theme's AtlantaFX stylesheet becomes the application's user-agent stylesheet before any scene is styled (the
 * app sets it before the first control is made, so JavaFX does not load Modena first), and follows the theme.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeUserAgentFxTest {
    private Stage stage;
    private String before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        before = Application.getUserAgentStylesheet();
    }

    @AfterEach
    void restore() {
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(before));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theThemesStylesheetIsTheApplicationsBeforeAnySceneAndFollowsTheTheme() {
        ThemeManager themes = new ThemeManager(Theme.DARK);
        WaitForAsyncUtils.asyncFx(themes::installUserAgentStylesheet);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeManager.userAgentStylesheet(Theme.DARK));

        WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = new Scene(new StackPane(), 200, 100);
            themes.install(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeManager.userAgentStylesheet(Theme.DARK));

        WaitForAsyncUtils.asyncFx(() -> themes.themeProperty().set(Theme.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeManager.userAgentStylesheet(Theme.LIGHT));
        assertThat(stage.getScene().getStylesheets()).containsExactlyElementsOf(ThemeManager.stylesheets(Theme.LIGHT));
    }
}
