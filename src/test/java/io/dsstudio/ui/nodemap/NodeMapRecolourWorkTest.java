package io.dsstudio.ui.nodemap;

import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What picking DaemonSets on the map costs, counted: each DaemonSet's nodes are classified once per plan, so going
 * back to one shown before reads its verdicts; the tiles, legend and title are those a fresh map shows.
 */
class NodeMapRecolourWorkTest {
    private static final String PROXY = "kube-system/kube-proxy";

    private StudioState state;
    private NodeMapViewModel model;
    private String other;

    @BeforeEach
    void openDemo() {
        state = TestStudio.demoState();
        model = new NodeMapViewModel(state, new Messages(Locale.ENGLISH));
        other = model.daemonSets().stream().filter(k -> !k.equals(PROXY)).findFirst().orElseThrow();
    }

    @Test
    void aDaemonSetShownAgainIsNotClassifiedAgain() {
        for (String ds : List.of(PROXY, other, PROXY, other, PROXY)) {
            model.daemonSetProperty().set(ds);
            model.tiles();
        }

        assertThat(model.fullColourings()).isGreaterThanOrEqualTo(5);
        assertThat(model.placementsClassified()).isEqualTo(2);
    }

    @Test
    void aDaemonSetShownAgainLooksAsOnAFreshMap() {
        model.daemonSetProperty().set(PROXY);
        model.tiles();
        model.daemonSetProperty().set(other);
        model.tiles();
        model.daemonSetProperty().set(PROXY);

        NodeMapViewModel fresh = new NodeMapViewModel(state, new Messages(Locale.ENGLISH));
        fresh.daemonSetProperty().set(PROXY);
        assertThat(looks(model)).isEqualTo(looks(fresh));
        assertThat(model.tiles().get(0).tooltip()).isEqualTo(fresh.tiles().get(0).tooltip());
        assertThat(List.copyOf(model.legend())).isEqualTo(List.copyOf(fresh.legend()));
        assertThat(model.titleProperty().get()).isEqualTo(fresh.titleProperty().get());
    }

    /** What a tile shows but its tooltip (each map has its own tooltip maker). */
    private static List<String> looks(NodeMapViewModel map) {
        return map.tiles().stream().map(t -> t.name() + " " + t.group() + " " + t.color() + " " + t.ghost() + " " + t.cordoned()).toList();
    }

    @Test
    void aRecolourMakesNoTileItsNodeHadInThatColourBefore() {
        model.daemonSetProperty().set(PROXY);
        List<MapTile> proxy = List.copyOf(model.tiles());
        model.daemonSetProperty().set(other);
        List<MapTile> others = List.copyOf(model.tiles());
        int made = model.tilesMade();
        assertThat(made).isBetween(proxy.size(), 2 * proxy.size());

        for (String ds : List.of(PROXY, other, PROXY)) {
            model.daemonSetProperty().set(ds);
            model.tiles();
        }

        assertThat(model.tilesMade()).isEqualTo(made);
        for (int i = 0; i < proxy.size(); i++) {
            assertThat(model.tiles().get(i)).isSameAs(proxy.get(i));
            if (proxy.get(i).color() == others.get(i).color()) {
                assertThat(others.get(i)).as("a tile that keeps its colour is the same tile").isSameAs(proxy.get(i));
            }
        }
    }

    @Test
    void aNewGroupingMakesTheTilesAgainWithTheirNewGroups() {
        model.daemonSetProperty().set(PROXY);
        int nodes = model.tiles().size();
        model.groupByProperty().set("kubernetes.io/arch");

        assertThat(model.tiles()).hasSize(nodes);
        assertThat(model.tilesMade()).as("made afresh for the new grouping, one per node").isEqualTo(nodes);
        NodeMapViewModel fresh = new NodeMapViewModel(state, new Messages(Locale.ENGLISH));
        fresh.groupByProperty().set("kubernetes.io/arch");
        fresh.daemonSetProperty().set(PROXY);
        assertThat(looks(model)).isEqualTo(looks(fresh));
    }

    @Test
    void aNewPlanClassifiesAfresh() {
        model.daemonSetProperty().set(PROXY);
        model.tiles();
        int before = model.placementsClassified();

        state.planProperty().set(new io.dsstudio.reconcile.Planner().plan(state.snapshotProperty().get(), TestStudio.CLOCK.instant()));
        model.tiles();

        assertThat(model.placementsClassified()).isEqualTo(before + 1);
    }
}
