package io.dsstudio.reconcile;

import io.dsstudio.domain.Pod;

import java.time.Instant;
import java.util.Comparator;

/**
 * DC podByCreationTimestampAndPhase: bound pods (spec.nodeName set) first, then older creationTimestamp,
 * then smaller name. A missing timestamp is Go's zero time, older than any other.
 */
final class PodOrder {
    static final Comparator<Pod> OLDEST_FIRST = Comparator
            .comparing((Pod p) -> p.spec().nodeName().isEmpty())
            .thenComparing(p -> p.meta().creationTimestamp() == null ? Instant.MIN : p.meta().creationTimestamp())
            .thenComparing(p -> p.name() == null ? "" : p.name());

    private PodOrder() {
    }
}
