package io.dsstudio.cluster;

import java.util.List;

/**
 * Per-object results of an apply, in the order of the changes. {@link #changed()} is exactly what changed in the
 * cluster; {@link #pending()} is what did not, so the user's edits can stay pending.
 *
 * @param dryRunOnly true when only the server dry run ran (it rejected something, or a dry run was asked for)
 */
public record ApplyReport(List<ObjectResult> results, boolean dryRunOnly) {
    public ApplyReport {
        results = List.copyOf(results);
    }

    public List<LiveChange> changed() {
        return results.stream().filter(ObjectResult::changed).map(ObjectResult::change).toList();
    }

    public List<LiveChange> pending() {
        return results.stream().filter(r -> !r.changed()).map(ObjectResult::change).toList();
    }

    public boolean allSucceeded() {
        return results.stream().allMatch(r -> r.outcome() == (dryRunOnly
                ? ObjectResult.Outcome.DRY_RUN_OK : ObjectResult.Outcome.CHANGED));
    }
}
