package io.dsstudio.app;

import javafx.application.Application;

/** Starts the JavaFX app; kept apart so {@link Launcher} holds no JavaFX types and the CLI runs without them. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(StudioApp.class, args);
    }
}
