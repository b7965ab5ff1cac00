package io.dsstudio.ui.cluster;

import io.dsstudio.cluster.LiveException;
import io.dsstudio.ui.common.Messages;

/**
 * One clear, localised line for a live-cluster failure: what kind of problem it is (in the UI's language), then
 * the core's credential-free detail (the server's own words).
 */
final class LiveErrors {
    private LiveErrors() {
    }

    static String describe(Messages messages, Throwable failure) {
        if (failure instanceof LiveException live) {
            return messages.get("live.kind." + live.kind().name(), live.getMessage());
        }
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return messages.get("live.kind.OTHER", detail);
    }
}
