package io.dsstudio.cli;

import io.dsstudio.simulation.ClusterGenerator;
import io.dsstudio.simulation.GeneratorOptions;
import picocli.CommandLine.ArgGroup;
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

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @ArgGroup(exclusive = false)
        Sizes sizes;

        @Option(names = "--demo", required = true, description = "Write the app's bundled demo snapshot.")
        boolean demo;
    }

    static final class Sizes {
        @Option(names = "--nodes", required = true, paramLabel = "N", description = "Number of nodes.")
        int nodes;

        @Option(names = "--daemonsets", required = true, paramLabel = "M", description = "Number of DaemonSets.")
        int daemonSets;

        @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;
    }

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path out;

    private final Output output;

    GenerateCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() throws IOException {
        String text = what.demo ? demo() : generated();
        if (out == null) {
            output.out().print(text);
            return ExitCodes.OK;
        }
        OutputFiles.writeAtomically(out, text);
        return ExitCodes.OK;
    }

    private String generated() {
        Sizes sizes = what.sizes;
        if (sizes.nodes < 0 || sizes.daemonSets < 0) {
            throw new UsageException("--nodes and --daemonsets must not be negative");
        }
        return new ClusterGenerator().generate(new GeneratorOptions(sizes.nodes, sizes.daemonSets, sizes.seed,
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
