package io.dsstudio.cli;

/** Exit codes shared by every command (a contract; see README). */
public final class ExitCodes {
    /** No errors; warnings allowed. */
    public static final int OK = 0;
    /** A malformed, binary, oversized or duplicate document, or an invalid object. */
    public static final int INVALID = 1;
    /** A usage error, a missing or unreadable path, an output that cannot be written, or an input too large for the heap. */
    public static final int USAGE = 2;
    /** Standard output's reader went away (a closed pipe): 128 + SIGPIPE, as a process that signal ends reports. */
    public static final int CLOSED_PIPE = 141;

    /** {@code diff} only, as {@code kubectl diff}: the change creates, deletes or replaces no pod. */
    public static final int DIFF_NO_CHANGE = 0;
    /** {@code diff} only: some pod is created, deleted or replaced (an image-only rollout included). */
    public static final int DIFF_CHANGES = 1;
    /** {@code diff} only: every failure (usage, unreadable or invalid input, unexpected errors). */
    public static final int DIFF_FAILURE = 2;

    private ExitCodes() {
    }
}
