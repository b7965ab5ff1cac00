package io.dsstudio.cli;

import io.dsstudio.yaml.FileChange;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.NodeVerdict;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.simulation.SimulationSetup;
import io.dsstudio.simulation.SimulationState;
import io.dsstudio.simulation.Simulator;
import io.dsstudio.simulation.StatusTrees;
import io.dsstudio.simulation.SyncResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code apply [--steps N | --until-converged] (--out FILE|DIR | --in-place) [--now T] PATH...}: runs controller
 * syncs on the embedded model and writes the resulting snapshot.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Run DaemonSet controller syncs on the snapshot (pods created, bound and made Ready, deleted, "
                + "rolled) and write the result.")
final class ApplyCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true)
    Steps steps;

    static final class Steps {
        @Option(names = "--steps", paramLabel = "N", description = "Run N syncs (default 1); stops early when a sync plans nothing.")
        Integer count;

        @Option(names = "--until-converged", description = "Run until a sync plans nothing (at most 1,000 syncs).")
        boolean untilConverged;
    }

    @Mixin
    SnapshotOutput destination;

    @Option(names = "--now", paramLabel = "RFC3339", description = "The simulated clock's start (default: now).")
    String now;

    @Option(names = {"-o", "--output"}, defaultValue = "table", description = "table, json or yaml (default: ${DEFAULT-VALUE}).")
    PlanCommand.Format format;

    @Mixin
    InputOptions input;

    @Mixin
    LiveOptions live;

    @Option(names = "--stall-unready-nodes", description = "Model NotReady and Unknown nodes as a real rollout meets them: "
            + "their pods are not Ready and a pod deleted there stays terminating, so the rollout may block.")
    boolean stallUnreadyNodes;

    @Option(names = "--force", description = "With --live: take over fields that other field managers own (server-side apply force).")
    boolean force;

    @Option(names = "--timings", description = "Print how long reading, each sync and writing the result took "
            + "(wall, process CPU and garbage collection time) to standard error.")
    boolean timings;

    private final Output output;

    ApplyCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        Instant clock = PlanCommand.parseNow(now);
        int maxSyncs = steps == null ? 1 : steps.untilConverged ? Simulator.MAX_SYNCS : steps.count;
        if (maxSyncs < 1) {
            throw new UsageException("--steps must be at least 1");
        }
        if (live.live()) {
            return SnapshotSource.with(live, input, output, (loaded, session) -> applyLive(new PlanInput(loaded), session, clock));
        }
        destination.require();
        live.checkUsage();
        if (destination.target.inPlace && input.readsStdin()) {
            throw new UsageException("--in-place cannot write back to standard input (-): use --out FILE|DIR");
        }
        // with --base, --in-place writes the result into the base snapshot; the PATHs (the change) stay untouched
        input.intoBase = destination.target.inPlace && !input.bases().isEmpty();
        PhaseTimings timer = new PhaseTimings(output.err(), timings);
        PlanInput in = new PlanInput(input.load(), input.positions());
        timer.lap("read");
        List<DaemonSet> untouched = in.loaded.snapshot().daemonSets().stream()
                .filter(ds -> !in.plannable.daemonSets().contains(ds)).toList();
        SimulationState start = SimulationSetup.start(in.plannable, clock);
        SyncReport report = new SyncReport(output, format);
        List<Diagnostic> warnings = new ArrayList<>(in.warnings);
        Simulator simulator = stallUnreadyNodes ? Simulator.stallingUnreadyNodes(new Planner()) : new Simulator(new Planner());
        // only the last sync's state is kept: memory and time per sync do not grow with the number of syncs
        timer.lap("setup");
        SyncResult last = simulator.runKeepingLast(start, maxSyncs, r -> {
            report.onSync(r);
            r.plan().warnings().forEach(w -> warnings.add(in.locate(w)));
            timer.lap("sync " + r.number() + " (" + r.actionCount() + " actions, reported)");
        });
        SimulationState end = last == null ? start : last.after();
        boolean converged = last != null && last.converged();
        List<FileChange> changes = SimulationResult.changes(in.loaded, end, untouched, input.layoutPaths(),
                last == null ? Map.of() : StatusTrees.of(last));
        timer.lap("result (edits, removals, new pods rendered, checked)");
        List<String> written = destination.write(in.loaded, input.layoutPaths(),
                input.intoBase ? input.inPlaceWrites(in.loaded, changes) : changes);
        timer.lap("write");
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("syncs", last == null ? 0 : last.number());
        summary.put("converged", converged);
        summary.put("requeues", last == null ? List.of() : last.requeues());
        summary.put("stalledNodes", last == null ? List.of() : last.stalledNodes());
        summary.put("written", written);
        report.finish(summary, distinct(warnings), in);
        in.printErrors(output);
        if (steps != null && steps.untilConverged && last != null && last.blocked()) {
            output.err().println("error: the rollout is blocked by pods stuck terminating on nodes that are not Ready: "
                    + String.join(", ", last.stalledNodes()));
            return ExitCodes.INVALID;
        }
        if (steps != null && steps.untilConverged && !converged) {
            output.err().println("error: not converged after " + Simulator.MAX_SYNCS + " syncs");
            return ExitCodes.INVALID;
        }
        return in.errors.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** Applies the files' changes to the cluster, then checks the controller did what the plan predicts. */
    private int applyLive(PlanInput in, io.dsstudio.cluster.LiveSession session, Instant clock) {
        if (destination.target != null) {
            throw new UsageException("--out and --in-place do not go with --live: the cluster is the destination");
        }
        in.printErrors(output);
        if (!in.errors.isEmpty()) {
            output.err().println("error: nothing was applied: fix the errors first");
            return ExitCodes.INVALID;
        }
        Map<String, List<NodeVerdict>> predicted = new LinkedHashMap<>();
        for (DaemonSetPlan p : new Planner().plan(in.plannable, clock).daemonSets()) {
            predicted.put(p.key(), p.nodes());
        }
        return new LiveApplyRunner(output).run(live, session, in.loaded, predicted, force);
    }

    private static List<Diagnostic> distinct(List<Diagnostic> diagnostics) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(diagnostics));
    }
}
