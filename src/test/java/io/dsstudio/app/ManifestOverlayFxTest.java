package io.dsstudio.app;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.ui.nodemap.MapTile;
import io.dsstudio.ui.nodemap.NodeMapView;
import io.dsstudio.ui.overlay.OverlayManifests;
import io.dsstudio.ui.overlay.OverlayRow;
import io.dsstudio.ui.whatif.ImpactRow;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.dsstudio.ui.overlay.OverlayManifests.NODE_EXPORTER;
import static org.assertj.core.api.Assertions.assertThat;

/** File ▸ Open manifests over this snapshot… in the real window: staged, previewed on the map and in the tables, committed, undone. */
class ManifestOverlayFxTest extends AppWindowTest {
    @TempDir
    Path manifests;

    @Start
    void start(Stage stage) {
        show(stage, Locale.ENGLISH);
        context.mainModel().openDemo();
    }

    @Override
    void waitIdle() throws Exception {
        AppOnStage.waitUntil(() -> context.state().planProperty().get() != null && !context.state().tasks().runningProperty().get());
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) context.mainView().root().getTop();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** What the menu item does once the file chooser has answered. */
    private void openOver(FxRobot robot, Path... paths) throws Exception {
        waitIdle();
        robot.interact(() -> context.mainModel().openManifestsOver(List.of(paths)));
        AppOnStage.waitUntil(() -> context.overlayPanel().stage() != null && context.overlayPanel().stage().isShowing()
                && !context.state().tasks().runningProperty().get() && !context.state().commands().runningProperty().get()
                && (context.state().previewProperty().get() != null || !context.overlayModel().problems().isEmpty()));
    }

    private <T> T inPanel(String id, Class<T> type) {
        return type.cast(context.overlayPanel().root().lookup("#" + id));
    }

    private NodeMapView map(FxRobot robot) throws Exception {
        NodeMapView map = robot.lookup("#nodeMap").queryAs(NodeMapView.class);
        AppOnStage.waitUntil(() -> map.getTiles().size() == context.state().snapshotProperty().get().nodes().size());
        return map;
    }

    private Optional<DaemonSet> daemonSet(String key) {
        return context.state().snapshotProperty().get().daemonSets().stream().filter(d -> d.key().equals(key)).findFirst();
    }

    private String image(String key) {
        return daemonSet(key).orElseThrow().template().spec().containers().get(0).image();
    }

    @Test
    void anImageBumpIsPreviewedThenCommittedAndUndone(FxRobot robot) throws Exception {
        assertThat(menuItem("menuOpenOverlay").getText()).isEqualTo("Open manifests over this snapshot…");
        assertThat(((MenuBar) context.mainView().root().getTop()).getMenus().get(0).getItems()).contains(menuItem("menuOpenOverlay"));

        openOver(robot, OverlayManifests.write(manifests, "node-exporter.yaml", OverlayManifests.imageBump()));

        @SuppressWarnings("unchecked")
        TableView<OverlayRow> objects = inPanel("overlayObjects", TableView.class);
        assertThat(objects.getItems()).extracting(OverlayRow::change)
                .containsExactly("Template changed: generation 2 → 3, template generation 2 → 3 (a rollout)");
        @SuppressWarnings("unchecked")
        TableView<ImpactRow> impacts = inPanel("impactTable", TableView.class);
        AppOnStage.waitUntil(() -> impacts.getItems().stream().anyMatch(r -> r.daemonSet().equals(NODE_EXPORTER) && !r.deleteOn().isEmpty()));
        assertThat(context.mapModel().daemonSetProperty().get()).isEqualTo(NODE_EXPORTER);
        NodeMapView map = map(robot);
        AppOnStage.waitUntil(() -> map.getTiles().stream().anyMatch(t -> t.ghost() == MapTile.Ghost.LOSES_POD));
        assertThat(image(NODE_EXPORTER)).as("nothing changes before Commit").isEqualTo(OverlayManifests.OLD_IMAGE);
        assertThat(menuItem("menuCommit").isDisable()).isFalse();

        robot.clickOn(inPanel("commitButton", Button.class));
        AppOnStage.waitUntil(() -> OverlayManifests.NEW_IMAGE.equals(image(NODE_EXPORTER)));
        assertThat(daemonSet(NODE_EXPORTER).orElseThrow().meta().generation()).isEqualTo(3L);
        assertThat(context.state().previewProperty().get()).isNull();
        waitIdle();

        robot.interact(() -> menuItem("menuUndo").fire());
        AppOnStage.waitUntil(() -> OverlayManifests.OLD_IMAGE.equals(image(NODE_EXPORTER)));
        assertThat(daemonSet(NODE_EXPORTER).orElseThrow().meta().generation()).isEqualTo(2L);
    }

    @Test
    void anInvalidManifestShowsWhereAndStagesNothing(FxRobot robot) throws Exception {
        openOver(robot, OverlayManifests.write(manifests, "bad.yaml", OverlayManifests.INVALID));

        @SuppressWarnings("unchecked")
        ListView<String> problems = inPanel("overlayProblems", ListView.class);
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getItems()).singleElement().asString()
                .contains("bad.yaml:11:7: DaemonSet/kube-system/kube-proxy spec.template.metadata.labels");
        assertThat(context.state().previewProperty().get()).isNull();
        assertThat(inPanel("commitButton", Button.class).isDisabled()).isTrue();
        assertThat(inPanel("overlayObjects", TableView.class).isVisible()).isFalse();
        assertThat(menuItem("menuCommit").isDisable()).isTrue();
    }

    @Test
    void aNewDaemonSetIsStagedAsACreation(FxRobot robot) throws Exception {
        String key = "kube-system/node-problem-detector";
        openOver(robot, OverlayManifests.write(manifests, "npd.yaml", OverlayManifests.NEW_DAEMONSET));

        @SuppressWarnings("unchecked")
        TableView<OverlayRow> objects = inPanel("overlayObjects", TableView.class);
        assertThat(objects.getItems()).containsExactly(new OverlayRow("DaemonSet/" + key, "Created (generation 1)"));
        NodeMapView map = map(robot);
        AppOnStage.waitUntil(() -> map.getTiles().stream().anyMatch(t -> t.ghost() == MapTile.Ghost.GAINS_POD));
        assertThat(daemonSet(key)).isEmpty();

        robot.interact(() -> menuItem("menuCommit").fire());
        AppOnStage.waitUntil(() -> daemonSet(key).isPresent());
        assertThat(daemonSet(key).orElseThrow().meta().generation()).isEqualTo(1L);
        assertThat(context.overlayModel().summaryProperty().get()).startsWith("Committed: no object replaced, 1 created");
    }
}
