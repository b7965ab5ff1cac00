package io.dsstudio.ui.nodemap;

import io.dsstudio.reconcile.DaemonSetPlan;
import io.dsstudio.reconcile.PlannedAction;
import io.dsstudio.reconcile.StatusCounts;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.DaemonSetImpact;
import io.dsstudio.workspace.LabelEdit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class NodeMapViewModelTest {
    private static final String NEW_AGENT = "monitoring/new-agent";
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

    /** The legend's counts by their text ("Runs 13" → Runs=13). */
    private Map<String, Integer> legendCounts() {
        Pattern entry = Pattern.compile("(.*) (\\d+)");
        return model.legend().stream().map(e -> entry.matcher(e.text())).filter(Matcher::matches)
                .collect(Collectors.toMap(m -> m.group(1), m -> Integer.parseInt(m.group(2))));
    }

    @Test
    void tilesAreGroupedByZoneAndColouredByStatusWithoutADaemonSet() {
        assertThat(model.tiles()).hasSize(20);
        assertThat(tile("ip-10-0-2-101.ec2.internal").group()).isEqualTo("us-east-1b");
        assertThat(tile("ip-10-0-3-104.ec2.internal").group()).isEqualTo("(no value)");
        assertThat(tile("ip-10-0-3-104.ec2.internal").color()).isEqualTo(MapColor.ERROR);
        assertThat(tile("ip-10-0-2-102.ec2.internal").color()).isEqualTo(MapColor.WARN);
        assertThat(legendCounts()).containsEntry("Ready", 18).containsEntry("NotReady", 1).containsEntry("Unknown", 1);
    }

    /** Defect: with no DaemonSet selected, the map switched to a node status legend without saying so. */
    @Test
    void withoutADaemonSetTheTitleSaysWhatTheTilesShowAndOffersTheChoice() {
        assertThat(model.daemonSetProperty().get()).isNull();
        assertThat(model.titleProperty().get()).contains("No DaemonSet chosen").contains("node status").contains("Choose a DaemonSet");
        assertThat(model.daemonSets()).contains("logging/fluent-bit", "kube-system/kube-proxy");
    }

    /** Defect: the map never named the DaemonSet it colours. */
    @Test
    void theTitleNamesTheDaemonSetAndTheLegendCountsMatchThePlan() {
        state.selectedDaemonSetProperty().set("logging/fluent-bit");
        assertThat(model.titleProperty().get()).isEqualTo("Placement of DaemonSet logging/fluent-bit");
        DaemonSetPlan plan = state.planProperty().get().find("logging", "fluent-bit");
        StatusCounts status = plan.status();
        Map<String, Integer> counts = legendCounts();
        assertThat(counts.getOrDefault("Runs", 0) + counts.getOrDefault("Out of date", 0)).isEqualTo(status.currentNumberScheduled());
        assertThat(counts.getOrDefault("Runs, misscheduled", 0)).isEqualTo(status.numberMisscheduled());
        assertThat(counts.getOrDefault("Will create", 0)).isEqualTo(status.desiredNumberScheduled() - status.currentNumberScheduled());
        assertThat(counts.getOrDefault("Excluded", 0)).isEqualTo(20 - status.desiredNumberScheduled() - status.numberMisscheduled());
    }

    @Test
    void choosingADaemonSetOnTheMapSelectsItEverywhere() {
        model.daemonSetProperty().set("kube-system/kube-proxy");
        assertThat(state.selectedDaemonSetProperty().get()).isEqualTo("kube-system/kube-proxy");
        state.selectedDaemonSetProperty().set("logging/fluent-bit");
        assertThat(model.daemonSetProperty().get()).isEqualTo("logging/fluent-bit");
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
    void aTileWithoutTheGroupingLabelSaysItsGroupHasNoValue() {
        String status = tile("ip-10-0-3-104.ec2.internal").tooltip().lines().skip(1).findFirst().orElseThrow();
        assertThat(status).endsWith("\u00b7 (no value)");
    }

    @Test
    void cordonedNodesAreMarkedAndCounted() {
        List<String> cordoned = state.snapshotProperty().get().nodes().stream().filter(n -> n.unschedulable()).map(n -> n.name()).toList();
        assertThat(cordoned).isNotEmpty();
        assertThat(model.tiles()).filteredOn(MapTile::cordoned).extracting(MapTile::name).containsExactlyInAnyOrderElementsOf(cordoned);
        assertThat(legendCounts()).containsEntry("Cordoned (hatched)", cordoned.size());
    }

    /** Defect: the editor's preview of a DaemonSet the snapshot does not hold never reached the map. */
    @Test
    void aNewDaemonSetsPreviewReachesTheMapAndLeavesWithIt() {
        state.selectedDaemonSetProperty().set("logging/fluent-bit");
        List<PlannedAction> creates = new ArrayList<>();
        creates.add(PlannedAction.create("ip-10-0-1-101.ec2.internal", "new"));
        creates.add(PlannedAction.create("ip-10-0-2-101.ec2.internal", "new"));
        state.editorImpactProperty().set(new DaemonSetImpact(NEW_AGENT, creates, StatusCounts.ZERO, StatusCounts.ZERO));
        assertThat(model.daemonSetProperty().get()).isEqualTo(NEW_AGENT);
        assertThat(model.daemonSets()).contains(NEW_AGENT);
        assertThat(model.titleProperty().get()).contains("new DaemonSet " + NEW_AGENT);
        assertThat(tile("ip-10-0-1-101.ec2.internal").ghost()).isEqualTo(MapTile.Ghost.GAINS_POD);
        assertThat(tile("ip-10-0-1-101.ec2.internal").color()).isEqualTo(MapColor.ACCENT);
        assertThat(tile("ip-10-0-1-102.ec2.internal").color()).isEqualTo(MapColor.MUTED);
        assertThat(legendCounts()).containsEntry("Will create", 2).containsEntry("Excluded", 18);
        state.editorImpactProperty().set(null);
        assertThat(model.daemonSetProperty().get()).isEqualTo("logging/fluent-bit");
        assertThat(model.daemonSets()).doesNotContain(NEW_AGENT);
        assertThat(model.tiles()).allMatch(t -> t.ghost() == MapTile.Ghost.NONE);
    }

    @Test
    void labelColouringUsesOnePaletteEntryPerValue() {
        model.colorModeProperty().set(ColorMode.LABEL);
        model.colorLabelProperty().set("pool");
        assertThat(tile("ip-10-0-1-150.ec2.internal").color()).isEqualTo(tile("ip-10-0-3-150.ec2.internal").color());
        assertThat(tile("ip-10-0-1-150.ec2.internal").color()).isNotEqualTo(tile("ip-10-0-1-200.ec2.internal").color());
        assertThat(legendCounts()).containsKeys("arm64", "gpu", "windows");
        assertThat(model.titleProperty().get()).contains("pool");
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

    @Test
    void whyIsOfferedForTheShownDaemonSetOnceAHookIsInstalled() {
        state.selectedDaemonSetProperty().set("logging/fluent-bit");
        assertThat(model.canOpenWhy()).isFalse();
        List<String> asked = new ArrayList<>();
        model.openWhyProperty().set((node, ds) -> asked.add(node + " " + ds));
        model.openWhy("ip-10-0-1-101.ec2.internal");
        assertThat(asked).containsExactly("ip-10-0-1-101.ec2.internal logging/fluent-bit");
    }

    /** The words of 10,000 tiles cost more than their redraw: a colouring makes none, the tile under the pointer one. */
    @Test
    void colouringMakesNoTooltipUntilATileIsAskedForOne() {
        state.selectedDaemonSetProperty().set("logging/fluent-bit");
        assertThat(model.tiles()).hasSize(20);
        assertThat(model.tooltipsMade()).isZero();
        String words = tile("ip-10-0-3-103.ec2.internal").tooltip();
        assertThat(words).startsWith("ip-10-0-3-103.ec2.internal\n").contains("logging/fluent-bit: Runs, misscheduled");
        assertThat(model.tooltipsMade()).isEqualTo(1);
    }

    /** A tile's words follow the colouring shown last, and a recolour that keeps a tile's look keeps the tile. */
    @Test
    void aTooltipSpeaksOfTheColouringShownNow() {
        state.selectedDaemonSetProperty().set("logging/fluent-bit");
        MapTile before = tile("ip-10-0-3-103.ec2.internal");
        model.colorModeProperty().set(ColorMode.STATUS);
        assertThat(model.tiles()).hasSize(20);
        assertThat(before.tooltip()).doesNotContain("fluent-bit");
    }
}
