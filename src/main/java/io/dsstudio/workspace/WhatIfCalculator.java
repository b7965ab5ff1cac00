package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.reconcile.StatusCounts;

import java.time.Clock;
import java.time.Instant;
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

    /**
     * The what-if of {@code edit} on {@code current}: both plans and what changes per DaemonSet, at once (the edited
     * plan re-plans only what the edit changed when the planning service is incremental); the synced result that
     * Commit needs is left to {@link WhatIfPreview#result()}, computed on first request.
     */
    public WhatIfPreview preview(Snapshot current, NodeEdit edit) {
        Plan currentPlan = planner.planShown(current);   // compared with the plan on screen, at its clock
        Snapshot edited = edit.applyTo(current);
        Plan editedPlan = planner.planEdited(current, edited);
        Instant syncedAt = clock.instant();
        // the sync costs what the edit changes: the edited plan moved to the sync's time, then the sync's pods
        // re-planned from it; it stops between its steps once its preview is discarded (its thread interrupted)
        EditOutcome outcome = new EditOutcome(() -> {
            EditOutcome.stopIfCancelled();
            Plan atSync = planner.planAt(edited, syncedAt);
            EditOutcome.stopIfCancelled();
            Snapshot result = sync.apply(edited, syncedAt, atSync).snapshot();
            EditOutcome.stopIfCancelled();
            return new EditOutcome.Synced(result, planner.planSynced(edited, result));
        });
        List<DaemonSetImpact> impacts = new ArrayList<>();
        for (DaemonSetPlan after : editedPlan.daemonSets()) {
            DaemonSetPlan now = currentPlan.find(after.namespace(), after.name());
            impacts.add(now == after ? new DaemonSetImpact(after.key(), List.of(), now.status(), now.status()) : impact(now, after));
        }
        return new WhatIfPreview(edit, current, currentPlan, editedPlan, outcome, impacts);
    }

    /** The actions of {@code after} that {@code now} does not take, and both statuses. */
    private static DaemonSetImpact impact(DaemonSetPlan now, DaemonSetPlan after) {
        Set<PlannedAction> already = now == null ? Set.of() : new HashSet<>(now.actions());
        List<PlannedAction> fresh = after.actions().stream().filter(a -> !already.contains(a)).toList();
        StatusCounts before = now == null ? StatusCounts.ZERO : now.status();
        return new DaemonSetImpact(after.key(), fresh, before, after.status());
    }
}
