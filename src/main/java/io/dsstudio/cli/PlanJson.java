package io.dsstudio.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.NodeVerdict;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.reconcile.Reason;
import io.dsstudio.reconcile.StatusCounts;

import java.io.IOException;

/** A plan's DaemonSets as the JSON/YAML of the {@code plan} contract (see README), written as a stream. */
final class PlanJson {
    private PlanJson() {
    }

    /** One DaemonSet's object; {@code apply}'s report leaves out the per-node verdicts. */
    static void write(JsonGenerator g, DaemonSetPlan plan, boolean withNodes) throws IOException {
        g.writeStartObject();
        g.writeStringField("namespace", plan.namespace());
        g.writeStringField("name", plan.name());
        StatusCounts s = plan.status();
        g.writeNumberField("desiredNumberScheduled", s.desiredNumberScheduled());
        g.writeNumberField("currentNumberScheduled", s.currentNumberScheduled());
        g.writeNumberField("numberMisscheduled", s.numberMisscheduled());
        g.writeNumberField("numberReady", s.numberReady());
        g.writeNumberField("updatedNumberScheduled", s.updatedNumberScheduled());
        g.writeNumberField("numberAvailable", s.numberAvailable());
        g.writeNumberField("numberUnavailable", s.numberUnavailable());
        if (withNodes) {
            g.writeArrayFieldStart("nodes");
            for (NodeVerdict v : plan.nodes()) {
                verdict(g, v);
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("actions");
        for (PlannedAction a : plan.actions()) {
            action(g, a);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void verdict(JsonGenerator g, NodeVerdict v) throws IOException {
        g.writeStartObject();
        g.writeStringField("node", v.node());
        g.writeBooleanField("shouldRun", v.shouldRun());
        g.writeBooleanField("shouldContinueRunning", v.shouldContinueRunning());
        g.writeArrayFieldStart("reasons");
        for (Reason r : v.reasons()) {
            g.writeStartObject();
            g.writeStringField("code", r.code().name());
            g.writeStringField("message", r.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Creates carry no "pod" or "cause" keys. */
    private static void action(JsonGenerator g, PlannedAction a) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", a.type().wireName());
        g.writeStringField("node", a.node());
        if (a.pod() != null) {
            g.writeStringField("pod", a.pod());
        }
        if (a.cause() != null) {
            g.writeStringField("cause", a.cause().name());
        }
        g.writeStringField("reason", a.reason());
        g.writeEndObject();
    }
}
