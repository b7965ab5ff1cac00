package io.dsstudio.reconcile;

import io.dsstudio.domain.PodSpec;
import io.dsstudio.domain.Toleration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultDaemonTolerationsTest {
    @Test
    void defaultsForAddsNetworkUnavailableOnlyWithHostNetwork() {
        assertThat(DefaultDaemonTolerations.defaultsFor(PodSpec.empty())).extracting(Toleration::key).containsExactly(
                "node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable", "node.kubernetes.io/disk-pressure",
                "node.kubernetes.io/memory-pressure", "node.kubernetes.io/pid-pressure", "node.kubernetes.io/unschedulable");
        assertThat(DefaultDaemonTolerations.defaultsFor(PodSpec.empty().withHostNetwork(true)))
                .extracting(Toleration::key).endsWith("node.kubernetes.io/network-unavailable");
    }

    @Test
    void mergedReplacesSameIdentityTolerationDroppingItsSeconds() {
        Toleration user = new Toleration("node.kubernetes.io/not-ready", "Exists", "", "NoExecute", 300L);
        Toleration own = new Toleration("gpu", "Exists", "", "NoSchedule", null);
        List<Toleration> merged = DefaultDaemonTolerations.merged(PodSpec.empty().withTolerations(List.of(user, own)));
        assertThat(merged).hasSize(7);
        assertThat(merged.get(0)).isEqualTo(Toleration.exists("node.kubernetes.io/not-ready", "NoExecute"));
        assertThat(merged.get(1)).isEqualTo(own);
    }

    @Test
    void mergedKeepsTolerationsThatDifferInOperator() {
        Toleration equalOp = new Toleration("node.kubernetes.io/unreachable", "Equal", "", "NoExecute", 60L);
        List<Toleration> merged = DefaultDaemonTolerations.merged(PodSpec.empty().withTolerations(List.of(equalOp)));
        assertThat(merged).contains(equalOp, Toleration.exists("node.kubernetes.io/unreachable", "NoExecute"));
    }
}
