package io.dsstudio.domain;

import java.time.Instant;

public record NodeCondition(String type, String status, Instant lastTransitionTime, String reason, String message) {
}
