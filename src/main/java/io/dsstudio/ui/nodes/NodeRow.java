package io.dsstudio.ui.nodes;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.ui.common.NodeStatus;

import java.time.Instant;

/** One row of the Nodes table. */
public record NodeRow(ClusterNode node, String name, NodeStatus status, String roles, boolean schedulable, String taints,
                      String zone, String instanceType, String archOs, int runningDaemonPods, int expectedDaemonPods,
                      String age, Instant created) {
    public String daemonPods() {
        return runningDaemonPods + " / " + expectedDaemonPods;
    }
}
