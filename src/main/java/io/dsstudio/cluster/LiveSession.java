package io.dsstudio.cluster;

import io.dsstudio.domain.Snapshot;

import io.fabric8.kubernetes.api.model.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** One open live connection: the cluster, what was loaded, the watched model, and the services that act on it. */
public final class LiveSession implements AutoCloseable {
    private static final long WATCH_CLOSE_GRACE_MILLIS = 1_000;
    private final LiveCluster cluster;
    private final LiveState initial;
    private final LiveModel model;
    private final Optional<String> versionWarning;
    private LiveWatcher watcher;

    LiveSession(LiveCluster cluster, LiveState initial, Optional<String> versionWarning) {
        this.cluster = cluster;
        this.initial = initial;
        this.model = new LiveModel(initial.snapshot());
        this.versionWarning = versionWarning;
    }

    /** Checks the server version and loads the state (no watch). */
    public static LiveSession open(LiveCluster cluster, LoadProgress progress) {
        Optional<String> warning = cluster.versionWarning();
        LiveState state = new LiveLoader(cluster).load(progress);
        return new LiveSession(cluster, state, warning);
    }

    /** Loads the state of a cluster whose version was already checked (the CLI warns on its own). */
    public static LiveSession openLoaded(LiveCluster cluster, LoadProgress progress) {
        return new LiveSession(cluster, new LiveLoader(cluster).load(progress), Optional.empty());
    }

    /** Keeps the model current from now on; events and state changes go to the given callbacks. */
    public void watch(Consumer<LiveEvent> events, ConnectionListener listener) {
        if (watcher != null) {
            return;
        }
        watcher = new LiveWatcher(cluster, model, events, listener);
        watcher.start();
    }

    public LiveCluster cluster() {
        return cluster;
    }

    /** The state as loaded (API objects and snapshot). */
    public LiveState loaded() {
        return initial;
    }

    /** The current snapshot: as loaded, plus every watch event since. */
    public Snapshot snapshot() {
        return model.snapshot();
    }

    /** A warning for clusters older than 1.28. */
    public Optional<String> versionWarning() {
        return versionWarning;
    }

    public void saveSnapshot(Path target) {
        new LiveSnapshotWriter(cluster.client().getKubernetesSerialization(), cluster.redactor()).write(initial, target);
    }

    /** Reads the cluster afresh (paginated, with progress) and writes it as a snapshot; returns what was written. */
    public LiveState saveCurrentSnapshot(Path target, LoadProgress progress) {
        LiveState fresh = new LiveLoader(cluster).load(progress);
        new LiveSnapshotWriter(cluster.client().getKubernetesSerialization(), cluster.redactor()).write(fresh, target);
        return fresh;
    }

    /** The named nodes as they are now (a missing node is left out), e.g. for their current resourceVersion. */
    public List<Node> readNodes(Collection<String> names) {
        List<Node> out = new ArrayList<>();
        for (String name : names) {
            try {
                Node node = cluster.client().nodes().withName(name).get();
                if (node != null) {
                    out.add(node);
                }
            } catch (RuntimeException e) {
                throw cluster.errors().translate("reading Node/" + name, e);
            }
        }
        return out;
    }

    public LiveApplier applier(ReadOnlyContexts readOnly) {
        return new LiveApplier(cluster, readOnly);
    }

    public ConvergenceMonitor convergence() {
        return new ConvergenceMonitor(cluster, Clock.systemUTC(), Duration.ofSeconds(2));
    }

    @Override
    public void close() {
        if (watcher == null) {
            cluster.close();
            return;
        }
        watcher.close();
        // Closing the client stops the threads that finish closing the watches (the WebSocket close handshake);
        // a watch closed half-way keeps its connection open. So the client closes a moment later.
        CompletableFuture.delayedExecutor(WATCH_CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS).execute(cluster::close);
    }
}
