package io.dsstudio.ui.daemonsets;

import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.StudioState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DaemonSetsViewModelTest {
    private StudioState state;
    private DaemonSetsViewModel model;

    @BeforeEach
    void openDemo() {
        state = TestStudio.demoState();
        model = new DaemonSetsViewModel(state, TestStudio.CLOCK, new io.dsstudio.ui.common.Messages(java.util.Locale.ENGLISH));
    }

    private DaemonSetRow row(String key) {
        return model.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void rowsShowEveryDaemonSetWithPlannedCounts() {
        assertThat(model.rows()).hasSize(8);
        DaemonSetRow kubeProxy = row("kube-system/kube-proxy");
        assertThat(kubeProxy.desired()).isEqualTo(19);
        assertThat(kubeProxy.current()).isEqualTo(18);
        assertThat(kubeProxy.strategy()).startsWith("RollingUpdate");
        assertThat(row("logging/fluent-bit").misscheduled()).isEqualTo(2);
        assertThat(row("monitoring/node-exporter").upToDate()).isEqualTo(12);
        assertThat(row("kube-system/nvidia-device-plugin").nodeSelector()).isEqualTo("nodeAffinity");
    }

    @Test
    void selectShowsMissingPodAsWillCreate() {
        model.select(row("kube-system/kube-proxy"));
        assertThat(model.placement()).hasSize(20);
        PlacementRow missing = model.placementOf("ip-10-0-3-104.ec2.internal").orElseThrow();
        assertThat(missing.verdict()).isEqualTo(PlacementVerdict.WILL_CREATE);
        assertThat(model.placementOf("ip-10-0-2-220.ec2.internal").orElseThrow().verdict()).isEqualTo(PlacementVerdict.EXCLUDED);
    }

    @Test
    void selectShowsPodKeptDespiteNoScheduleTaintAsMisscheduledWithReason() {
        model.select(row("logging/fluent-bit"));
        PlacementRow kept = model.placementOf("ip-10-0-3-103.ec2.internal").orElseThrow();
        assertThat(kept.verdict()).isEqualTo(PlacementVerdict.RUNS_MISSCHEDULED);
        assertThat(kept.reasons()).anyMatch(r -> r.contains("dedicated=infra:NoSchedule"));
        PlacementRow gpu = model.placementOf("ip-10-0-1-200.ec2.internal").orElseThrow();
        assertThat(gpu.verdict()).isEqualTo(PlacementVerdict.EXCLUDED);
        assertThat(gpu.reasons()).anyMatch(r -> r.contains("nvidia.com/gpu"));
    }

    @Test
    void selectShowsRollingUpdateOldPodsAsOutOfDateAndHostPortsAsHintsOnly() {
        model.select(row("monitoring/node-exporter"));
        long outOfDate = model.placement().stream().filter(p -> p.verdict() == PlacementVerdict.OUT_OF_DATE).count();
        assertThat(outOfDate).isEqualTo(7);
        assertThat(model.placement()).filteredOn(p -> p.podGeneration() != null)
                .allMatch(p -> p.podGeneration().equals("1") && p.dsGeneration() == 2L);
        PlacementRow any = model.placement().get(0);
        assertThat(any.hints().hostPorts()).containsExactly(9100);
        assertThat(any.reasons()).noneMatch(r -> r.contains("9100"));
    }

    @Test
    void selectNodeInMatrixSharesTheSelection() {
        model.select(row("kube-system/kube-proxy"));
        model.selectNode(model.placementOf("ip-10-0-3-104.ec2.internal").orElseThrow());
        assertThat(state.selectedNodes()).containsExactly("ip-10-0-3-104.ec2.internal");
    }
}
