package io.dsstudio.workspace;

import java.nio.file.Path;

/** Where the open snapshot came from: the embedded demo, a file or folder, or nothing yet. */
public record SnapshotSource(Kind kind, Path path) {
    public static final SnapshotSource NONE = new SnapshotSource(Kind.NONE, null);
    public static final SnapshotSource DEMO = new SnapshotSource(Kind.DEMO, null);

    public enum Kind { NONE, DEMO, PATH }

    public static SnapshotSource of(Path path) {
        return new SnapshotSource(Kind.PATH, path);
    }
}
