package io.dsstudio.ui.nodes;

import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.NodeStatus;
import io.dsstudio.ui.common.StudioState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NodesViewModelTest {
    private StudioState state;
    private NodesViewModel model;

    @BeforeEach
    void openDemo() {
        state = TestStudio.demoState();
        model = new NodesViewModel(state, TestStudio.CLOCK);
    }

    private NodeRow row(String name) {
        return model.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void rowsDescribeEveryDemoNode() {
        assertThat(model.rows()).hasSize(20);
        NodeRow controlPlane = row("ip-10-0-1-21.ec2.internal");
        assertThat(controlPlane.roles()).isEqualTo("control-plane");
        assertThat(controlPlane.zone()).isEqualTo("us-east-1a");
        assertThat(controlPlane.taints()).isEqualTo("node-role.kubernetes.io/control-plane:NoSchedule");
        assertThat(row("ip-10-0-1-102.ec2.internal").schedulable()).isFalse();
        assertThat(row("ip-10-0-2-102.ec2.internal").status()).isEqualTo(NodeStatus.UNKNOWN);
        assertThat(row("ip-10-0-3-104.ec2.internal").status()).isEqualTo(NodeStatus.NOT_READY);
        assertThat(row("ip-10-0-1-150.ec2.internal").archOs()).isEqualTo("arm64/linux");
        assertThat(row("ip-10-0-2-220.ec2.internal").archOs()).isEqualTo("amd64/windows");
    }

    @Test
    void rowsCountRunningAgainstExpectedDaemonPods() {
        // kube-proxy's pod is missing and calico's and node-exporter's are Pending on the new node
        NodeRow fresh = row("ip-10-0-3-104.ec2.internal");
        assertThat(fresh.runningDaemonPods()).isZero();
        assertThat(fresh.expectedDaemonPods()).isEqualTo(4);
        assertThat(row("ip-10-0-1-200.ec2.internal").daemonPods()).isEqualTo("5 / 5");
    }

    @Test
    void filterTakesLabelSelectors() {
        model.filterTextProperty().set("pool=gpu,!nvidia.com/gpu.count");
        assertThat(model.rows()).extracting(NodeRow::name).containsExactly("ip-10-0-3-200.ec2.internal");
        model.filterTextProperty().set("pool in (arm64,windows)");
        assertThat(model.rows()).hasSize(3);
        model.filterTextProperty().set("kubernetes.io/os!=linux");
        assertThat(model.rows()).extracting(NodeRow::name).containsExactly("ip-10-0-2-220.ec2.internal");
        assertThat(model.filterErrorProperty().get()).isEmpty();
    }

    @Test
    void filterTakesPlainTextAndReportsBadSelectors() {
        model.filterTextProperty().set("spot");
        assertThat(model.rows()).extracting(NodeRow::name).containsExactly("ip-10-0-3-102.ec2.internal");
        model.filterTextProperty().set("tier in (web");
        assertThat(model.filterErrorProperty().get()).isEqualTo("tier in (web");
        assertThat(model.rows()).as("a filter that does not parse shows no rows, not those of the last one").isEmpty();
        assertThat(model.filteredProperty().get()).isTrue();
    }

    @Test
    void selectionShowsDetailOfTheLastSelectedNode() {
        model.onSelectionChanged(List.of("ip-10-0-1-101.ec2.internal", "ip-10-0-3-103.ec2.internal"));
        NodeDetail detail = model.detailProperty().get();
        assertThat(detail.name()).isEqualTo("ip-10-0-3-103.ec2.internal");
        assertThat(detail.taints()).containsExactly("dedicated=infra:NoSchedule");
        assertThat(detail.labels()).contains("pool=infra");
        assertThat(detail.conditions()).anyMatch(c -> c.startsWith("Ready=True"));
        assertThat(detail.capacity()).anyMatch(c -> c.startsWith("pods: 110"));
        assertThat(detail.daemonPods()).anyMatch(p -> p.pod().startsWith("logging/fluent-bit-") && p.ready() && p.generation().equals("1"));
        assertThat(state.selectedNodes()).hasSize(2);
    }

    @Test
    void selectAllShownSelectsTheFilteredRows() {
        model.filterTextProperty().set("pool=arm64");
        model.selectAllShown();
        assertThat(state.selectedNodes()).containsExactlyInAnyOrder("ip-10-0-1-150.ec2.internal", "ip-10-0-3-150.ec2.internal");
    }
}
