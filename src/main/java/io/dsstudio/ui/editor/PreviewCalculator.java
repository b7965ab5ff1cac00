package io.dsstudio.ui.editor;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Pod;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.ActionType;
import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.DeleteCause;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.reconcile.StatusCounts;
import io.dsstudio.simulation.RolloutForecast;
import io.dsstudio.workspace.ControllerSync;
import io.dsstudio.workspace.DaemonSetSpecs;
import io.dsstudio.workspace.PlanningService;
import io.dsstudio.workspace.StagedForecast;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans the snapshot as it would be with the buffer's DaemonSet (the embedded {@code Planner}), and runs one
 * controller sync on a copy for the status after it. Nothing in the workspace changes.
 */
public final class PreviewCalculator {
    private final PlanningService planner;
    private final ControllerSync sync;
    private final Clock clock;

    public PreviewCalculator(PlanningService planner, ControllerSync sync, Clock clock) {
        this.planner = planner;
        this.sync = sync;
        this.clock = clock;
    }

    public EditPreview preview(Snapshot current, ObjectRef replaces, BufferAnalysis analysis) {
        DaemonSet edited = analysis.edited();
        Snapshot laidIn = analysis.laidIn();
        DaemonSetPlan now = replaces == null ? null : planner.plan(current).find(replaces.namespace(), replaces.name());
        DaemonSetPlan next = planner.plan(laidIn).find(edited.meta().namespace(), edited.meta().name());
        Snapshot afterSync = sync.apply(laidIn, clock.instant()).snapshot();
        DaemonSetPlan after = planner.plan(afterSync).find(edited.meta().namespace(), edited.meta().name());
        List<PreviewRow> rows = next == null ? List.of() : rows(next, laidIn, DaemonSetSpecs.find(laidIn, edited.ref()));
        boolean templateChanged = DaemonSetSpecs.changesTemplate(current, replaces, edited);
        List<String> adoptions = analysis.warnings().stream().filter(w -> "WillAdoptOrphan".equals(w.code()))
                .map(EditorProblem::message).toList();
        return new EditPreview(edited.meta().name(), edited.key(), next == null ? List.of() : next.actions(), rows, now == null ? StatusCounts.ZERO : now.status(),
                after == null ? StatusCounts.ZERO : after.status(), templateChanged,
                edited.updateStrategy() != null && edited.updateStrategy().isOnDelete(), adoptions);
    }

    /**
     * The rollout the buffer's change would start, forecast on the snapshot with the change laid in (as {@code
     * dsstudio diff} forecasts it). It simulates the whole cluster, so it is computed after the preview is shown.
     */
    public StagedForecast forecast(BufferAnalysis analysis) {
        DaemonSet edited = analysis.edited();
        Snapshot laidIn = analysis.laidIn();
        RolloutForecast.DaemonSetForecast forecast = RolloutForecast.of(laidIn, clock.instant(), null).stream()
                .filter(f -> f.key().equals(edited.key())).findFirst().orElse(null);
        return new StagedForecast(edited.key(), forecast, laidIn);
    }

    private static List<PreviewRow> rows(DaemonSetPlan plan, Snapshot snapshot, DaemonSet ds) {
        List<PreviewRow> out = new ArrayList<>();
        Set<String> acted = new HashSet<>();
        for (PlannedAction a : plan.actions()) {
            acted.add(a.node());
            if (a.type() == ActionType.CREATE) {
                out.add(new PreviewRow(a.node(), PreviewRow.Kind.CREATE, "", a.reason()));
            } else {
                PreviewRow.Kind kind = a.cause() == DeleteCause.NoExecuteTaint ? PreviewRow.Kind.EVICT : PreviewRow.Kind.DELETE;
                out.add(new PreviewRow(a.node(), kind, a.pod(), a.reason()));
            }
        }
        if (ds == null) {
            return out;
        }
        for (Pod pod : snapshot.pods()) {
            String node = pod.targetNodeName();
            if (node != null && !node.isEmpty() && !acted.contains(node) && owned(pod, ds)) {
                acted.add(node);
                out.add(new PreviewRow(node, PreviewRow.Kind.KEEP, pod.name(), ""));
            }
        }
        out.sort(java.util.Comparator.comparing(PreviewRow::node).thenComparing(PreviewRow::kind));
        return out;
    }

    private static boolean owned(Pod pod, DaemonSet ds) {
        return pod.meta().namespace().equals(ds.meta().namespace())
                && pod.meta().controllerRef().map(r -> ds.meta().uid() != null && ds.meta().uid().equals(r.uid())).orElse(false);
    }
}
