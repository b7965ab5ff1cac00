package io.dsstudio.reconcile;

import io.dsstudio.domain.Diagnostic;

import java.util.List;

/** One controller sync over a snapshot: a plan per DaemonSet (sorted by namespace/name) and warnings. */
public record Plan(List<DaemonSetPlan> daemonSets, List<Diagnostic> warnings) {
    public Plan {
        daemonSets = List.copyOf(daemonSets);
        warnings = List.copyOf(warnings);
    }

    public DaemonSetPlan find(String namespace, String name) {
        return daemonSets.stream().filter(p -> p.namespace().equals(namespace) && p.name().equals(name))
                .findFirst().orElse(null);
    }
}
