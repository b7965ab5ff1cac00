package io.dsstudio.workspace;

import io.dsstudio.domain.Snapshot;
import io.dsstudio.simulation.RolloutForecast;

/**
 * The rollout forecast of a DaemonSet change that is previewed but not applied: what the rollout would do if the
 * change were applied to {@code snapshot} (the snapshot with the change laid in).
 *
 * @param key      the DaemonSet's namespace/name
 * @param forecast its forecast, or null when the controller would not sync it
 * @param snapshot the snapshot the forecast was computed on (its nodes say why a node blocks)
 */
public record StagedForecast(String key, RolloutForecast.DaemonSetForecast forecast, Snapshot snapshot) {
}
