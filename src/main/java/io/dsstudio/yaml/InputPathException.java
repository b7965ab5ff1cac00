package io.dsstudio.yaml;

/** A path the user named that does not exist or cannot be read: a usage problem, not a document problem. */
public final class InputPathException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputPathException(String message) {
        super(message);
    }
}
