package io.dsstudio.reconcile;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.Pod;

import java.util.ArrayList;
import java.util.List;

/**
 * One DaemonSet's part of a plan, kept so that a node edit costs one verdict and not a whole sync: the verdict
 * per node position, the status counts, the manage() actions (sorted as the plan sorts them) and, computed
 * when first needed, the rolling-update step. Logically immutable: {@link #withNode} returns a new row (or this
 * one when the node's verdict is unchanged); the rolling step and the {@link DaemonSetPlan} are memoised. Not
 * thread-safe (the {@link NodeFit} cache and the memos are unsynchronised).
 */
final class DaemonSetRow {
    private final SyncContext ctx;
    private final NodeFit fit;
    private final NodeIndex names;
    private final ClaimedPods claimed;
    private final VerdictList verdicts;
    private final StatusCounts status;
    private final List<PlannedAction> manage;
    private final List<Diagnostic> claimWarnings;
    private List<PlannedAction> rollingActions;
    private List<Diagnostic> rollingWarnings;
    private DaemonSetPlan plan;

    private DaemonSetRow(SyncContext ctx, NodeFit fit, NodeIndex names, ClaimedPods claimed, VerdictList verdicts,
                         StatusCounts status, List<PlannedAction> manage, List<Diagnostic> claimWarnings) {
        this.ctx = ctx;
        this.fit = fit;
        this.names = names;
        this.claimed = claimed;
        this.verdicts = verdicts;
        this.status = status;
        this.manage = manage;
        this.claimWarnings = claimWarnings;
    }

    /** The same sync as {@link DaemonSetSync#sync}, kept in parts; {@code nodes} must hold the current nodes. */
    static DaemonSetRow sync(SyncContext ctx, NodeIndex nodes, ClaimedPods claimed) {
        DaemonSet ds = ctx.ds();
        NodeFit fit = NodeFit.forDaemonSet(ds);
        NodeFit.Fit[] fits = PlacementVerdicts.fits(fit, nodes);
        VerdictList verdicts = VerdictList.ofFits(fits, nodes.names());
        StatusCalculator status = new StatusCalculator();
        List<PlannedAction> actions = new ArrayList<>();
        DaemonSetSync.statusAndManage(ctx, nodes, fits, claimed, status, actions);
        List<Diagnostic> warnings = new ArrayList<>();
        Planner.warnReleased(ds, claimed, warnings);
        DaemonSetSync.missingNodes(ds, claimed, actions, warnings);
        actions.sort(DaemonSetSync.ACTION_ORDER);
        return new DaemonSetRow(ctx, fit, nodes, claimed, verdicts, status.counts(), List.copyOf(actions), List.copyOf(warnings));
    }

    DaemonSet ds() {
        return ctx.ds();
    }

    /**
     * This row after the node at {@code position} (same name) changed to {@code node}: pods and their claims
     * are unchanged, so only the node's verdict, its status contribution and its manage() actions can change,
     * and the rolling step only when whether the node should run changed (which also changes the desired count).
     */
    DaemonSetRow withNode(int position, ClusterNode node) {
        NodeVerdict before = verdicts.get(position);
        NodeVerdict after = fit.verdict(node);
        if (after.equals(before)) {
            return this;
        }
        List<Pod> pods = claimed.on(position);
        byte facts = claimed.facts(position);
        StatusCounts counts = plus(minus(status, contribution(before, pods, facts)), contribution(after, pods, facts));
        List<PlannedAction> nodeActions = new ArrayList<>(1);
        NodeManager.manage(after, pods, facts, ctx, nodeActions);
        nodeActions.sort(DaemonSetSync.ACTION_ORDER);
        VerdictList changed = verdicts.with(position, after);
        DaemonSetRow row = new DaemonSetRow(ctx, fit, names, claimed, changed, counts,
                splice(manage, node.name(), nodeActions), claimWarnings);
        if (before.shouldRun() == after.shouldRun()) {
            row.rollingActions = rollingActions;
            row.rollingWarnings = rollingWarnings;
        }
        return row;
    }

    DaemonSetPlan plan() {
        if (plan == null) {
            DaemonSet ds = ctx.ds();
            List<PlannedAction> actions = manage;
            if (manage.isEmpty() && isRollingUpdate()) {
                rollingStep();
                actions = rollingActions;
            }
            plan = new DaemonSetPlan(ds.meta().namespace(), ds.meta().name(), status, verdicts, actions,
                    claimed.adoptedNames(), claimed.releasedNames());
        }
        return plan;
    }

    /** What this DaemonSet's sync warns about, in the order {@link Planner} lists it. */
    void addWarnings(List<Diagnostic> out) {
        out.addAll(claimWarnings);
        if (manage.isEmpty() && isRollingUpdate()) {
            rollingStep();
            out.addAll(rollingWarnings);
        }
    }

    private boolean isRollingUpdate() {
        return ctx.ds().updateStrategy() != null && ctx.ds().updateStrategy().isRollingUpdate();
    }

    private void rollingStep() {
        if (rollingActions != null) {
            return;
        }
        List<PlannedAction> actions = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>(1);
        DaemonSetSync.rollingUpdate(ctx, names, verdicts, claimed, actions, warnings);
        actions.sort(DaemonSetSync.ACTION_ORDER);
        rollingActions = List.copyOf(actions);
        rollingWarnings = List.copyOf(warnings);
    }

    /** The node's share of the status counts. */
    private StatusCounts contribution(NodeVerdict verdict, List<Pod> pods, byte facts) {
        StatusCalculator one = new StatusCalculator();
        one.add(verdict, pods, facts, ctx);
        return one.counts();
    }

    private static StatusCounts plus(StatusCounts a, StatusCounts b) {
        return new StatusCounts(a.desiredNumberScheduled() + b.desiredNumberScheduled(),
                a.currentNumberScheduled() + b.currentNumberScheduled(), a.numberMisscheduled() + b.numberMisscheduled(),
                a.numberReady() + b.numberReady(), a.updatedNumberScheduled() + b.updatedNumberScheduled(),
                a.numberAvailable() + b.numberAvailable(), a.numberUnavailable() + b.numberUnavailable());
    }

    private static StatusCounts minus(StatusCounts a, StatusCounts b) {
        return new StatusCounts(a.desiredNumberScheduled() - b.desiredNumberScheduled(),
                a.currentNumberScheduled() - b.currentNumberScheduled(), a.numberMisscheduled() - b.numberMisscheduled(),
                a.numberReady() - b.numberReady(), a.updatedNumberScheduled() - b.updatedNumberScheduled(),
                a.numberAvailable() - b.numberAvailable(), a.numberUnavailable() - b.numberUnavailable());
    }

    /** {@code sorted} with the actions on {@code node} replaced by {@code replacement} (itself sorted). */
    static List<PlannedAction> splice(List<PlannedAction> sorted, String node, List<PlannedAction> replacement) {
        int from = firstAtOrAfter(sorted, node, false);
        int to = firstAtOrAfter(sorted, node, true);
        if (from == to && replacement.isEmpty()) {
            return sorted;
        }
        List<PlannedAction> out = new ArrayList<>(sorted.size() - (to - from) + replacement.size());
        out.addAll(sorted.subList(0, from));
        out.addAll(replacement);
        out.addAll(sorted.subList(to, sorted.size()));
        return List.copyOf(out);
    }

    /** Binary search: the first index whose node is at or after {@code node} (strictly after when {@code after}). */
    private static int firstAtOrAfter(List<PlannedAction> sorted, String node, boolean after) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = sorted.get(mid).node().compareTo(node);
            if (c < 0 || after && c == 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
