package io.dsstudio.cli;

import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.NodeVerdict;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.reconcile.Reason;
import io.dsstudio.reconcile.StatusCounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A plan as the JSON/YAML tree of the {@code plan} contract (see README). */
final class PlanJson {
    private PlanJson() {
    }

    static Map<String, Object> daemonSet(DaemonSetPlan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("namespace", plan.namespace());
        out.put("name", plan.name());
        StatusCounts s = plan.status();
        out.put("desiredNumberScheduled", s.desiredNumberScheduled());
        out.put("currentNumberScheduled", s.currentNumberScheduled());
        out.put("numberMisscheduled", s.numberMisscheduled());
        out.put("numberReady", s.numberReady());
        out.put("updatedNumberScheduled", s.updatedNumberScheduled());
        out.put("numberAvailable", s.numberAvailable());
        out.put("numberUnavailable", s.numberUnavailable());
        List<Map<String, Object>> nodes = new ArrayList<>();
        plan.nodes().forEach(v -> nodes.add(verdict(v)));
        out.put("nodes", nodes);
        List<Map<String, Object>> actions = new ArrayList<>();
        plan.actions().forEach(a -> actions.add(action(a)));
        out.put("actions", actions);
        return out;
    }

    static Map<String, Object> verdict(NodeVerdict v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("node", v.node());
        out.put("shouldRun", v.shouldRun());
        out.put("shouldContinueRunning", v.shouldContinueRunning());
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (Reason r : v.reasons()) {
            Map<String, Object> reason = new LinkedHashMap<>();
            reason.put("code", r.code().name());
            reason.put("message", r.message());
            reasons.add(reason);
        }
        out.put("reasons", reasons);
        return out;
    }

    /** Creates carry no "pod" or "cause" keys. */
    static Map<String, Object> action(PlannedAction a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", a.type().wireName());
        out.put("node", a.node());
        if (a.pod() != null) {
            out.put("pod", a.pod());
        }
        if (a.cause() != null) {
            out.put("cause", a.cause().name());
        }
        out.put("reason", a.reason());
        return out;
    }
}
