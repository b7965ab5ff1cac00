package io.dsstudio.ui.nodemap;

import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.LabelEdit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NodeMapViewModelTest {
    private StudioState state;
    private NodeMapViewModel model;

    @BeforeEach
    void openDemo() {
        state = TestStudio.demoState();
        model = new NodeMapViewModel(state, new Messages(Locale.ENGLISH));
    }

    private MapTile tile(String name) {
        return model.tiles().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void tilesAreGroupedByZoneAndColouredByStatusWithoutADaemonSet() {
        assertThat(model.tiles()).hasSize(20);
        assertThat(tile("ip-10-0-2-101.ec2.internal").group()).isEqualTo("us-east-1b");
        assertThat(tile("ip-10-0-3-104.ec2.internal").group()).isEqualTo("(no value)");
        assertThat(tile("ip-10-0-3-104.ec2.internal").color()).isEqualTo(MapColor.ERROR);
        assertThat(tile("ip-10-0-2-102.ec2.internal").color()).isEqualTo(MapColor.WARN);
        assertThat(model.legend()).extracting(LegendEntry::text).containsExactly("Ready", "NotReady", "Unknown");
    }

    @Test
    void selectedDaemonSetColoursTilesByVerdict() {
        state.selectedDaemonSetProperty().set("logging/fluent-bit");
        assertThat(tile("ip-10-0-3-103.ec2.internal").color()).isEqualTo(MapColor.WARN);
        assertThat(tile("ip-10-0-1-101.ec2.internal").color()).isEqualTo(MapColor.OK);
        assertThat(tile("ip-10-0-1-200.ec2.internal").color()).isEqualTo(MapColor.MUTED);
        assertThat(tile("ip-10-0-3-103.ec2.internal").tooltip()).contains("Runs, misscheduled").contains("dedicated=infra:NoSchedule");
    }

    @Test
    void labelColouringUsesOnePaletteEntryPerValue() {
        model.colorModeProperty().set(ColorMode.LABEL);
        model.colorLabelProperty().set("pool");
        assertThat(tile("ip-10-0-1-150.ec2.internal").color()).isEqualTo(tile("ip-10-0-3-150.ec2.internal").color());
        assertThat(tile("ip-10-0-1-150.ec2.internal").color()).isNotEqualTo(tile("ip-10-0-1-200.ec2.internal").color());
        assertThat(model.legend()).extracting(LegendEntry::text).contains("arm64", "gpu", "windows");
    }

    @Test
    void groupByAnotherLabelRegroups() {
        model.groupByProperty().set("kubernetes.io/arch");
        assertThat(model.tiles()).extracting(MapTile::group).containsOnly("amd64", "arm64");
    }

    @Test
    void stagedEditShowsGhostsAndClickSelects() {
        state.selectedDaemonSetProperty().set("kube-system/kube-proxy");
        state.stage(LabelEdit.remove(Set.of("ip-10-0-1-101.ec2.internal"), "kubernetes.io/os"));
        assertThat(tile("ip-10-0-1-101.ec2.internal").ghost()).isEqualTo(MapTile.Ghost.LOSES_POD);
        assertThat(tile("ip-10-0-1-103.ec2.internal").ghost()).isEqualTo(MapTile.Ghost.NONE);
        assertThat(model.legend()).extracting(LegendEntry::color).contains(MapColor.GHOST);
        model.onTileClicked("ip-10-0-1-103.ec2.internal");
        assertThat(state.selectedNodes()).containsExactly("ip-10-0-1-103.ec2.internal");
    }
}
