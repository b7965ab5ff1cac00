package io.dsstudio.cli;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.simulation.Cascade;
import io.dsstudio.simulation.DaemonSetDeletion;
import io.dsstudio.simulation.SimulationSetup;
import io.dsstudio.simulation.SimulationState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code delete [--cascade=background|orphan] [NS/]NAME (--out|--in-place) PATH...}: deletes a DaemonSet as the
 * API server and garbage collector would.
 */
@Command(name = "delete", mixinStandardHelpOptions = true, resourceBundle = "io.dsstudio.cli.DeleteHelp",
        description = "Delete a DaemonSet from the snapshot: with its pods (background cascade, the default) or "
                + "leaving them running without an owner (orphan), so a later DaemonSet whose selector matches adopts them.")
final class DeleteCommand implements Callable<Integer> {
    @Option(names = "--cascade", defaultValue = "background", paramLabel = "background|orphan",
            description = "background (delete its pods) or orphan (keep them) (default: ${DEFAULT-VALUE}).")
    String cascade;

    @Parameters(index = "0", paramLabel = "[NS/]NAME", description = "The DaemonSet; the namespace may be left out when the name is unique.")
    String name;

    @Mixin
    SnapshotOutput destination;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Files or folders of manifests.")
    List<String> paths;

    private final Output output;

    DeleteCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        Cascade mode = switch (cascade.toLowerCase(Locale.ROOT)) {
            case "background", "true" -> Cascade.BACKGROUND;
            case "orphan", "false" -> Cascade.ORPHAN;
            default -> throw new UsageException("--cascade must be background or orphan, not \"" + cascade + "\"");
        };
        InputOptions input = InputOptions.of(paths);
        if (destination.target != null && destination.target.inPlace && input.readsStdin()) {
            throw new UsageException("--in-place cannot write back to standard input (-): use --out FILE|DIR");
        }
        PlanInput in = new PlanInput(input.load());
        DaemonSet target = DaemonSetLookup.find(in.loaded.snapshot(), name);
        SimulationState start = SimulationState.start(in.loaded.snapshot(), Instant.now());
        SimulationState end = DaemonSetDeletion.delete(start, target, mode);
        List<String> written = destination.write(in.loaded, paths, SimulationResult.changes(in.loaded, end, List.of(), paths));
        long podsAffected = in.loaded.snapshot().pods().stream()
                .filter(p -> target.meta().uid() != null && p.meta().ownerReferences().stream().anyMatch(r -> target.meta().uid().equals(r.uid())))
                .count();
        output.out().println("daemonset " + target.key() + " deleted; " + podsAffected + " pod(s) "
                + (mode == Cascade.BACKGROUND ? "deleted" : "orphaned") + "; wrote " + String.join(", ", written));
        in.printErrors(output);
        return ExitCodes.OK;
    }
}
