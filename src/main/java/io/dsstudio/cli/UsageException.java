package io.dsstudio.cli;

/** A problem with how the command was called; exits with {@link ExitCodes#USAGE} and one clear line. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
