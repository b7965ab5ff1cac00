package io.dsstudio.cli;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.NodeVerdict;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.reconcile.Reason;
import io.dsstudio.reconcile.StatusCounts;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The people's view of a plan: kubectl-style status columns, then each DaemonSet's actions and excluded nodes. */
final class PlanTable {
    private static final List<String> HEADER = List.of("NAMESPACE", "NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE",
            "AVAILABLE", "MISSCHEDULED", "NODE SELECTOR");

    private final PrintWriter out;
    private final Snapshot snapshot;

    PlanTable(PrintWriter out, Snapshot snapshot) {
        this.out = out;
        this.snapshot = snapshot;
    }

    void print(Plan plan) {
        if (plan.daemonSets().isEmpty()) {
            out.println("No DaemonSets to plan.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (DaemonSetPlan p : plan.daemonSets()) {
            StatusCounts s = p.status();
            rows.add(List.of(String.valueOf(p.namespace()), String.valueOf(p.name()), num(s.desiredNumberScheduled()), num(s.currentNumberScheduled()),
                    num(s.numberReady()), num(s.updatedNumberScheduled()), num(s.numberAvailable()),
                    num(s.numberMisscheduled()), nodeSelector(p)));
        }
        Columns.print(out, "", rows);
        for (DaemonSetPlan p : plan.daemonSets()) {
            details(p);
        }
    }

    private void details(DaemonSetPlan p) {
        out.println();
        out.println(p.key() + ":");
        if (p.actions().isEmpty()) {
            out.println("  no actions");
        } else {
            out.println("  actions:");
            for (PlannedAction a : p.actions()) {
                String what = a.pod() == null ? "create on " + a.node() : "delete " + a.pod() + " on " + a.node() + " (" + a.cause() + ")";
                out.println("    " + what + ": " + a.reason());
            }
        }
        List<NodeVerdict> excluded = p.nodes().stream().filter(v -> !v.shouldRun()).toList();
        if (!excluded.isEmpty()) {
            out.println("  excluded nodes:");
            for (NodeVerdict v : excluded) {
                String keep = v.shouldContinueRunning() ? " (a running pod may stay)" : "";
                out.println("    " + v.node() + keep + ": "
                        + v.reasons().stream().map(Reason::message).collect(Collectors.joining("; ")));
            }
        }
    }

    private String nodeSelector(DaemonSetPlan p) {
        Map<String, String> selector = snapshot.daemonSets().stream()
                .filter(d -> p.namespace().equals(d.meta().namespace()) && p.name().equals(d.meta().name()))
                .findFirst().map(DaemonSet::template).map(t -> t.spec().nodeSelector()).orElse(Map.of());
        return selector.isEmpty() ? "<none>" : selector.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    private static String num(int n) {
        return Integer.toString(n);
    }
}
