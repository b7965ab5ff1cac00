package io.dsstudio.ui.cluster;

import io.dsstudio.cluster.ConnectionService;
import io.dsstudio.cluster.ConnectionState;
import io.dsstudio.cluster.ContextInfo;
import io.dsstudio.cluster.LiveException;
import io.dsstudio.cluster.LiveSession;
import io.dsstudio.cluster.LiveState;
import io.dsstudio.cluster.LoadProgress;
import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Progress;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.SnapshotSource;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The live cluster in the main window: connects off the FX thread (through the app's {@link io.dsstudio.ui.common.TaskRunner},
 * with progress and cancel), opens the live state in the shared {@link StudioState} so every view shows it, and keeps
 * it current from the watch. Watch events and connection states reach this model only through the FX dispatcher, and
 * bursts are coalesced. Committed what-if edits stay pending across refreshes: the autosave journal replays them on
 * every new live state, so they are planned against the cluster as it is now.
 */
public final class LiveViewModel implements AutoCloseable {
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(300);
    private static final List<String> KINDS = List.of("Node", "DaemonSet", "ControllerRevision", "Pod");

    private final ConnectionService service;
    private final StudioState state;
    private final Messages messages;
    private final Executor fx;
    private final EventDebouncer debouncer;
    private final ObjectProperty<ConnectionState> connection = new SimpleObjectProperty<>(ConnectionState.DISCONNECTED);
    private final StringProperty context = new SimpleStringProperty("");
    private final StringProperty scope = new SimpleStringProperty("");
    private final StringProperty stateDetail = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    /** Why the last connect failed, in words; "" while connecting or after a success. */
    private final StringProperty connectFailure = new SimpleStringProperty("");
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty live = new SimpleBooleanProperty();
    private final StringBinding connectionText;
    private LiveSession session;
    private Snapshot base = Snapshot.EMPTY;
    private SnapshotSource source = SnapshotSource.NONE;
    private boolean refreshPending;
    private int jobs;
    private io.dsstudio.workspace.EmbeddedController controller;
    private final LiveConflicts conflicts = new LiveConflicts();

    /** @param fxDispatcher runs on the FX thread ({@code Platform::runLater} in the app) */
    public LiveViewModel(ConnectionService service, StudioState state, Messages messages, Executor fxDispatcher, Duration debounce) {
        this.service = service;
        this.state = state;
        this.messages = messages;
        this.fx = fxDispatcher;
        this.debouncer = new EventDebouncer(debounce, fxDispatcher, this::refresh);
        service.addListener((newState, detail) -> fx.execute(() -> stateChanged(newState, detail)));
        service.addEventListener(event -> debouncer.poke());
        state.previewProperty().addListener((obs, old, now) -> {
            if (now == null) {
                refreshIfPending();
            }
        });
        // an undo of the last DaemonSet edit lets a waiting refresh through
        state.snapshotProperty().addListener((obs, old, now) -> refreshIfPending());
        state.tasks().runningProperty().addListener((obs, old, now) -> {
            if (!now) {
                // after the job's own handler (which ends the job): a job still open here was cancelled
                int job = jobs;
                fx.execute(() -> {
                    cancelledIfOpen(job);
                    refreshIfPending();
                });
            }
        });
        connectionText = Bindings.createStringBinding(this::computeConnectionText, connection, context, scope, stateDetail, readOnly);
    }

    private String computeConnectionText() {
        String name = context.get();
        return switch (connection.get()) {
            case DISCONNECTED -> name.isEmpty() ? messages.get("live.state.none") : messages.get("live.state.disconnected", name);
            case CONNECTING -> messages.get("live.state.connecting", name);
            case CONNECTED -> messages.get(readOnly.get() ? "live.state.connectedReadOnly" : "live.state.connected", name, scope.get());
            case RECONNECTING -> messages.get("live.state.reconnecting", name, stateDetail.get());
            case FAILED -> messages.get("live.state.failed", name, stateDetail.get());
        };
    }

    /**
     * Keeps following the cluster while DaemonSet changes are pending: each refresh shows the cluster as it is now with
     * the pending changes laid on top (through {@code controller}, as the editor applies them). Without it a refresh
     * waits until they are applied or undone.
     */
    public void followPendingSpecEdits(io.dsstudio.workspace.EmbeddedController controller) {
        this.controller = controller;
    }

