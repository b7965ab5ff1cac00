package io.dsstudio.cli;

import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.simulation.GeneratorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code generate}: a realistic cluster snapshot, or the app's bundled demo snapshot. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a realistic cluster snapshot (nodes, DaemonSets, pods with ~5%% drift), "
                + "byte-identical for the same arguments; or, with --demo, the app's demo snapshot.")
final class GenerateCommand implements Callable<Integer> {
    static final String DEMO_RESOURCE = "/io/dsstudio/demo/demo-cluster.yaml";

    // Checked in call() rather than by option groups, so a wrong combination gets one plain sentence.
    @Option(names = "--demo", description = "Write the app's bundled demo snapshot (not with --nodes, --daemonsets or --seed).")
    boolean demo;

    @Option(names = "--nodes", paramLabel = "N", description = "Number of nodes (with --daemonsets).")
    Integer nodes;

    @Option(names = "--daemonsets", paramLabel = "M", description = "Number of DaemonSets (with --nodes).")
    Integer daemonSets;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 1).")
    Long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path out;

    private final Output output;

    GenerateCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() throws IOException {
        if (demo && (nodes != null || daemonSets != null || seed != null)) {
            throw new UsageException("--demo writes the bundled demo snapshot: it takes no --nodes, --daemonsets or --seed");
        }
        if (!demo && (nodes == null || daemonSets == null)) {
            throw new UsageException("give --nodes N and --daemonsets M (or --demo for the bundled demo snapshot)");
        }
        String text = demo ? demo() : generated();
        if (out == null) {
            output.out().print(text);
            return ExitCodes.OK;
        }
        OutputFiles.writeAtomically(out, text);
        return ExitCodes.OK;
    }

    private String generated() {
        if (nodes < 0 || daemonSets < 0) {
            throw new UsageException("--nodes and --daemonsets must not be negative");
        }
        return new ClusterGenerator().generate(new GeneratorOptions(nodes, daemonSets, seed == null ? 1 : seed,
                GeneratorOptions.DEFAULT_TIME));
    }

    private static String demo() throws IOException {
        try (InputStream in = GenerateCommand.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo snapshot is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
