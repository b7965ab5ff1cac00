package io.dsstudio.ui.nodemap;

import io.dsstudio.reconcile.Planner;
import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.workspace.ControllerSync;
import io.dsstudio.workspace.EditJournal;
import io.dsstudio.workspace.IncrementalPlanning;
import io.dsstudio.workspace.LabelEdit;
import io.dsstudio.workspace.SnapshotSource;
import io.dsstudio.workspace.WhatIfCalculator;
import io.dsstudio.workspace.Workspace;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the map does for a staged edit, counted: with the app's incremental planning the plan on screen stays the same
 * object, so the tiles are not coloured afresh; only the tiles whose ghost changes are replaced, in one change.
 */
class NodeMapPreviewWorkTest {
    private static final String NODE = "ip-10-0-1-101.ec2.internal";

    @TempDir
    Path home;

    private StudioState state;
    private NodeMapViewModel model;
    private final List<Integer> changeEvents = new ArrayList<>();
    private final List<String> replaced = new ArrayList<>();
    private int otherChanges;
    /** The catch-ups the model posts to the end of the event loop's turn. */
    private final List<Runnable> endOfTurn = new ArrayList<>();

    private void endTurn() {
        List<Runnable> posted = List.copyOf(endOfTurn);
        endOfTurn.clear();
        posted.forEach(Runnable::run);
    }

    @BeforeEach
    void openDemoWithIncrementalPlanning() {
        IncrementalPlanning planning = new IncrementalPlanning(TestStudio.CLOCK);
        state = new StudioState(new Workspace(), planning,
                new WhatIfCalculator(planning, new ControllerSync(new Planner()), TestStudio.CLOCK),
                TaskRunner.sameThread(), new EditJournal(home));
        state.open(TestStudio.demo(), SnapshotSource.DEMO);
        model = new NodeMapViewModel(state, new Messages(Locale.ENGLISH), endOfTurn::add);
        state.selectedDaemonSetProperty().set("kube-system/kube-proxy");
        endTurn();
        model.tiles().addListener((ListChangeListener<MapTile>) c -> {
            changeEvents.add(1);
            while (c.next()) {
                if (c.wasReplaced()) {
                    c.getAddedSubList().forEach(t -> replaced.add(t.name()));
                } else {
                    otherChanges++;
                }
            }
        });
    }

    private MapTile tile(String name) {
        return model.tiles().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void stagingAnEditReplacesOnlyTheGhostedTileInOneChangeWithoutColouringTheMapAgain() {
        int colourings = model.fullColourings();
        var planOnScreen = state.planProperty().get();

        state.stage(LabelEdit.remove(Set.of(NODE), "kubernetes.io/os"));
        endTurn();

        assertThat(state.previewProperty().get()).isNotNull();
        assertThat(state.planProperty().get()).isSameAs(planOnScreen);
        assertThat(model.fullColourings()).isEqualTo(colourings);
        assertThat(changeEvents).hasSize(1);
        assertThat(replaced).containsExactly(NODE);
        assertThat(otherChanges).isZero();
        assertThat(tile(NODE).ghost()).isEqualTo(MapTile.Ghost.LOSES_POD);
        assertThat(model.legend()).extracting(LegendEntry::color).contains(MapColor.GHOST);
    }

    @Test
    void discardingPutsBackOnlyThatTile() {
        state.stage(LabelEdit.remove(Set.of(NODE), "kubernetes.io/os"));
        endTurn();
        int colourings = model.fullColourings();
        changeEvents.clear();
        replaced.clear();

        state.discard();
        endTurn();

        assertThat(model.fullColourings()).isEqualTo(colourings);
        assertThat(changeEvents).hasSize(1);
        assertThat(replaced).containsExactly(NODE);
        assertThat(tile(NODE).ghost()).isEqualTo(MapTile.Ghost.NONE);
        assertThat(model.legend()).extracting(LegendEntry::color).doesNotContain(MapColor.GHOST);
    }

    @Test
    void committingColoursTheMapOnceFromTheNewPlanInOneChange() {
        state.stage(LabelEdit.remove(Set.of(NODE), "kubernetes.io/os"));
        endTurn();
        int colourings = model.fullColourings();
        changeEvents.clear();

        state.commit();
        endTurn();

        assertThat(model.fullColourings()).isEqualTo(colourings + 1);
        assertThat(changeEvents).hasSize(1);
        assertThat(tile(NODE).ghost()).isEqualTo(MapTile.Ghost.NONE);
        assertThat(tile(NODE).color()).isNotEqualTo(MapColor.OK);
    }

    @Test
    void newBlockersChangeTheLegendNotTheTiles() {
        int colourings = model.fullColourings();
        changeEvents.clear();

        model.blockers().setAll(List.of(NODE));
        endTurn();

        assertThat(model.fullColourings()).isEqualTo(colourings);
        assertThat(changeEvents).isEmpty();
        assertThat(model.legend()).extracting(LegendEntry::color).contains(MapColor.BLOCKER);
    }
}
