package io.dsstudio.app;

import io.dsstudio.ui.common.Pulses;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import java.util.function.Supplier;

/**
 * The main window is shown before its content: its first frame is the window in the theme's background (a scene of
 * one empty pane, which costs the FX thread next to nothing to style and lay out), and the menus, views and status
 * bar are built and put in right after that frame has been rendered. Building, styling and laying them out before the
 * first frame took most of the FX thread's start-up CPU (docs/benchmarks.md, "Launch: the window first").
 */
final class ShellFirst {
    /** The empty pane the window shows until its content is in. */
    static final String SHELL_ID = "windowShell";

    private ShellFirst() {
    }

    /** The window's scene, holding only the empty shell. */
    static Scene scene(double width, double height) {
        StackPane shell = new StackPane();
        shell.setId(SHELL_ID);
        return new Scene(shell, width, height);
    }

    /**
     * Call right after the window is shown: once its first frame has been rendered, makes the content and puts it in
     * the scene, then runs {@code filled}.
     */
    static void fillAfterFirstFrame(Scene scene, Supplier<Parent> content, Runnable filled) {
        // in the second pulse the first frame has been rendered; the content is made after this pulse, not in it
        Pulses.inPulse(2, () -> Platform.runLater(() -> {
            scene.setRoot(content.get());
            filled.run();
        }));
    }
}
