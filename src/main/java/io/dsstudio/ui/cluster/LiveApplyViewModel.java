package io.dsstudio.ui.cluster;

import io.dsstudio.cluster.ApplyReport;
import io.dsstudio.cluster.Confirmation;
import io.dsstudio.cluster.ContextInfo;
import io.dsstudio.cluster.LiveChange;
import io.dsstudio.cluster.LiveChanges;
import io.dsstudio.cluster.LiveSession;
import io.dsstudio.cluster.LiveState;
import io.dsstudio.cluster.ObjectResult;
import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.domain.Taint;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.DaemonSetSpecs;
import io.dsstudio.workspace.SnapshotCommand;
import io.fabric8.kubernetes.api.model.Node;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Apply to the live cluster, in two steps through {@link io.dsstudio.cluster.LiveApplier}: {@link #check} derives the
 * changes from the pending edits and runs the server-side dry run of every one; after the user confirmed (the view
 * names cluster and context), {@link #apply} makes the real changes. Every object's result is kept for the results
 * dialog. Whatever fails, the user's edits stay pending; only a fully successful apply clears them, and then
 * {@link ConvergenceWatch} compares the prediction with what the controller did.
 */
public final class LiveApplyViewModel {
    private final LiveViewModel live;
    private final Function<DaemonSet, Optional<String>> manifests;
    private final StudioState state;
    private final Messages messages;
    private final ConvergenceWatch convergence;
    private final ObservableList<ApplyResultRow> results = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanBinding canApply;
    private final StringBinding applyHint;
    private List<LiveChange> checked = List.of();
    private Snapshot baseAtCheck = Snapshot.EMPTY;
    private Snapshot editedAtCheck = Snapshot.EMPTY;

    public LiveApplyViewModel(LiveViewModel live, ConvergenceWatch convergence) {
        this(live, convergence, ds -> Optional.empty());
    }

    /**
     * @param manifests for a DaemonSet edited in the editor, the manifest to server-side apply (its applied text
     *                  without server-owned fields, as JSON), or empty when there is none; called on the FX thread
     */
    public LiveApplyViewModel(LiveViewModel live, ConvergenceWatch convergence, Function<DaemonSet, Optional<String>> manifests) {
        this.manifests = manifests;
        this.live = live;
        this.state = live.state();
        this.messages = live.messages();
        this.convergence = convergence;
        canApply = live.liveProperty().and(live.readOnlyProperty().not()).and(state.dirtyProperty())
                .and(state.previewProperty().isNull()).and(state.tasks().runningProperty().not()).and(live.busyProperty().not());
        applyHint = Bindings.createStringBinding(this::computeHint, live.liveProperty(), live.readOnlyProperty(),
                state.dirtyProperty(), state.previewProperty(), state.tasks().runningProperty(), live.busyProperty(), live.contextProperty());
    }

    private String computeHint() {
        if (!live.liveProperty().get()) {
            return messages.get("live.apply.notConnected");
        }
        if (live.readOnlyProperty().get()) {
            return messages.get("live.apply.readOnly", live.contextProperty().get());
        }
        if (state.previewProperty().get() != null) {
            return messages.get("live.apply.staged");
        }
        if (!state.dirtyProperty().get()) {
            return messages.get("live.apply.nothingPending");
        }
        if (state.tasks().runningProperty().get() || live.busyProperty().get()) {
            return messages.get("live.apply.busy");
        }
        return messages.get("live.apply.ready", live.contextProperty().get());
    }

    /** The changes from the live state the edits were planned against to the edited state (no resourceVersions yet). */
    public List<LiveChange> pendingChanges() {
        Snapshot base = live.base();
        Snapshot edited = state.workspace().snapshot();
        return changes(base, edited, List.of(), specChanges(base, edited));
    }

    /** The editor's DaemonSet edits (server-side applies and deletions); on the FX thread, where the applied texts live. */
    private List<LiveChange> specChanges(Snapshot base, Snapshot edited) {
        return LiveChanges.daemonSetEdits(base, edited, manifests, this::cascadeChosen);
    }

    /** How the user deleted the DaemonSet in the editor (the newest done deletion of it): true for cascade. */
    private Optional<Boolean> cascadeChosen(io.dsstudio.domain.ObjectRef ref) {
        List<io.dsstudio.workspace.EditCommand> done = state.workspace().history().done();
        for (int i = done.size() - 1; i >= 0; i--) {
            if (done.get(i) instanceof SnapshotCommand c && (c.descriptionKey().equals("command.deleteOrphan")
                    || c.descriptionKey().equals("command.deleteCascade"))
                    && DaemonSetSpecs.find(c.before(), ref) != null && DaemonSetSpecs.find(c.after(), ref) == null) {
                return Optional.of(c.descriptionKey().equals("command.deleteCascade"));
            }
        }
        return Optional.empty();
    }

    private static List<LiveChange> changes(Snapshot base, Snapshot edited, List<Node> fresh, List<LiveChange> specChanges) {
        LiveState before = new LiveState(fresh, List.of(), List.of(), List.of(), base, List.of());
        LiveState after = new LiveState(List.of(), List.of(), List.of(), List.of(), edited, List.of());
        List<LiveChange> changes = new ArrayList<>(LiveChanges.between(before, after.toLoaded()));
        changes.addAll(specChanges);
        return changes;
    }

    /**
     * Step one: derive the changes (taints at the node's current resourceVersion) and dry-run them all.
     *
     * @param onConfirmable told when every change passed the dry run: the view asks for confirmation
     * @param onProblems    told when something did not pass: the view shows the results
     */
    public void check(Runnable onConfirmable, Runnable onProblems) {
        LiveSession session = live.session();
        if (session == null || !canApply.get()) {
            return;
        }
        Snapshot base = live.base();
        Snapshot edited = state.workspace().snapshot();
        boolean readOnly = live.readOnlyProperty().get();
        List<LiveChange> specChanges = specChanges(base, edited);
        live.beginJob();
        state.tasks().run("task.dryRun", p -> dryRun(session, base, edited, specChanges), checkedRun -> {
            live.endJob();
            checked = checkedRun.changes();
            baseAtCheck = base;
            editedAtCheck = edited;
            show(checkedRun.report());
            if (checked.isEmpty()) {
                summary.set(messages.get("live.apply.nothingToApply"));
            } else if (checkedRun.report().allSucceeded() && !readOnly) {
                summary.set(messages.get("live.apply.dryRunOk", checked.size()));
                onConfirmable.run();
            } else {
                summary.set(messages.get("live.apply.dryRunRejected", problems(checkedRun.report())));
                onProblems.run();
            }
            live.messageProperty().set(summary.get());
        }, failure -> {
            live.endJob();
            summary.set(messages.get("live.apply.failedKeep", LiveErrors.describe(messages, failure)));
            live.messageProperty().set(summary.get());
            onProblems.run();
        });
    }

    private record Checked(List<LiveChange> changes, ApplyReport report) {
    }

    private Checked dryRun(LiveSession session, Snapshot base, Snapshot edited, List<LiveChange> specChanges) {
        List<LiveChange> first = changes(base, edited, List.of(), specChanges);
        List<Node> fresh = session.readNodes(first.stream().filter(LiveChange.NodeScheduling.class::isInstance)
                .map(c -> ((LiveChange.NodeScheduling) c).node()).toList());
        List<LiveChange> changes = changes(base, edited, fresh, specChanges);
        List<ObjectResult> drifted = drifted(changes, base, fresh);
        if (!drifted.isEmpty()) {
            return new Checked(changes, new ApplyReport(drifted, true));
        }
        ApplyReport report = changes.isEmpty() ? new ApplyReport(List.of(), true)
                : session.applier(null).dryRun(changes);
        return new Checked(changes, report);
    }

    /** Taints or cordon changed in the cluster since the shown state: the whole list would be overwritten, so stop. */
    private List<ObjectResult> drifted(List<LiveChange> changes, Snapshot base, List<Node> fresh) {
        Map<String, Node> byName = fresh.stream().collect(Collectors.toMap(n -> n.getMetadata().getName(), Function.identity(), (a, b) -> a));
        Map<String, ClusterNode> shown = base.nodes().stream().collect(Collectors.toMap(ClusterNode::name, Function.identity(), (a, b) -> a));
        List<ObjectResult> out = new ArrayList<>();
        boolean any = false;
        for (LiveChange change : changes) {
            boolean drift = false;
            if (change instanceof LiveChange.NodeScheduling s && byName.containsKey(s.node()) && shown.containsKey(s.node())) {
                Node now = byName.get(s.node());
                List<Taint> taints = now.getSpec() == null || now.getSpec().getTaints() == null ? List.of()
                        : now.getSpec().getTaints().stream().map(t -> Taint.of(t.getKey(), t.getValue(), t.getEffect())).toList();
                boolean cordoned = now.getSpec() != null && Boolean.TRUE.equals(now.getSpec().getUnschedulable());
                ClusterNode was = shown.get(s.node());
                drift = !taints.equals(was.taints()) || cordoned != was.unschedulable();
            }
            any |= drift;
            out.add(drift ? new ObjectResult(change, ObjectResult.Outcome.CONFLICT,
                    messages.get("live.apply.drift", change.ref().toString()), List.of(), List.of(), null)
                    : new ObjectResult(change, ObjectResult.Outcome.NOT_ATTEMPTED, "", List.of(), List.of(), null));
        }
        return any ? out : List.of();
    }

    /** The confirmation text: the cluster, the context, the server and every change. */
    public String confirmationText() {
        LiveSession session = live.session();
        ContextInfo context = session == null ? null : session.cluster().context();
        String name = context == null ? "" : context.name();
        String cluster = context == null || context.cluster() == null ? "?" : context.cluster();
        String server = session == null ? "" : Objects.toString(session.cluster().server(), "");
        StringBuilder text = new StringBuilder(messages.get("live.confirm.text", checked.size(), name, cluster, server));
        checked.forEach(c -> text.append("\n  \u2022 ").append(LiveChangeText.describe(messages, c)));
        return text.toString();
    }

    /**
     * Step two, after the confirmation: the real changes (the applier dry-runs once more first).
     *
     * @param force  take over fields other field managers own (offered after a field-manager conflict)
     * @param onDone told with the report's results shown: the view opens the results dialog
     */
    public void apply(boolean force, Runnable onDone) {
        LiveSession session = live.session();
        List<LiveChange> changes = checked;
        if (session == null || changes.isEmpty() || live.readOnlyProperty().get()) {
            return;
        }
        var readOnlyMarks = live.readOnlyContexts();
        Snapshot base = baseAtCheck;
        Snapshot edited = editedAtCheck;
        live.beginJob();
        state.tasks().run("task.apply", p -> session.applier(readOnlyMarks).apply(changes, force, Confirmation.ALWAYS), report -> {
            show(report);
            if (report.allSucceeded()) {
                summary.set(messages.get("live.apply.done", report.changed().size(), live.contextProperty().get()));
                // cleared before the job ends, so a watch refresh waiting for the job does not replay them first
                live.clearPendingEdits();
                live.endJob();
                convergence.start(session, base, edited);
            } else {
                live.endJob();
                summary.set(messages.get("live.apply.stopped", report.changed().size(), report.pending().size(), problems(report)));
            }
            live.messageProperty().set(summary.get());
            onDone.run();
        }, failure -> {
            live.endJob();
            summary.set(messages.get("live.apply.failedKeep", LiveErrors.describe(messages, failure)));
            live.messageProperty().set(summary.get());
            onDone.run();
        });
    }

    private String problems(ApplyReport report) {
        return report.results().stream().filter(r -> r.outcome() != ObjectResult.Outcome.DRY_RUN_OK
                        && r.outcome() != ObjectResult.Outcome.CHANGED && r.outcome() != ObjectResult.Outcome.NOT_ATTEMPTED)
                .map(ObjectResult::message).findFirst().orElse("");
    }

    private void show(ApplyReport report) {
        results.setAll(report.results().stream().map(this::row).toList());
    }

    private ApplyResultRow row(ObjectResult r) {
        List<String> fields = r.diagnostics().stream()
                .map(d -> d.field() == null || d.field().isEmpty() ? d.message() : d.field() + ": " + d.message()).toList();
        boolean forceable = r.outcome() == ObjectResult.Outcome.CONFLICT && r.change() instanceof LiveChange.ApplyDaemonSet;
        return new ApplyResultRow(r.change().ref().toString(), LiveChangeText.describe(messages, r.change()), r.outcome(),
                messages.get("live.outcome." + r.outcome().name()), r.message() == null ? "" : r.message(), fields, r.managers(), forceable);
    }

    public boolean anyForceable() {
        return results.stream().anyMatch(ApplyResultRow::forceable);
    }

    public ObservableList<ApplyResultRow> results() {
        return results;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    public StringBinding applyHintProperty() {
        return applyHint;
    }

    public ConvergenceWatch convergence() {
        return convergence;
    }
}
