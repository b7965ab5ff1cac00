package io.dsstudio.cli;

import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.simulation.SyncResult;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    private final List<TokenBuffer> syncs = new ArrayList<>();

    SyncReport(Output output, PlanCommand.Format format) {
        this.output = output;
        this.format = format;
    }

    void onSync(SyncResult result) {
        if (format == PlanCommand.Format.table) {
            output.out().println("sync " + result.number() + " at " + result.time() + ": " + result.actionCount() + " action(s)");
            List<List<String>> rows = new ArrayList<>();
            for (DaemonSetPlan p : result.plan().daemonSets()) {
                for (PlannedAction a : p.actions()) {
                    rows.add(List.of(p.key(), a.type().wireName(), String.valueOf(a.node()), a.pod() == null ? "-" : a.pod(),
                            a.cause() == null ? "-" : a.cause().name(), String.valueOf(a.reason())));
                }
            }
            Columns.print(output.out(), "  ", rows);
            output.out().flush();
            return;
        }
        // kept as compact tokens (the plan itself, with its per-node verdicts, is let go) and replayed at the end
        TokenBuffer sync = new TokenBuffer(null, false);
        try {
            sync.writeStartObject();
            sync.writeNumberField("sync", result.number());
            sync.writeStringField("time", result.time().toString());
            sync.writeArrayFieldStart("daemonSets");
            for (DaemonSetPlan p : result.plan().daemonSets()) {
                PlanJson.write(sync, p, false);
            }
            sync.writeEndArray();
            sync.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        output.write(format == PlanCommand.Format.json, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("syncs");
            for (TokenBuffer sync : syncs) {
                sync.serialize(g);
            }
            g.writeEndArray();
            g.writeObjectField("converged", summary.get("converged"));
            g.writeObjectField("requeues", summary.get("requeues"));
            g.writeObjectField("stalledNodes", summary.get("stalledNodes"));
            g.writeObjectField("written", summary.get("written"));
            g.writeObjectField("warnings", DiagnosticJson.trees(warnings));
            g.writeObjectField("errors", DiagnosticJson.trees(in.errors));
            g.writeObjectField("ignored", DiagnosticJson.ignored(in.loaded.ignored()));
            g.writeEndObject();
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }
}
