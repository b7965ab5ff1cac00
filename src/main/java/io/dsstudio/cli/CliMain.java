package io.dsstudio.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Set;

/**
 * The headless command line: {@code validate}, {@code plan}, {@code explain}, and the simulation commands.
 * Every command prints its report to standard output and exits 0, 1 or 2 (see {@link ExitCodes}); a failure
 * never shows a stack trace unless {@code --debug} is given.
 */
@Command(name = "dsstudio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "DaemonSet Studio command line: validate manifests, plan, explain, apply and delete DaemonSet "
                + "placement on a snapshot of ordinary Kubernetes YAML (or a live cluster), and generate test snapshots.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {ValidateCommand.class, PlanCommand.class, ExplainCommand.class, ApplyCommand.class,
                DeleteCommand.class, GenerateCommand.class, DiffCommand.class})
public final class CliMain implements Runnable {
    @Option(names = "--debug", description = "Show stack traces of unexpected failures.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    private final Output output;

    public CliMain(Output output) {
        this.output = output;
    }

    /**
     * Names of the subcommands, so the launcher can tell a CLI call from an app start. Read from the annotations:
     * building picocli's model of the commands would cost every start of the app about a second.
     */
    public static Set<String> commandNames() {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (Class<?> subcommand : CliMain.class.getAnnotation(Command.class).subcommands()) {
            Command command = subcommand.getAnnotation(Command.class);
            names.add(command.name());
            names.addAll(List.of(command.aliases()));
        }
        return names;
    }

    public static boolean isCliInvocation(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return List.of("--help", "-h", "--version", "-V", "help").contains(first) || !first.startsWith("-") && commandNames().contains(first);
    }

    public int run(String[] args) {
        CommandLine cli = new CommandLine(this, new CommandFactory(output));
        for (String readOnly : List.of("validate", "plan", "explain")) {
            hideOptions(cli.getSubcommands().get(readOnly).getCommandSpec(), "--yes", "--timeout");
        }
        cli.setOut(output.out());
        cli.setErr(output.err());
        cli.setParameterExceptionHandler((ex, a) -> {
            output.err().println("error: " + DiagnosticJson.oneLine(withoutPrefix(ex.getMessage())));
            output.err().println("Run 'dsstudio " + (ex.getCommandLine().getCommandName().equals("dsstudio") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UsageException) {
                output.err().println("error: " + DiagnosticJson.oneLine(ex.getMessage()));
                return ExitCodes.USAGE;
            }
            output.err().println("error: unexpected failure: " + ex);
            if (debug) {
                ex.printStackTrace(output.err());
            } else {
                output.err().println("Run again with --debug to see the stack trace.");
            }
            return ExitCodes.INVALID;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError tooLarge) {
            // an input too large for the heap: say so and how to give more, not a stack trace
            output.err().println("error: " + OutOfMemory.message(Runtime.getRuntime().maxMemory(), OutOfMemory.jarPath()));
            output.err().flush();
            return ExitCodes.USAGE; // as a file too large to read into memory (and diff's failure code)
        }
        if (!output.flushOk() && output.outputPipeClosed()) {
            return ExitCodes.CLOSED_PIPE; // plan | head: the reader has what it wanted; end quietly
        }
        if (!output.flushOk()) {
            output.err().println("error: cannot write the report to standard output");
            output.err().flush();
            return ExitCodes.USAGE;
        }
        return code;
    }

    /**
     * The live options these commands share with apply, but which only apply uses: still accepted (scripts pass the
     * same options to every command), no longer listed in the help.
     */
    private static void hideOptions(CommandLine.Model.CommandSpec spec, String... names) {
        for (String name : names) {
            CommandLine.Model.OptionSpec option = spec.findOption(name);
            if (option != null && !option.hidden()) {
                spec.remove(option);
                spec.addOption(option.toBuilder().hidden(true).build());
            }
        }
    }

    /** picocli's messages start with "Error: "; ours already say "error: ". */
    private static String withoutPrefix(String message) {
        return message != null && message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(output.out());
    }

    /** Gives commands the shared {@link Output}. */
    record CommandFactory(Output output) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Output.class).newInstance(output);
            } catch (NoSuchMethodException noOutputConstructor) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