    /** Connects to the context (namespace null: DaemonSets and pods of all namespaces) in the background. */
    public void connect(String contextName, String namespace) {
        session = null;
        live.set(false);
        context.set(contextName);
        scope.set(namespace == null ? messages.get("live.allNamespaces") : namespace);
        // the connection state already says "Connecting to …": the message stays empty rather than repeat it
        message.set("");
        connectFailure.set("");
        beginJob();
        state.tasks().run("task.connect", p -> {
            LiveSession opened = service.connect(contextName, namespace, loadProgress(p));
            if (p.isCancelled()) {
                service.disconnect();
                throw new LiveException(LiveException.Kind.REFUSED, "cancelled");
            }
            return opened;
        }, opened -> {
            endJob();
            attach(opened);
        }, failure -> {
            endJob();
            // the connection state says it failed; the reason goes to a dialog (connectFailure), not a second message
            message.set("");
            connectFailure.set(LiveErrors.describe(messages, failure));
        });
    }

    /** Progress per kind (nodes, DaemonSets, revisions, pods); a cancel stops the load at the next page. */
    private LoadProgress loadProgress(Progress p) {
        return (kind, loaded, done) -> {
            if (p.isCancelled()) {
                throw new LiveException(LiveException.Kind.REFUSED, "cancelled");
            }
            int step = Math.max(0, KINDS.indexOf(kind));
            p.update(step + (done ? 1 : 0), KINDS.size());
            fx.execute(() -> {
                if (jobs > 0) {
                    message.set(messages.get("live.loading." + kind, loaded));
                }
            });
        };
    }

    /** Shows an open session's state in every view and follows its watch. */
    void attach(LiveSession opened) {
        session = opened;
        ContextInfo info = opened.cluster().context();
        context.set(info.name());
        String ns = opened.cluster().namespaceScope();
        scope.set(ns == null ? messages.get("live.allNamespaces") : ns);
        readOnly.set(service.isReadOnly(info.name()));
        source = SnapshotSource.live(info.name());
        live.set(true);
        refreshPending = false;
        base = Snapshot.EMPTY; // a new session: nothing is pending against it yet
        conflicts.clear();
        openCurrent();
        Snapshot s = base;
        String loaded = messages.get("live.connected", info.name(), s.nodes().size(), s.daemonSets().size(), s.pods().size());
        message.set(opened.versionWarning().isPresent() ? loaded + " " + messages.get("live.versionWarning") : loaded);
    }

    /** The debounced watch flush (FX thread): shows the current live state now, or once nothing is in the way. */
    void refresh() {
        if (session == null) {
            return;
        }
        if (!canRefresh()) {
            if (!refreshPending && jobs == 0 && specEditsPending()) {
                message.set(messages.get("live.spec.refreshWaits"));
            }
            refreshPending = true;
            return;
        }
        openCurrent();
    }

    /**
     * Whether the workspace holds committed edits other than node edits (an editor's applied or deleted DaemonSet,
     * and the controller syncs run after it): the autosave journal replays only node edits, so a refresh waits
     * until these are applied to the cluster or undone.
     */
    boolean specEditsPending() {
        return state.workspace().history().done().stream().anyMatch(c -> !(c instanceof io.dsstudio.workspace.NodeEditCommand));
    }

    private void refreshIfPending() {
        if (refreshPending && canRefresh()) {
            refresh();
        }
    }

    /**
     * Not while a cluster job runs, an edit is staged, or a plan or replay is still running: a refresh would cancel
     * the plan (under constant churn no plan would ever finish) or the replay of the pending edits. Nor while an
     * editor's DaemonSet edit is pending ({@link #specEditsPending()}): the refresh would drop it.
     */
    private boolean canRefresh() {
        return jobs == 0 && state.previewProperty().get() == null && !state.tasks().runningProperty().get()
                && conflicts.isEmpty() && (controller != null || !specEditsPending());
    }

    private void openCurrent() {
        refreshPending = false;
        Snapshot fresh = session.snapshot();
        PendingSpecEdits pending = controller == null || base == Snapshot.EMPTY ? PendingSpecEdits.NONE
                : PendingSpecEdits.between(base, state.workspace().snapshot());
        List<PendingSpecEdits.Conflict> clash = pending.conflictsWith(fresh);
        if (!clash.isEmpty()) {
            // as a 409: nothing is laid over a DaemonSet someone else changed until the user says how
            conflicts.hold(pending, clash);
            message.set(messages.get("live.spec.conflict", clash.get(0).edit().name(), clash.size()));
            return;
        }
        openWith(fresh, pending);
    }

