package io.dsstudio.validation;

import io.dsstudio.domain.DaemonSet;

/** One validation rule of semantics.md §8 applied to one DaemonSet (after defaulting). */
interface DaemonSetRule {
    void check(DaemonSet ds, Problems out);
}
