package io.dsstudio.app;

import io.dsstudio.cli.CliMain;
import io.dsstudio.cli.Output;

/**
 * The entry point of the jar and the installers. It holds no JavaFX types, so the CLI runs without a
 * display: a CLI command, {@code --help} or {@code --version} runs the CLI; anything else starts the app.
 * The installers' {@code dsstudio} launcher sets {@code -Ddsstudio.mode=cli}, which always runs the CLI
 * (no arguments then print the CLI help).
 */
public final class Launcher {
    /** System property the {@code dsstudio} launcher sets; {@value #CLI_MODE} forces the command line. */
    public static final String MODE_PROPERTY = "dsstudio.mode";
    public static final String CLI_MODE = "cli";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (CLI_MODE.equals(System.getProperty(MODE_PROPERTY))) {
            String[] cliArgs = args.length == 0 ? new String[] {"--help"} : args;
            System.exit(new CliMain(Output.system()).run(cliArgs));
        }
        if (CliMain.isCliInvocation(args)) {
            System.exit(new CliMain(Output.system()).run(args));
        }
        DesktopLauncher.launch(args);
        System.exit(0);
    }
}
