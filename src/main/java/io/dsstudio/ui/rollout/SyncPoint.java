package io.dsstudio.ui.rollout;

/** One sync of a rollout (numbered from 1 within it) and what it did to the followed DaemonSet. */
public record SyncPoint(int sync, SyncCounts counts) {
}
