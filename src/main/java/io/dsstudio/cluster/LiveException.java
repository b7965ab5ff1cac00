package io.dsstudio.cluster;

/**
 * A live-cluster failure with one clear, credential-free line for the user. {@link Kind} tells callers how to
 * react (the CLI exits 2 for all but {@link Kind#CONFLICT} and {@link Kind#INVALID}).
 */
public final class LiveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Missing or unreadable kubeconfig, unknown context. */
        CONFIG,
        /** Refused connection, DNS failure, TLS failure, dropped connection. */
        CONNECTION,
        /** 401: the credentials were rejected. */
        UNAUTHORIZED,
        /** 403: the user may not do this. */
        FORBIDDEN,
        /** 409: the object changed since it was read, or a field manager conflict. */
        CONFLICT,
        /** 400/422: the API server rejected the object. */
        INVALID,
        /** 404. */
        NOT_FOUND,
        /** 5xx. */
        SERVER,
        /** The request or the wait timed out. */
        TIMEOUT,
        /** The context is marked read-only, or the user did not confirm. */
        REFUSED
    }

    private final Kind kind;

    public LiveException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
