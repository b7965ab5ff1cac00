package io.dsstudio.cluster;

/** What the status bar shows about the live connection. */
public enum ConnectionState {
    DISCONNECTED,
    CONNECTING,
    /** Loaded and watching. */
    CONNECTED,
    /** A watch dropped; informers retry with backoff. */
    RECONNECTING,
    /** Connecting failed; see the message. */
    FAILED
}
