package io.dsstudio.app;

import io.dsstudio.ui.TestStudio;
import io.dsstudio.ui.daemonsets.DaemonSetsViewModel;
import io.dsstudio.ui.daemonsets.PlacementRow;
import io.dsstudio.ui.main.MainView;
import io.dsstudio.ui.nodemap.MapTile;
import io.dsstudio.ui.nodemap.NodeMapViewModel;
import io.dsstudio.ui.nodes.NodeRow;
import io.dsstudio.ui.nodes.NodesViewModel;
import io.dsstudio.workspace.LabelEdit;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit re-renders only the shown view: the hidden map, placement matrix and node table keep still until they
 * are shown, and then show exactly what views built afresh on the new snapshot and plan show.
 */
class HiddenViewsFxTest extends AppWindowTest {
    private static final String KEY = "kubernetes.io/os";

    @Start
    void start(Stage stage) {
        show(stage, Locale.ENGLISH);
        context.mainModel().openDemo();
    }

    @Override
    void waitIdle() throws Exception {
        AppOnStage.waitUntil(() -> context.state().planProperty().get() != null && context.state().previewProperty().get() == null
                && !context.state().tasks().runningProperty().get());
    }

    private static AtomicInteger changesOf(ObservableList<?> list) {
        AtomicInteger changes = new AtomicInteger();
        list.addListener((ListChangeListener<Object>) c -> changes.incrementAndGet());
        return changes;
    }

    @Test
    void aCommitLeavesHiddenViewsStillAndEachShowsTheNewPlanWhenShown(FxRobot robot) throws Exception {
        waitIdle();
        String node = context.state().snapshotProperty().get().nodes().get(0).name();
        String windows = context.state().snapshotProperty().get().daemonSets().stream()
                .filter(d -> d.meta().name().equals("windows-exporter")).findFirst().orElseThrow().key();
        List<ObservableList<?>> hidden = new ArrayList<>();
        robot.interact(() -> {
            context.state().selectedDaemonSetProperty().set(windows);
            context.mapModel().daemonSetProperty().set(windows);
            context.mainModel().selectedViewProperty().set(MainView.LABELS);
            hidden.add(context.mapModel().tiles());
            hidden.add(context.daemonSetsModel().placement());
            hidden.add(context.nodesModel().rows());
        });
        List<AtomicInteger> changes = hidden.stream().map(HiddenViewsFxTest::changesOf).toList();

        robot.interact(() -> context.state().stage(LabelEdit.set(Set.of(node), KEY, "windows")));
        AppOnStage.waitUntil(() -> context.state().previewProperty().get() != null && !context.state().tasks().runningProperty().get());
        robot.interact(() -> context.state().commit());
        waitIdle();

        assertThat(changes).allSatisfy(c -> assertThat(c.get()).as("changes of a hidden view's rows").isZero());

        robot.interact(() -> context.mainModel().selectedViewProperty().set(MainView.MAP));
        // the tiles' words are made when asked, so only tiles that look different are replaced: compare what they say
        List<String> fresh = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        robot.interact(() -> {
            NodeMapViewModel rebuilt = new NodeMapViewModel(context.state(), context.messages());
            rebuilt.daemonSetProperty().set(windows);
            rebuilt.tiles().forEach(t -> fresh.add(seen(t)));
            context.mapModel().tiles().forEach(t -> shown.add(seen(t)));
        });
        assertThat(shown).containsExactlyElementsOf(fresh);
        assertThat(context.mapModel().tiles().stream().filter(t -> t.name().equals(node)).findFirst().orElseThrow().tooltip())
                .contains("windows-exporter");

        robot.interact(() -> context.mainModel().selectedViewProperty().set(MainView.DAEMONSETS));
        List<PlacementRow> placement = new ArrayList<>();
        robot.interact(() -> placement.addAll(new DaemonSetsViewModel(context.state(), TestStudio.CLOCK, context.messages()).placement()));
        assertThat(context.daemonSetsModel().placement()).containsExactlyElementsOf(placement);

        robot.interact(() -> context.mainModel().selectedViewProperty().set(MainView.NODES));
        List<String> labelled = new ArrayList<>();
        robot.interact(() -> new NodesViewModel(context.state(), TestStudio.CLOCK).rows().forEach(r -> labelled.add(r.name() + "=" + r.node().labels().get(KEY))));
        assertThat(context.nodesModel().rows().stream().map(r -> r.name() + "=" + r.node().labels().get(KEY)).toList())
                .containsExactlyElementsOf(labelled).contains(node + "=windows");
    }

    @Test
    void hiddenRowsReadByCodeAreCurrent(FxRobot robot) throws Exception {
        waitIdle();
        String node = context.state().snapshotProperty().get().nodes().get(0).name();
        robot.interact(() -> context.mainModel().selectedViewProperty().set(MainView.LABELS));
        robot.interact(() -> context.state().stage(LabelEdit.set(Set.of(node), "team", "hidden-read")));
        AppOnStage.waitUntil(() -> context.state().previewProperty().get() != null && !context.state().tasks().runningProperty().get());
        robot.interact(() -> context.state().commit());
        waitIdle();
        List<NodeRow> rows = new ArrayList<>();
        robot.interact(() -> rows.addAll(context.nodesModel().rows()));
        assertThat(rows.stream().filter(r -> r.name().equals(node)).findFirst().orElseThrow().node().labels())
                .containsEntry("team", "hidden-read");
    }

    @Test
    void aCommitOnTheShownNodesViewReplacesExactlyTheRowsThatChanged(FxRobot robot) throws Exception {
        waitIdle();
        String node = context.state().snapshotProperty().get().nodes().get(3).name();
        robot.interact(() -> context.mainModel().selectedViewProperty().set(MainView.NODES));
        List<NodeRow> before = new ArrayList<>();
        robot.interact(() -> before.addAll(context.nodesModel().rows()));
        List<String> replaced = new ArrayList<>();
        AtomicInteger setAll = new AtomicInteger();
        robot.interact(() -> context.nodesModel().rows().addListener((ListChangeListener<NodeRow>) c -> {
            while (c.next()) {
                if (c.wasReplaced() && c.getAddedSize() == 1) {
                    replaced.add(c.getAddedSubList().get(0).name());
                } else {
                    setAll.incrementAndGet();
                }
            }
        }));
        robot.interact(() -> context.state().stage(LabelEdit.set(Set.of(node), "team", "one-row")));
        AppOnStage.waitUntil(() -> context.state().previewProperty().get() != null && !context.state().tasks().runningProperty().get());
        robot.interact(() -> context.state().commit());
        waitIdle();

        // the node's row, and rows whose daemon pods the commit's controller sync changed
        List<String> changed = new ArrayList<>();
        robot.interact(() -> {
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).equals(context.nodesModel().rows().get(i))) {
                    changed.add(before.get(i).name());
                }
            }
        });
        assertThat(setAll.get()).as("changes other than one row replaced").isZero();
        assertThat(replaced).contains(node).containsExactlyInAnyOrderElementsOf(changed);
        assertThat(changed).hasSizeLessThan(before.size());
        assertThat(context.nodesModel().rows().stream().filter(r -> r.name().equals(node)).findFirst().orElseThrow().node().labels())
                .containsEntry("team", "one-row");
    }

    /** All a user sees of a tile: its look and its tooltip. */
    private static String seen(MapTile tile) {
        return String.join("|", tile.name(), tile.group(), tile.color().name(), tile.ghost().name(),
                String.valueOf(tile.cordoned()), tile.tooltip());
    }
}
