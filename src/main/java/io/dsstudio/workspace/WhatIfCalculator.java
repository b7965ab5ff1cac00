package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.reconcile.StatusCounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans the edited snapshot against the current one (the what-if preview of a staged edit): the actions the
 * edit adds to the controller's next sync, and the status of both plans (as the controller computes status,
 * before its actions). The preview also carries the edited snapshot after that sync, which Commit applies.
 */
public final class WhatIfCalculator {
    private final PlanningService planner;
    private final ControllerSync sync;
    private final Clock clock;

    public WhatIfCalculator(PlanningService planner, ControllerSync sync, Clock clock) {
        this.planner = planner;
        this.sync = sync;
        this.clock = clock;
    }

    /** The commands that replay autosaved edits on a freshly opened snapshot, each with its controller sync. */
    public List<NodeEditCommand> replay(Snapshot opened, List<NodeEdit> edits) {
        List<NodeEditCommand> commands = new ArrayList<>();
        Snapshot current = opened;
        for (NodeEdit edit : edits) {
            Snapshot edited = edit.applyTo(current);
            Snapshot result = sync.apply(edited, clock.instant()).snapshot();
            commands.add(new NodeEditCommand(edit, current, result));
            current = result;
        }
        return commands;
    }

    public WhatIfPreview preview(Snapshot current, NodeEdit edit) {
        Plan currentPlan = planner.plan(current);
        Snapshot edited = edit.applyTo(current);
        Plan editedPlan = planner.plan(edited);
        Snapshot result = sync.apply(edited, clock.instant()).snapshot();
        Plan resultPlan = planner.plan(result);
        List<DaemonSetImpact> impacts = new ArrayList<>();
        for (DaemonSetPlan after : editedPlan.daemonSets()) {
            DaemonSetPlan now = currentPlan.find(after.namespace(), after.name());
            Set<PlannedAction> already = now == null ? Set.of() : new HashSet<>(now.actions());
            List<PlannedAction> fresh = after.actions().stream().filter(a -> !already.contains(a)).toList();
            StatusCounts before = now == null ? StatusCounts.ZERO : now.status();
            impacts.add(new DaemonSetImpact(after.key(), fresh, before, after.status()));
        }
        return new WhatIfPreview(edit, current, currentPlan, editedPlan, result, resultPlan, impacts);
    }
}
