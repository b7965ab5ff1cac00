package io.dsstudio.ui.common;

/** A node's readiness as the Nodes table shows it; {@code key} names its label in the bundle. */
public enum NodeStatus {
    READY("status.ready"), NOT_READY("status.notReady"), UNKNOWN("status.unknown");

    private final String key;

    NodeStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
