package io.dsstudio.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What File ▸ Connect and the status bar use: the kubeconfig's contexts, connecting and disconnecting, the
 * connection state (plain listener callbacks, no JavaFX), and the read-only marks. Blocking calls
 * ({@link #connect}) belong on a background task.
 */
public final class ConnectionService implements AutoCloseable {
    private final Map<String, String> env;
    private final String userHome;
    private final ReadOnlyContexts readOnly;
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<LiveEvent>> eventListeners = new CopyOnWriteArrayList<>();
    private volatile ConnectionState state = ConnectionState.DISCONNECTED;
    private volatile String stateMessage;
    private volatile LiveSession session;
    private String kubeconfigPath;

    public ConnectionService(Map<String, String> env, String userHome) {
        this.env = Map.copyOf(env);
        this.userHome = userHome;
        this.readOnly = new ReadOnlyContexts(ReadOnlyContexts.studioHome(env, userHome));
    }

    /** Null to read KUBECONFIG or ~/.kube/config, as kubectl does. */
    public synchronized void setKubeconfigPath(String path) {
        this.kubeconfigPath = path;
    }

    public KubeconfigContexts kubeconfig() {
        String path;
        synchronized (this) {
            path = kubeconfigPath;
        }
        return KubeconfigContexts.load(path, env, userHome);
    }

    public List<ContextInfo> contexts() {
        return kubeconfig().contexts();
    }

    public Optional<ContextInfo> currentContext() {
        return kubeconfig().current();
    }

    /**
     * Connects to the context (null: current) and namespace (null: all namespaces), loads the state with progress
     * and starts watching. Closes any previous session first.
     */
    public LiveSession connect(String context, String namespace, LoadProgress progress) {
        disconnect();
        setState(ConnectionState.CONNECTING, null);
        LiveCluster cluster = null;
        try {
            cluster = LiveCluster.connect(kubeconfig(), context, namespace);
            LiveSession opened = LiveSession.open(cluster, progress);
            opened.watch(e -> eventListeners.forEach(l -> l.accept(e)), this::setState);
            session = opened;
            setState(ConnectionState.CONNECTED, null);
            return opened;
        } catch (LiveException e) {
            if (cluster != null) {
                cluster.close();
            }
            setState(ConnectionState.FAILED, e.getMessage());
            throw e;
        }
    }

    public void disconnect() {
        LiveSession open = session;
        session = null;
        if (open != null) {
            open.close();
            setState(ConnectionState.DISCONNECTED, null);
        }
    }

    public Optional<LiveSession> session() {
        return Optional.ofNullable(session);
    }

    public ConnectionState state() {
        return state;
    }

    public String stateMessage() {
        return stateMessage;
    }

    public void addListener(ConnectionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ConnectionListener listener) {
        listeners.remove(listener);
    }

    /** Every watch event of the open session (already applied to its snapshot). */
    public void addEventListener(Consumer<LiveEvent> listener) {
        eventListeners.add(listener);
    }

    public void removeEventListener(Consumer<LiveEvent> listener) {
        eventListeners.remove(listener);
    }

    public boolean isReadOnly(String context) {
        return readOnly.isReadOnly(context);
    }

    public void setReadOnly(String context, boolean value) {
        readOnly.setReadOnly(context, value);
    }

    public ReadOnlyContexts readOnlyContexts() {
        return readOnly;
    }

    public Path studioHome() {
        return ReadOnlyContexts.studioHome(env, userHome);
    }

    private void setState(ConnectionState newState, String message) {
        state = newState;
        stateMessage = message;
        listeners.forEach(l -> l.stateChanged(newState, message));
    }

    @Override
    public void close() {
        disconnect();
    }
}
