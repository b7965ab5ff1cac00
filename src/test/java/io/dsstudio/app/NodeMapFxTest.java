package io.dsstudio.app;

import io.dsstudio.ui.editor.DaemonSetTemplate;
import io.dsstudio.ui.editor.EditorViewModel;
import io.dsstudio.ui.nodemap.MapColor;
import io.dsstudio.ui.nodemap.MapTile;
import io.dsstudio.ui.nodemap.NodeMapLayout;
import io.dsstudio.ui.nodemap.NodeMapView;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** The node map in the real window at 1,280 × 800: fitted at any size, zoom, rewrap, keyboard, title and ghosts. */
class NodeMapFxTest extends AppWindowTest {
    private static final String ARM_C = "ip-10-0-3-150.ec2.internal";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        show(stage, Locale.ENGLISH);
        stage.setWidth(1280);
        stage.setHeight(800);
        context.mainModel().openDemo();
    }

    @Override
    void waitIdle() throws Exception {
        AppOnStage.waitUntil(this::idle);
    }

    private boolean idle() {
        return context.state().planProperty().get() != null && !context.state().tasks().runningProperty().get()
                && !context.state().commands().runningProperty().get();
    }

    /** Large snapshots take their time on a loaded 2-core machine: a longer wait than {@link AppOnStage#waitUntil}. */
    private static void waitLong(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows the map's tab (found by its id, whatever its position; the map is built when first shown) and returns the map. */
    private NodeMapView showMap(FxRobot robot) throws Exception {
        waitIdle();
        TabPane tabs = (TabPane) context.mainView().root().getCenter();
        Tab tab = tabs.getTabs().stream().filter(t -> "tabMap".equals(t.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        NodeMapView map = robot.lookup("#nodeMap").queryAs(NodeMapView.class);
        int nodes = context.state().snapshotProperty().get().nodes().size();
        waitLong(() -> map.getTiles().size() == nodes && map.getWidth() > 0 && map.getLayout().tiles().size() == nodes);
        return map;
    }

    private static void assertEveryTileInView(NodeMapView map) {
        for (NodeMapLayout.Placed placed : map.getLayout().tiles()) {
            Bounds tile = map.tileBounds(placed.name());
            assertThat(tile.getMinX()).as(placed.name()).isGreaterThanOrEqualTo(-0.01);
            assertThat(tile.getMinY()).as(placed.name()).isGreaterThanOrEqualTo(-0.01);
            assertThat(tile.getMaxX()).as(placed.name()).isLessThanOrEqualTo(map.getWidth() + 0.01);
            assertThat(tile.getMaxY()).as(placed.name()).isLessThanOrEqualTo(map.getHeight() + 0.01);
        }
    }

    /** How much of the map's width or height the tiles span, whichever is more (1 = edge to edge). */
    private static double filled(NodeMapView map) {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = 0;
        double bottom = 0;
        for (NodeMapLayout.Placed placed : map.getLayout().tiles()) {
            Bounds tile = map.tileBounds(placed.name());
            left = Math.min(left, tile.getMinX());
            top = Math.min(top, tile.getMinY());
            right = Math.max(right, tile.getMaxX());
            bottom = Math.max(bottom, tile.getMaxY());
        }
        return Math.max((right - left) / map.getWidth(), (bottom - top) / map.getHeight());
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#mapTitle").queryAs(Label.class).getText();
    }

    @Test
    void theDemoIsFittedToTheWindowAndTheTitleSaysWhatColoursIt(FxRobot robot) throws Exception {
        NodeMapView map = showMap(robot);
        assertThat(map.getWidth()).isGreaterThan(1000);
        assertEveryTileInView(map);
        assertThat(filled(map)).isGreaterThan(0.75);
        assertThat(title(robot)).contains("No DaemonSet chosen");
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.lookup("#mapDaemonSet").queryAs(ComboBox.class);
        robot.interact(() -> picker.setValue("logging/fluent-bit"));
        assertThat(context.state().selectedDaemonSetProperty().get()).isEqualTo("logging/fluent-bit");
        assertThat(title(robot)).isEqualTo("Placement of DaemonSet logging/fluent-bit");
        assertThat(robot.lookup("#mapLegend .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.matches("Runs \\d+")).anyMatch(t -> t.matches("Excluded \\d+"));
    }

    /**
     * A recolour (another DaemonSet, then node status) shows the model's tiles and legend: the map's tiles follow the
     * model's change, and the legend keeps its entries' nodes, with the new text and swatch.
     */
    @Test
    void aRecolourShowsTheModelsTilesAndLegendInTheLegendsNodes(FxRobot robot) throws Exception {
        NodeMapView map = showMap(robot);
        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.lookup("#mapDaemonSet").queryAs(ComboBox.class);
        robot.interact(() -> picker.setValue("logging/fluent-bit"));
        javafx.scene.layout.FlowPane legend = robot.lookup("#mapLegend").queryAs(javafx.scene.layout.FlowPane.class);
        javafx.scene.Node firstEntry = legend.getChildren().get(0);
        for (Runnable recolour : List.<Runnable>of(() -> picker.setValue("kube-system/kube-proxy"),
                () -> context.mapModel().colorModeProperty().set(io.dsstudio.ui.nodemap.ColorMode.STATUS),
                () -> picker.setValue("logging/fluent-bit"))) {
            robot.interact(recolour);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(map.getTiles()).containsExactlyElementsOf(context.mapModel().tiles());
            List<io.dsstudio.ui.nodemap.LegendEntry> entries = context.mapModel().legend();
            assertThat(legend.getChildren()).hasSameSizeAs(entries);
            for (int i = 0; i < entries.size(); i++) {
                javafx.scene.layout.HBox entry = (javafx.scene.layout.HBox) legend.getChildren().get(i);
                assertThat(((Label) entry.getChildren().get(1)).getText()).isEqualTo(entries.get(i).text());
                assertThat(entry.getChildren().get(0).getStyleClass()).containsExactly(io.dsstudio.ui.common.Styles.SWATCH,
                        entries.get(i).color().swatchStyleClass());
            }
        }
        assertThat(legend.getChildren().get(0)).as("the first entry's nodes are kept").isSameAs(firstEntry);
    }

    @Test
    void theWheelZoomsAroundThePointerAndZeroFitsAgain(FxRobot robot) throws Exception {
        NodeMapView map = showMap(robot);
        Bounds tile = map.tileBounds(ARM_C);
        Point2D pointer = new Point2D(tile.getMinX() + tile.getWidth() * 0.3, tile.getMinY() + tile.getHeight() * 0.7);
        double worldX = (pointer.getX() - map.getPanX()) / map.getZoom();
        double worldY = (pointer.getY() - map.getPanY()) / map.getZoom();
        double zoom = map.getZoom();
        Point2D screen = map.localToScreen(pointer);
        Point2D scene = map.localToScene(pointer);
        robot.interact(() -> javafx.event.Event.fireEvent(map, new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, false, false, false, false, false,
                0, 80, 0, 80, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertThat(map.getZoom()).isGreaterThan(zoom * 1.01);
        assertThat((pointer.getX() - map.getPanX()) / map.getZoom()).isCloseTo(worldX, offset(0.01));
        assertThat((pointer.getY() - map.getPanY()) / map.getZoom()).isCloseTo(worldY, offset(0.01));
        assertThat(map.nodeAt(pointer.getX(), pointer.getY())).isEqualTo(ARM_C);
        assertThat(map.isFitted()).isFalse();
        robot.interact(map::requestFocus);
        robot.type(KeyCode.DIGIT0);
        assertThat(map.isFitted()).isTrue();
        assertThat(map.getZoom()).isCloseTo(zoom, offset(1e-9));
        assertEveryTileInView(map);
    }

    /** Defect: + zoomed around the canvas centre, so the content left the view. */
    @Test
    void plusAndMinusKeepTheContentInView(FxRobot robot) throws Exception {
        NodeMapView map = showMap(robot);
        robot.clickOn(map.localToScreen(map.tileBounds(ARM_C).getCenterX(), map.tileBounds(ARM_C).getCenterY()));
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.ADD);
            Bounds all = contentBounds(map);
            assertThat(all.getMinX()).isLessThanOrEqualTo(Math.max(0, map.getWidth() - all.getWidth()) + 0.01);
            assertThat(all.getMaxX()).isGreaterThanOrEqualTo(Math.min(map.getWidth(), all.getWidth()) - 0.01);
            assertThat(all.getMinY()).isLessThanOrEqualTo(Math.max(0, map.getHeight() - all.getHeight()) + 0.01);
            assertThat(all.getMaxY()).isGreaterThanOrEqualTo(Math.min(map.getHeight(), all.getHeight()) - 0.01);
        }
        for (int i = 0; i < 8; i++) {
            robot.type(KeyCode.SUBTRACT);
        }
        // zoomed out below the fit: the whole cluster lies inside the view
        Bounds all = contentBounds(map);
        assertThat(all.getMinX()).isGreaterThanOrEqualTo(-0.01);
        assertThat(all.getMinY()).isGreaterThanOrEqualTo(-0.01);
        assertThat(all.getMaxX()).isLessThanOrEqualTo(map.getWidth() + 0.01);
        assertThat(all.getMaxY()).isLessThanOrEqualTo(map.getHeight() + 0.01);
    }

    private static Bounds contentBounds(NodeMapView map) {
        double z = map.getZoom();
        return new javafx.geometry.BoundingBox(map.getPanX(), map.getPanY(), map.getLayout().width() * z, map.getLayout().height() * z);
    }

    @Test
    void arrowKeysMoveBetweenTilesShiftArrowsPanAndEnterSelects(FxRobot robot) throws Exception {
        NodeMapView map = showMap(robot);
        robot.clickOn(map.localToScreen(map.tileBounds(ARM_C).getCenterX(), map.tileBounds(ARM_C).getCenterY()));
        assertThat(context.state().selectedNodes()).containsExactly(ARM_C);
        assertThat(map.getFocusedNode()).isEqualTo(ARM_C);
        NodeMapLayout layout = map.getLayout();
        String right = layout.neighbour(ARM_C, NodeMapLayout.Direction.RIGHT);
        robot.type(KeyCode.RIGHT);
        assertThat(map.getFocusedNode()).isEqualTo(right).isNotEqualTo(ARM_C);
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.UP);
        assertThat(map.getFocusedNode()).isEqualTo(layout.neighbour(ARM_C, NodeMapLayout.Direction.UP));
        String focused = map.getFocusedNode();
        double panX = map.getPanX();
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertThat(map.getFocusedNode()).isEqualTo(focused);
        assertThat(map.getPanX()).isNotEqualTo(panX);
        robot.type(KeyCode.ENTER);
        assertThat(context.state().selectedNodes()).containsExactly(focused);
    }

    /** Defect: preview ghosts stayed on the map after their editor tab closed. */
    @Test
    void previewGhostsLeaveWithTheirEditorTab(FxRobot robot) throws Exception {
        NodeMapView map = showMap(robot);
        robot.interact(() -> context.state().selectedDaemonSetProperty().set("kube-system/kube-proxy"));
        List<EditorViewModel> opened = new ArrayList<>();
        robot.interact(() -> opened.add(context.editorTabs().openSelected().orElseThrow()));
        EditorViewModel editor = opened.get(0);
        robot.interact(() -> editor.textProperty().set(editor.textProperty().get()
                .replace("kubernetes.io/os: linux", "kubernetes.io/os: linux\n        topology.kubernetes.io/zone: us-east-1a")));
        robot.interact(editor::preview);
        AppOnStage.waitUntil(() -> map.getTiles().stream().anyMatch(t -> t.ghost() == MapTile.Ghost.LOSES_POD));
        robot.clickOn(robot.lookup("#editorTab .tab-close-button").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        // the buffer was modified: the close is confirmed in a dialog
        robot.lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton())
                .tryQuery().ifPresent(ok -> robot.clickOn(ok));
        AppOnStage.waitUntil(() -> context.editorTabs().models().isEmpty());
        assertThat(context.state().editorImpactProperty().get()).isNull();
        assertThat(map.getTiles()).allMatch(t -> t.ghost() == MapTile.Ghost.NONE);
    }

    /** Defect: a new DaemonSet's preview never reached the map. */
    @Test
    void aNewDaemonSetsPreviewReachesTheMap(FxRobot robot) throws Exception {
        NodeMapView map = showMap(robot);
        List<EditorViewModel> opened = new ArrayList<>();
        robot.interact(() -> opened.add(context.editorTabs().openNew(DaemonSetTemplate.LINUX_ONLY)));
        robot.interact(opened.get(0)::preview);
        AppOnStage.waitUntil(() -> opened.get(0).previewProperty().get() != null);
        String key = opened.get(0).previewProperty().get().key();
        AppOnStage.waitUntil(() -> key.equals(context.mapModel().daemonSetProperty().get()));
        assertThat(title(robot)).contains("new DaemonSet " + key);
        assertThat(map.getTiles()).anyMatch(t -> t.ghost() == MapTile.Ghost.GAINS_POD && t.color() == MapColor.ACCENT);
    }

    @Test
    void aTilesContextMenuAsksTheWhyPanel(FxRobot robot) throws Exception {
        NodeMapView map = showMap(robot);
        List<String> asked = new ArrayList<>();
        robot.interact(() -> {
            context.state().selectedDaemonSetProperty().set("logging/fluent-bit");
            context.mapModel().openWhyProperty().set((node, ds) -> asked.add(node + " " + ds));
        });
        Point2D centre = new Point2D(map.tileBounds(ARM_C).getCenterX(), map.tileBounds(ARM_C).getCenterY());
        Point2D scene = map.localToScene(centre);
        Point2D screen = map.localToScreen(centre);
        robot.interact(() -> javafx.event.Event.fireEvent(map, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, null)));
        javafx.scene.control.ContextMenu menu = robot.listWindows().stream().filter(w -> w instanceof javafx.scene.control.ContextMenu)
                .map(w -> (javafx.scene.control.ContextMenu) w).filter(javafx.stage.Window::isShowing).findFirst().orElseThrow();
        javafx.scene.control.MenuItem why = menu.getItems().stream().filter(i -> "mapMenuWhy".equals(i.getId())).findFirst().orElseThrow();
        assertThat(why.getText()).isEqualTo("Why? logging/fluent-bit on this node");
        assertThat(why.isDisable()).isFalse();
        robot.interact(() -> {
            why.fire();
            menu.hide();
        });
        assertThat(asked).containsExactly(ARM_C + " logging/fluent-bit");
    }
}
