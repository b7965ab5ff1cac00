package io.dsstudio.reconcile;

/** One failing placement check, with a sentence for people (e.g. "taint gpu=true:NoSchedule is not tolerated"). */
public record Reason(ReasonCode code, String message) {
}
