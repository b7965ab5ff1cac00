package io.dsstudio.cli;

import io.dsstudio.cluster.LiveSession;
import io.dsstudio.yaml.LoadedSnapshot;

import java.util.function.BiFunction;

/**
 * The snapshot a command works on: the files given, or with {@code --live} the cluster's state with the files
 * laid over it. The live session stays open while the command's body runs.
 */
final class SnapshotSource {
    private SnapshotSource() {
    }

    /** Runs {@code body} with the snapshot and, for {@code --live}, the open session (else null). */
    static <T> T with(LiveOptions live, InputOptions input, Output output, BiFunction<LoadedSnapshot, LiveSession, T> body) {
        live.checkUsage();
        if (!live.live()) {
            return body.apply(input.load(), null);
        }
        if (!input.bases().isEmpty()) {
            throw new UsageException("--base and --live do not go together: with --live the cluster is the base");
        }
        try (LiveSession session = live.open(output)) {
            LoadedSnapshot loaded = input.paths.isEmpty() ? live.liveOnly(session) : live.overlay(session, input.load());
            return body.apply(loaded, session);
        }
    }
}
