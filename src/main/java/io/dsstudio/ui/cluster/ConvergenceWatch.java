package io.dsstudio.ui.cluster;

import io.dsstudio.cluster.ConvergenceMonitor;
import io.dsstudio.cluster.ConvergenceReport;
import io.dsstudio.cluster.LiveSession;
import io.dsstudio.cluster.NodeOutcome;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.NodeVerdict;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.workspace.PlanningService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * After apply: for every DaemonSet whose placement the edits were predicted to change, waits (on its own task
 * runner, so watch refreshes and new edits do not cancel it) until the cluster's controller settled, then lists
 * per node the predicted outcome next to what the controller did, flagging every difference.
 */
public final class ConvergenceWatch {
    private final PlanningService planning;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Duration timeout;
    private final Duration pollInterval;
    private final ObservableList<ConvergenceRow> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty watching = new SimpleBooleanProperty();

    public ConvergenceWatch(PlanningService planning, Messages messages, TaskRunner tasks, Duration timeout, Duration pollInterval) {
        this.planning = planning;
        this.messages = messages;
        this.tasks = tasks;
        this.timeout = timeout;
        this.pollInterval = pollInterval;
    }

    /** @param base the live state the edits were planned against; {@code edited} the state with them */
    public void start(LiveSession session, Snapshot base, Snapshot edited) {
        rows.clear();
        watching.set(true);
        status.set(messages.get("live.converge.waiting"));
        tasks.run("task.converge", p -> await(session, base, edited), found -> {
            watching.set(false);
            rows.setAll(found);
            long differing = found.stream().filter(ConvergenceRow::differs).count();
            Set<String> daemonSets = new TreeSet<>();
            found.forEach(r -> daemonSets.add(r.daemonSet()));
            status.set(daemonSets.isEmpty() ? messages.get("live.converge.nothing")
                    : messages.get(differing == 0 ? "live.converge.matched" : "live.converge.differs", daemonSets.size(), differing));
        }, failure -> {
            watching.set(false);
            status.set(messages.get("live.converge.failed", LiveErrors.describe(messages, failure)));
        });
    }

    private List<ConvergenceRow> await(LiveSession session, Snapshot base, Snapshot edited) {
        Map<String, DaemonSetPlan> predicted = affected(planning.plan(base), planning.plan(edited));
        ConvergenceMonitor monitor = new ConvergenceMonitor(session.cluster(), Clock.systemUTC(), pollInterval);
        List<ConvergenceRow> out = new ArrayList<>();
        for (DaemonSetPlan plan : predicted.values()) {
            ConvergenceReport report = monitor.await(plan.namespace(), plan.name(), plan.nodes(), timeout);
            String settled = report.converged() ? messages.get("live.converge.converged", report.status())
                    : messages.get("live.converge.notConverged", timeout.toSeconds(), report.status());
            for (NodeOutcome node : report.nodes()) {
                out.add(new ConvergenceRow(plan.key(), node.node(), node.predicted(), node.actual(), settled));
            }
        }
        return out;
    }

    /** The DaemonSets whose set of nodes that should run a pod differs between the two plans, keyed "ns/name". */
    static Map<String, DaemonSetPlan> affected(Plan before, Plan after) {
        Map<String, DaemonSetPlan> out = new LinkedHashMap<>();
        for (DaemonSetPlan edited : after.daemonSets()) {
            DaemonSetPlan was = before.find(edited.namespace(), edited.name());
            if (was == null || !running(was).equals(running(edited))) {
                out.put(edited.key(), edited);
            }
        }
        return out;
    }

    private static Set<String> running(DaemonSetPlan plan) {
        Set<String> nodes = new TreeSet<>();
        for (NodeVerdict v : plan.nodes()) {
            if (v.shouldRun()) {
                nodes.add(v.node());
            }
        }
        return nodes;
    }

    public void cancel() {
        tasks.cancel();
        watching.set(false);
    }

    public ObservableList<ConvergenceRow> rows() {
        return rows;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty watchingProperty() {
        return watching;
    }

    public TaskRunner tasks() {
        return tasks;
    }
}
