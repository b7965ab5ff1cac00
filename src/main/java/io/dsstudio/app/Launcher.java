package io.dsstudio.app;

import io.dsstudio.cli.CliMain;
import io.dsstudio.cli.Output;

/**
 * The entry point of the jar and the installers. It holds no JavaFX types, so the CLI runs without a
 * display: a CLI command, {@code --help} or {@code --version} runs the CLI; anything else starts the app.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (CliMain.isCliInvocation(args)) {
            System.exit(new CliMain(Output.system()).run(args));
        }
        DesktopLauncher.launch(args);
        System.exit(0);
    }
}
