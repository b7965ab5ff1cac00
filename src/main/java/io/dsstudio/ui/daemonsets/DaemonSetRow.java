package io.dsstudio.ui.daemonsets;

import io.dsstudio.reconcile.StatusCounts;

/** One row of the DaemonSets table: its status counts from the plan and how it is configured. */
public record DaemonSetRow(String namespace, String name, StatusCounts counts, String nodeSelector, String strategy,
                           String age) {
    public String key() {
        return namespace + "/" + name;
    }

    public int desired() {
        return counts.desiredNumberScheduled();
    }

    public int current() {
        return counts.currentNumberScheduled();
    }

    public int ready() {
        return counts.numberReady();
    }

    public int upToDate() {
        return counts.updatedNumberScheduled();
    }

    public int available() {
        return counts.numberAvailable();
    }

    public int misscheduled() {
        return counts.numberMisscheduled();
    }
}
