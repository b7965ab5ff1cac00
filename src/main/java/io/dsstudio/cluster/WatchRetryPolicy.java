package io.dsstudio.cluster;

/**
 * Decides, for a watch failure, whether the informer retries (with its own exponential backoff) and what the
 * status bar shows: credentials and permissions do not heal by retrying, everything else (dropped connection,
 * 5xx, timeouts, 410 Gone) does.
 */
final class WatchRetryPolicy {
    record Decision(boolean retry, ConnectionState state) {
    }

    private WatchRetryPolicy() {
    }

    static Decision decide(LiveException failure) {
        boolean retry = failure.kind() != LiveException.Kind.UNAUTHORIZED && failure.kind() != LiveException.Kind.FORBIDDEN;
        return new Decision(retry, retry ? ConnectionState.RECONNECTING : ConnectionState.FAILED);
    }
}
