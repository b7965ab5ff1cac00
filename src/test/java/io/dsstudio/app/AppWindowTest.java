package io.dsstudio.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A test class whose tests each run the real app in TestFX's window: its own home folder, the composition root, and
 * the task thread closed after the test. TestFX looks for {@code @Start} on the test class alone, so each class
 * keeps its {@code @Start} method and calls {@link #show} from it.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AppWindowTest {
    @TempDir
    Path home;

    AppContext context;
    AppOnStage app;

    /** The app in the stage at 1,400×900. */
    void show(Stage stage, Locale locale) {
        show(stage, locale, 1400, 900);
    }

    /** The app in the stage at the given size (1,280×800 is the default window the clipping checks use). */
    void show(Stage stage, Locale locale, double width, double height) {
        app = AppOnStage.show(stage, home, locale, width, height);
        context = app.context();
    }

    @AfterEach
    void closeApp() {
        if (app != null) {
            app.close();
        }
    }

    /** Waits until a plan is shown and no task or command runs. */
    void waitIdle() throws Exception {
        AppOnStage.waitUntil(() -> context.state().planProperty().get() != null && !context.state().tasks().runningProperty().get()
                && !context.state().commands().runningProperty().get());
    }
}
