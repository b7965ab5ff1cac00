package io.dsstudio.cli;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.simulation.SyncResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code apply} prints: per sync, the status of each DaemonSet and the actions taken, in the forms of
 * {@code plan} (the table as it goes; JSON and YAML as one document at the end, without per-node verdicts).
 */
final class SyncReport {
    private final Output output;
    private final PlanCommand.Format format;
    private final List<Map<String, Object>> syncs = new ArrayList<>();

    SyncReport(Output output, PlanCommand.Format format) {
        this.output = output;
        this.format = format;
    }

    void onSync(SyncResult result) {
        if (format == PlanCommand.Format.table) {
            output.out().println("sync " + result.number() + " at " + result.time() + ": " + result.actionCount() + " action(s)");
            for (DaemonSetPlan p : result.plan().daemonSets()) {
                for (PlannedAction a : p.actions()) {
                    output.out().println("  " + p.key() + "  " + a.type().wireName() + "  " + a.node()
                            + (a.pod() == null ? "" : "  " + a.pod() + "  " + a.cause()) + "  " + a.reason());
                }
            }
            output.out().flush();
            return;
        }
        Map<String, Object> sync = new LinkedHashMap<>();
        sync.put("sync", result.number());
        sync.put("time", result.time().toString());
        List<Map<String, Object>> daemonSets = new ArrayList<>();
        for (DaemonSetPlan p : result.plan().daemonSets()) {
            Map<String, Object> tree = PlanJson.daemonSet(p);
            tree.remove("nodes");
            daemonSets.add(tree);
        }
        sync.put("daemonSets", daemonSets);
        syncs.add(sync);
    }

    void finish(Map<String, Object> summary, List<Diagnostic> warnings, PlanInput in) {
        if (format == PlanCommand.Format.table) {
            List<String> written = castList(summary.get("written"));
            List<String> stalled = castList(summary.get("stalledNodes"));
            output.out().println((Boolean.TRUE.equals(summary.get("converged")) ? "converged"
                    : stalled.isEmpty() ? "not converged" : "blocked by " + String.join(", ", stalled))
                    + " after " + summary.get("syncs") + " sync(s); "
                    + (written.isEmpty() ? "nothing to write" : "wrote " + String.join(", ", written)));
            List<Diagnostic> all = new ArrayList<>(warnings);
            all.addAll(in.errors);
            all.sort(Diagnostic.ORDER);
            all.forEach(d -> output.out().println(DiagnosticJson.line(d)));
            return;
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("syncs", syncs);
        report.put("converged", summary.get("converged"));
        report.put("requeues", summary.get("requeues"));
        report.put("stalledNodes", summary.get("stalledNodes"));
        report.put("written", summary.get("written"));
        report.put("warnings", DiagnosticJson.trees(warnings));
        report.put("errors", DiagnosticJson.trees(in.errors));
        report.put("ignored", DiagnosticJson.ignored(in.loaded.ignored()));
        if (format == PlanCommand.Format.json) {
            output.json(report);
        } else {
            output.yaml(report);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }
}
