package io.dsstudio.cluster;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/** Turns whatever the client threw into a {@link LiveException} with one clear line and no credentials. */
public final class ErrorTranslator {
    private final SecretRedactor redactor;
    private final String server;

    public ErrorTranslator(SecretRedactor redactor, String server) {
        this.redactor = redactor;
        this.server = server;
    }

    /** {@code doing} says what was attempted, e.g. "listing nodes" or "patching Node/node-1". */
    public LiveException translate(String doing, Throwable failure) {
        if (failure instanceof LiveException live) {
            return live;
        }
        KubernetesClientException kce = find(failure, KubernetesClientException.class);
        int code = kce == null ? 0 : kce.getCode();
        String serverMessage = kce == null ? null : statusMessage(kce.getStatus());
        LiveException.Kind kind;
        String text;
        if (code == 401) {
            kind = LiveException.Kind.UNAUTHORIZED;
            text = "the API server at " + server + " rejected the credentials (401 Unauthorized) while " + doing
                    + "; log in again or check the kubeconfig user";
        } else if (code == 403) {
            kind = LiveException.Kind.FORBIDDEN;
            text = "permission denied (403 Forbidden) while " + doing + suffix(serverMessage)
                    + "; see the ClusterRole in the README";
        } else if (code == 409) {
            kind = LiveException.Kind.CONFLICT;
            text = "conflict (409) while " + doing + suffix(serverMessage);
        } else if (code == 404) {
            kind = LiveException.Kind.NOT_FOUND;
            text = "not found (404) while " + doing + suffix(serverMessage);
        } else if (code == 400 || code == 422 || code == 415) {
            kind = LiveException.Kind.INVALID;
            text = "the API server rejected the request (" + code + ") while " + doing + suffix(serverMessage);
        } else if (code == 504 || code == 408 || isTimeout(failure)) {
            kind = LiveException.Kind.TIMEOUT;
            text = "timed out while " + doing + " (API server " + server + ")";
        } else if (code >= 500) {
            kind = LiveException.Kind.SERVER;
            text = "the API server failed (" + code + ") while " + doing + suffix(serverMessage);
        } else if (find(failure, SSLException.class) != null) {
            kind = LiveException.Kind.CONNECTION;
            text = "TLS handshake with " + server + " failed while " + doing + ": " + rootMessage(failure)
                    + " (certificate checks follow the kubeconfig)";
        } else if (find(failure, UnknownHostException.class) != null) {
            kind = LiveException.Kind.CONNECTION;
            text = "cannot resolve the API server host of " + server + " while " + doing;
        } else if (find(failure, ConnectException.class) != null) {
            kind = LiveException.Kind.CONNECTION;
            text = "cannot connect to the API server at " + server + " (connection refused) while " + doing;
        } else if (find(failure, IOException.class) != null) {
            kind = LiveException.Kind.CONNECTION;
            text = "connection to the API server at " + server + " failed while " + doing + ": " + rootMessage(failure);
        } else {
            kind = LiveException.Kind.CONNECTION;
            text = "failed while " + doing + ": " + rootMessage(failure);
        }
        return new LiveException(kind, redactor.redact(text));
    }

    static String statusMessage(Status status) {
        if (status == null || status.getMessage() == null || status.getMessage().isBlank()) {
            return null;
        }
        return status.getMessage();
    }

    private static String suffix(String serverMessage) {
        return serverMessage == null ? "" : ": " + serverMessage;
    }

    private static boolean isTimeout(Throwable failure) {
        return find(failure, HttpTimeoutException.class) != null || find(failure, TimeoutException.class) != null
                || find(failure, java.net.SocketTimeoutException.class) != null
                || find(failure, java.io.InterruptedIOException.class) != null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : firstLine(message);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
