package io.dsstudio.app;

import io.dsstudio.ui.TestStudio;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The real composition root on a test stage, with one background task thread (as the app has), for FX flows. */
record AppOnStage(AppContext context, ExecutorService executor) implements AutoCloseable {
    static AppOnStage show(Stage stage, Path home, Locale locale) {
        return show(stage, home, locale, 1400, 900);
    }

    /** The app in a window of the given size (1,280×800 is the default window the clipping checks use). */
    static AppOnStage show(Stage stage, Path home, Locale locale, double width, double height) {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-task");
            t.setDaemon(true);
            return t;
        });
        AppContext context = new AppContext(home, TestStudio.CLOCK, executor, locale);
        Scene scene = new Scene(context.mainView().root(), width, height);
        context.themes().install(scene);
        stage.setScene(scene);
        stage.show();
        return new AppOnStage(context, executor);
    }

    /** Waits (60 s at most: a busy 2-core machine runs a demo rollout slowly) for a condition that background tasks make true, then for the FX thread to settle. */
    static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