    private void openWith(Snapshot fresh, PendingSpecEdits pending) {
        base = fresh;
        Set<String> names = base.nodes().stream().map(ClusterNode::name).collect(Collectors.toSet());
        List<String> selection = state.selectedNodes().stream().filter(names::contains).toList();
        state.open(base, source, replayed -> {
            if (!pending.isEmpty()) {
                Snapshot before = state.workspace().snapshot();
                state.execute(new io.dsstudio.workspace.SnapshotCommand("command.livePending", List.of(pending.edits().size()),
                        before, pending.layOn(before, controller)));
            }
        });
        if (!selection.isEmpty()) {
            state.selectNodes(selection);
        }
    }

    /** Conflicts: lays the pending changes on the cluster's new state all the same (they replace what changed there). */
    public void rebaseConflicts() {
        resolve(conflicts.all());
    }

    /** Conflicts: drops the pending changes of the DaemonSets the cluster changed, and keeps the others. */
    public void discardConflicts() {
        resolve(conflicts.withoutConflicting());
    }

    private void resolve(PendingSpecEdits keep) {
        if (conflicts.isEmpty() || session == null) {
            return;
        }
        conflicts.clear();
        message.set(messages.get(keep.isEmpty() ? "live.spec.discarded" : "live.spec.rebased", keep.edits().size()));
        openWith(session.snapshot(), keep);
    }

    /** The pending DaemonSet changes the cluster changed under, until the user rebases or discards them. */
    public javafx.collections.ObservableList<PendingSpecEdits.Conflict> conflicts() {
        return conflicts.shown();
    }

    /** After a successful apply: the edits are in the cluster now, so they are no longer pending. */
    void clearPendingEdits() {
        if (session == null) {
            return;
        }
        state.workspace().open(base, source);
        openCurrent();
    }

    public void disconnect() {
        session = null;
        conflicts.clear();
        live.set(false);
        refreshPending = false;
        service.disconnect();
        message.set(messages.get("live.disconnected", context.get()));
    }

    /** Reads the cluster afresh and writes it as a snapshot the offline mode opens (credentials redacted). */
    public void saveSnapshot(Path target) {
        LiveSession open = session;
        if (open == null) {
            return;
        }
        beginJob();
        state.tasks().run("task.saveSnapshot", p -> {
            return open.saveCurrentSnapshot(target, loadProgress(p));
        }, fresh -> {
            endJob();
            message.set(messages.get("live.saved", target.toString(), fresh.nodes().size(), fresh.daemonSets().size(), fresh.pods().size()));
        }, failure -> {
            endJob();
            message.set(messages.get("live.saveFailed", LiveErrors.describe(messages, failure)));
        });
    }

    private void stateChanged(ConnectionState newState, String detail) {
        stateDetail.set(detail == null ? "" : detail);
        connection.set(newState);
    }

    void beginJob() {
        jobs++;
        busy.set(true);
    }

    void endJob() {
        if (jobs > 0) {
            jobs--;
        }
        busy.set(jobs > 0);
        refreshIfPending();
    }

    private void cancelledIfOpen(int job) {
        if (jobs > 0 && jobs == job && !state.tasks().runningProperty().get()) {
            jobs = 0;
            busy.set(false);
            message.set(messages.get("live.cancelled"));
            refreshIfPending();
        }
    }

    public LiveSession session() {
        return session;
    }

    /** The live state the pending edits are planned against. */
    public Snapshot base() {
        return base;
    }

    public void markReadOnly(boolean value) {
        readOnly.set(value);
    }

    public ObjectProperty<ConnectionState> connectionProperty() {
        return connection;
    }

    public StringBinding connectionTextProperty() {
        return connectionText;
    }

    public StringProperty contextProperty() {
        return context;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public javafx.beans.property.ReadOnlyStringProperty connectFailureProperty() {
        return connectFailure;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty liveProperty() {
        return live;
    }

    public StudioState state() {
        return state;
    }

    public Messages messages() {
        return messages;
    }

    io.dsstudio.cluster.ReadOnlyContexts readOnlyContexts() {
        return service.readOnlyContexts();
    }

    @Override
    public void close() {
        debouncer.close();
        session = null;
        service.close();
    }
}
