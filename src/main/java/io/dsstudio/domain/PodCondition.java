package io.dsstudio.domain;

import java.time.Instant;

public record PodCondition(String type, String status, Instant lastTransitionTime) {
}
