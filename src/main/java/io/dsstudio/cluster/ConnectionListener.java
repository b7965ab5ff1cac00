package io.dsstudio.cluster;

/**
 * Told on every connection state change, on the thread that noticed it (an informer or the loading task);
 * the UI hops to the FX thread itself.
 *
 * @see ConnectionService#addListener(ConnectionListener)
 */
@FunctionalInterface
public interface ConnectionListener {
    /** @param message a credential-free explanation for FAILED and RECONNECTING; null otherwise */
    void stateChanged(ConnectionState state, String message);
}
