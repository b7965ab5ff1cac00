package io.dsstudio.workspace;

import java.nio.file.Path;

/**
 * Where the open snapshot came from: the embedded demo, a file or folder, a live cluster, or nothing yet.
 *
 * @param context the kubeconfig context of a {@link Kind#LIVE} source; null otherwise
 */
public record SnapshotSource(Kind kind, Path path, String context) {
    public static final SnapshotSource NONE = new SnapshotSource(Kind.NONE, null);
    public static final SnapshotSource DEMO = new SnapshotSource(Kind.DEMO, null);

    public enum Kind { NONE, DEMO, PATH, LIVE }

    public SnapshotSource(Kind kind, Path path) {
        this(kind, path, null);
    }

    public static SnapshotSource of(Path path) {
        return new SnapshotSource(Kind.PATH, path);
    }

    /** The live state of a kubeconfig context (kept current by the watch). */
    public static SnapshotSource live(String context) {
        return new SnapshotSource(Kind.LIVE, null, context);
    }
}
