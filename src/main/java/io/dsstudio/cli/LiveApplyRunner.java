package io.dsstudio.cli;

import io.dsstudio.cluster.ApplyReport;
import io.dsstudio.cluster.Confirmation;
import io.dsstudio.cluster.ConvergenceMonitor;
import io.dsstudio.cluster.ConvergenceReport;
import io.dsstudio.cluster.LiveChange;
import io.dsstudio.cluster.LiveChanges;
import io.dsstudio.cluster.LiveException;
import io.dsstudio.cluster.LiveSession;
import io.dsstudio.cluster.NodeOutcome;
import io.dsstudio.cluster.ObjectResult;
import io.dsstudio.reconcile.NodeVerdict;
import io.dsstudio.yaml.LoadedSnapshot;

import java.util.List;
import java.util.Map;

/**
 * {@code apply --live}: derives the changes from the live state to the edited one, applies them (dry run,
 * confirmation, real changes), reports each object, then waits for the DaemonSets to converge and compares, per
 * node, the prediction with what the cluster's controller did. Exit 0 when everything changed and matched, 1 when
 * the server rejected a change, a conflict needs a decision or the cluster differs from the prediction, 2 for
 * connection, permission and usage problems.
 */
final class LiveApplyRunner {
    private final Output output;

    LiveApplyRunner(Output output) {
        this.output = output;
    }

    /**
     * @param predicted per DaemonSet ("namespace/name"), the plan's node verdicts to check after apply
     * @param force     take over fields other field managers own
     */
    int run(LiveOptions options, LiveSession session, LoadedSnapshot edited, Map<String, List<NodeVerdict>> predicted,
            boolean force) {
        List<LiveChange> changes = LiveChanges.between(session.loaded(), edited);
        if (changes.isEmpty()) {
            output.out().println("nothing to apply: the cluster already matches");
            return ExitCodes.OK;
        }
        Confirmation confirmation = options.confirmation(output);
        ApplyReport report;
        try {
            report = session.applier(options.readOnlyContexts()).apply(changes, force, confirmation);
        } catch (LiveException e) {
            throw new UsageException(e.getMessage());
        }
        print(report);
        if (!report.allSucceeded()) {
            boolean failed = report.results().stream().anyMatch(r -> r.outcome() == ObjectResult.Outcome.FAILED);
            return failed ? ExitCodes.USAGE : ExitCodes.INVALID;
        }
        return converge(options, session, predicted);
    }

    private void print(ApplyReport report) {
        for (ObjectResult r : report.results()) {
            output.out().println(r.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": "
                    + r.change().describe() + (r.message() == null ? "" : " — " + r.message()));
            r.diagnostics().forEach(d -> output.out().println("  " + DiagnosticJson.line(d)));
            if (r.replanned() != null) {
                output.out().println("  re-planned on the current object: " + r.replanned().describe());
            }
        }
        List<LiveChange> changed = report.changed();
        output.out().println(report.dryRunOnly()
                ? "server dry run: nothing was changed"
                : "changed " + changed.size() + " object(s); " + report.pending().size() + " edit(s) still pending");
    }

    private int converge(LiveOptions options, LiveSession session, Map<String, List<NodeVerdict>> predicted) {
        ConvergenceMonitor monitor = session.convergence();
        int code = ExitCodes.OK;
        for (Map.Entry<String, List<NodeVerdict>> entry : predicted.entrySet()) {
            String[] key = entry.getKey().split("/", 2);
            ConvergenceReport report;
            try {
                report = monitor.await(key[0], key[1], entry.getValue(), options.timeout());
            } catch (LiveException e) {
                throw new UsageException(e.getMessage());
            }
            output.out().println("DaemonSet " + entry.getKey() + ": " + (report.converged() ? "converged" : "did not converge within "
                    + options.timeout().toSeconds() + "s") + " (" + report.status() + ")");
            for (NodeOutcome node : report.nodes()) {
                output.out().println("  " + node.node() + ": predicted " + (node.predicted() ? "run" : "no pod")
                        + ", actual " + (node.actual() ? "run" : "no pod") + (node.differs() ? "  <-- DIFFERS" : ""));
            }
            if (!report.converged() || !report.differences().isEmpty()) {
                code = ExitCodes.INVALID;
            }
        }
        return code;
    }
}
