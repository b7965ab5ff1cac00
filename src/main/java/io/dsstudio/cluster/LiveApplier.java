package io.dsstudio.cluster;

import io.dsstudio.domain.Taint;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.KubernetesClientException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies changes in two steps: a server-side dry run of every change (the API server's own validation and
 * admission), then, once confirmed, the real changes in order. Stops at the first failure, so the report says
 * exactly which objects changed and which edits are still pending. Refuses read-only contexts.
 */
public final class LiveApplier {
    public static final String FIELD_MANAGER = ChangeExecutor.FIELD_MANAGER;

    private final LiveCluster cluster;
    private final ReadOnlyContexts readOnly;
    private final ChangeExecutor executor;

    /** @param readOnly the read-only contexts, or null when none are kept */
    public LiveApplier(LiveCluster cluster, ReadOnlyContexts readOnly) {
        this.cluster = cluster;
        this.readOnly = readOnly;
        this.executor = new ChangeExecutor(cluster.client());
    }

    /** The confirmation text: names the cluster, the context and every change. */
    public String confirmationPrompt(List<LiveChange> changes) {
        StringBuilder text = new StringBuilder("Apply " + changes.size() + " change(s) to " + cluster.describe() + ":");
        changes.forEach(c -> text.append("\n  - ").append(c.describe()));
        return text.toString();
    }

    /** Only the server dry run; nothing changes. */
    public ApplyReport dryRun(List<LiveChange> changes) {
        return new ApplyReport(run(changes, true, false), true);
    }

    /**
     * Dry run, confirmation, then the real changes.
     *
     * @param force take over fields other managers own (only after the user saw the conflict)
     * @throws LiveException REFUSED when the context is read-only
     */
    public ApplyReport apply(List<LiveChange> changes, boolean force, Confirmation confirmation) {
        String context = cluster.context().name();
        if (readOnly != null && readOnly.isReadOnly(context)) {
            throw new LiveException(LiveException.Kind.REFUSED,
                    "context \"" + context + "\" is marked read-only; apply is refused (nothing was changed)");
        }
        List<ObjectResult> dry = run(changes, true, force);
        boolean dryOk = dry.stream().allMatch(r -> r.outcome() == ObjectResult.Outcome.DRY_RUN_OK);
        if (!dryOk) {
            return new ApplyReport(dry, true);
        }
        if (!confirmation.confirm(confirmationPrompt(changes))) {
            throw new LiveException(LiveException.Kind.REFUSED, "not confirmed; nothing was changed");
        }
        return new ApplyReport(run(changes, false, force), false);
    }

    private List<ObjectResult> run(List<LiveChange> changes, boolean dryRun, boolean force) {
        List<ObjectResult> results = new ArrayList<>();
        boolean stopped = false;
        for (LiveChange change : changes) {
            if (stopped) {
                results.add(ObjectResult.of(change, ObjectResult.Outcome.NOT_ATTEMPTED,
                        "not attempted: an earlier change failed"));
                continue;
            }
            ObjectResult result = runOne(change, dryRun, force);
            results.add(result);
            // a dry run goes on to show every object's errors, unless the connection itself failed
            stopped = dryRun ? result.outcome() == ObjectResult.Outcome.FAILED
                    : result.outcome() != ObjectResult.Outcome.CHANGED;
        }
        return results;
    }

    private ObjectResult runOne(LiveChange change, boolean dryRun, boolean force) {
        String doing = (dryRun ? "dry-running " : "applying ") + change.describe();
        try {
            executor.execute(change, dryRun, force);
            return ObjectResult.of(change, dryRun ? ObjectResult.Outcome.DRY_RUN_OK : ObjectResult.Outcome.CHANGED,
                    (dryRun ? "server dry run accepted " : "changed ") + change.ref());
        } catch (RuntimeException failure) {
            return failed(change, doing, failure);
        }
    }

    private ObjectResult failed(LiveChange change, String doing, RuntimeException failure) {
        LiveException live = cluster.errors().translate(doing, failure);
        KubernetesClientException kce = ErrorTranslator.find(failure, KubernetesClientException.class);
        var status = kce == null ? null : kce.getStatus();
        SecretRedactor redactor = cluster.redactor();
        switch (live.kind()) {
            case CONFLICT -> {
                if (change instanceof LiveChange.ApplyDaemonSet) {
                    List<String> managers = StatusCauses.managers(status);
                    String who = managers.isEmpty() ? "another field manager" : String.join(", ", managers);
                    return new ObjectResult(change, ObjectResult.Outcome.CONFLICT,
                            change.ref() + ": fields are owned by " + who + "; re-apply with force to take them over",
                            StatusCauses.diagnostics(change.ref(), status, redactor), managers, null);
                }
                LiveChange replanned = change instanceof LiveChange.NodeScheduling s ? rebase(s) : null;
                return new ObjectResult(change, ObjectResult.Outcome.CONFLICT,
                        change.ref() + " changed since it was read; reload and re-plan (nothing was overwritten)",
                        List.of(), List.of(), replanned);
            }
            case INVALID, NOT_FOUND -> {
                return new ObjectResult(change, ObjectResult.Outcome.REJECTED, live.getMessage(),
                        StatusCauses.diagnostics(change.ref(), status, redactor), List.of(), null);
            }
            default -> {
                return ObjectResult.of(change, ObjectResult.Outcome.FAILED, live.getMessage());
            }
        }
    }

    /** The same taint edit on the node as it is now: taints added elsewhere since the read are kept. */
    private LiveChange rebase(LiveChange.NodeScheduling change) {
        Node fresh;
        try {
            fresh = cluster.client().nodes().withName(change.node()).get();
        } catch (RuntimeException e) {
            return null;
        }
        if (fresh == null) {
            return null;
        }
        List<Taint> current = fresh.getSpec() == null || fresh.getSpec().getTaints() == null ? List.of()
                : fresh.getSpec().getTaints().stream().map(t -> Taint.of(t.getKey(), t.getValue(), t.getEffect())).toList();
        Set<Taint> removed = new LinkedHashSet<>(change.baseTaints());
        removed.removeAll(change.taints());
        Set<Taint> result = new LinkedHashSet<>(current);
        result.removeAll(removed);
        result.addAll(change.taints());
        return new LiveChange.NodeScheduling(change.node(), fresh.getMetadata().getResourceVersion(), current,
                new ArrayList<>(result), change.unschedulable());
    }
}
