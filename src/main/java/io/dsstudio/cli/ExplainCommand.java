package io.dsstudio.cli;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.reconcile.PlacementChecklist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code explain [-o text|json] [NS/]NAME NODE PATH...}: every placement check of one (DaemonSet, node) pair. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain why a DaemonSet does or does not run on a node: every check, with both sides' values.")
final class ExplainCommand implements Callable<Integer> {
    enum Format { text, json, yaml }

    @Option(names = {"-o", "--output"}, defaultValue = "text", description = "text, json or yaml (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(index = "0", paramLabel = "[NS/]NAME", description = "The DaemonSet; without a namespace the name must be unique.")
    String daemonSet;

    @Parameters(index = "1", paramLabel = "NODE", description = "The node name.")
    String node;

    @Parameters(index = "2..*", arity = "0..*", paramLabel = "PATH", description = "Files or folders of manifests (.yaml, .yml, .json); "
            + "with --live they are laid over the cluster's state and may be left out.")
    List<String> paths;

    @Option(names = "--base", paramLabel = "PATH", description = "A snapshot (file, folder or -) the PATHs are laid over: "
            + "an object in the PATHs replaces the base object of the same kind, namespace and name. Repeatable.")
    List<String> bases = new java.util.ArrayList<>();

    @Mixin
    LiveOptions live;

    private final Output output;

    ExplainCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        InputOptions input = InputOptions.of(paths);
        input.bases = bases;
        return SnapshotSource.with(live, input, output, (loaded, session) -> explain(new PlanInput(loaded, input.positions())));
    }

    private int explain(PlanInput in) {
        DaemonSet ds = DaemonSetLookup.find(in.loaded.snapshot(), daemonSet);
        ClusterNode target = in.loaded.snapshot().nodes().stream().filter(n -> node.equals(n.name())).findFirst()
                .orElseThrow(() -> new UsageException("no node named " + node + " in the input"));
        PlacementChecklist checklist = PlacementChecklist.of(target, ds);
        if (format == Format.json) {
            output.json(ExplainReport.json(checklist));
        } else if (format == Format.yaml) {
            output.yaml(ExplainReport.json(checklist));
        } else {
            ExplainReport.text(checklist, output.out());
        }
        in.printErrors(output);
        return in.errors.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID;
    }
}
