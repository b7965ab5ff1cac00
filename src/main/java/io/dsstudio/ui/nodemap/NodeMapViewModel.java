package io.dsstudio.ui.nodemap;

import io.dsstudio.domain.ClusterNode;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.reconcile.Plan;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.NodeFacts;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.DaemonSetImpact;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The node map: tiles grouped by a label, coloured by one DaemonSet's placement, a label or node status, and a
 * title and legend that say which, with counts. The shown DaemonSet follows the selection of the other views,
 * the map's own picker, and the editor's preview of a DaemonSet the snapshot does not hold yet.
 */
public final class NodeMapViewModel {
    private final StudioState state;
    private final java.util.function.Consumer<Runnable> endOfTurn;
    private final Messages messages;
    private final MapLegend legendText;
    private final TileColouring colouring;
    private final TileTooltips tooltips;
    private final io.dsstudio.ui.common.RowList<MapTile> tiles = new io.dsstudio.ui.common.RowList<>();
    private final ObservableList<LegendEntry> legend = FXCollections.observableArrayList();
    private final ObservableList<String> labelKeys = FXCollections.observableArrayList();
    private final ObservableList<String> daemonSets = FXCollections.observableArrayList();
    private final ObservableList<String> blockers = FXCollections.observableArrayList();
    private final StringProperty groupBy = new SimpleStringProperty(NodeFacts.ZONE_LABEL);
    private final StringProperty colorLabel = new SimpleStringProperty("pool");
    private final ObjectProperty<ColorMode> colorMode = new SimpleObjectProperty<>(ColorMode.DAEMONSET);
    private final StringProperty daemonSet = new SimpleStringProperty();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ObjectProperty<BiConsumer<String, String>> openWhy = new SimpleObjectProperty<>();
    private final ObjectProperty<Consumer<String>> onNodeActivated = new SimpleObjectProperty<>(node -> { });
    private final ObjectProperty<Consumer<String>> onNodeEntered = new SimpleObjectProperty<>(node -> { });
    /** The key of the new DaemonSet the editor previews, while it previews one. */
    private String previewedNew;
    private final io.dsstudio.ui.common.WhileShown tileUpdates = new io.dsstudio.ui.common.WhileShown(this::rebuildTiles);
    /** The nodes and DaemonSet whose placement the tiles show (null when they show something else). */
    private List<ClusterNode> placedNodes;
    private String placedDaemonSet;
    /** The snapshot {@link #labelKeys} were listed from. */
    private Snapshot keyedSnapshot;
    /** What the tiles were last coloured from; while it holds, a new preview replaces only the tiles whose ghost changed. */
    private TileColouring.Inputs colouredFrom;
    /** The tiles of {@link #colouredFrom} without ghosts, in node order, and the position of each node. */
    private List<MapTile> plainTiles = List.of();
    private Map<String, Integer> positions = Map.of();
    private Map<String, MapTile.Ghost> shownGhosts = Map.of();
    /** The legend of {@link #colouredFrom}, before the ghost and blocker entries. */
    private List<LegendEntry> plainLegend = List.of();
    private String plainTitle = "";
    private boolean colouredByDaemonSet;
    private int fullColourings;

    /** Colours the tiles once at the end of the FX event loop's turn; off the FX thread (tests), at once. */
    public NodeMapViewModel(StudioState state, Messages messages) {
        this(state, messages, work -> {
            if (javafx.application.Platform.isFxApplicationThread()) {
                javafx.application.Platform.runLater(work);
            } else {
                work.run();
            }
        });
    }

    /** @param endOfTurn runs the catch-up of the tiles after the changes of one turn (reading them catches up before) */
    NodeMapViewModel(StudioState state, Messages messages, java.util.function.Consumer<Runnable> endOfTurn) {
        this.endOfTurn = endOfTurn;
        this.state = state;
        this.messages = messages;
        this.legendText = new MapLegend(messages);
        this.colouring = new TileColouring(messages, legendText);
        this.tooltips = new TileTooltips(messages);
        daemonSet.set(state.selectedDaemonSetProperty().get());
        state.selectedDaemonSetProperty().addListener((obs, old, now) -> daemonSet.set(now));
        state.editorImpactProperty().addListener((obs, old, now) -> followEditor(now));
        daemonSet.addListener((obs, old, now) -> {
            if (now != null && !now.equals(previewedNew) && inPlan(now)) {
                state.selectedDaemonSetProperty().set(now);
            }
        });
        for (Observable o : List.of(state.snapshotProperty(), state.planProperty(), state.previewProperty(), daemonSet,
                groupBy, colorLabel, colorMode, state.editorImpactProperty(), blockers)) {
            o.addListener(x -> rebuild());
        }
        rebuild();
    }

    /** A preview of a DaemonSet the plan does not have reaches the map as that DaemonSet's would-be placement. */
    private void followEditor(DaemonSetImpact impact) {
        if (impact != null && !inPlan(impact.key())) {
            previewedNew = impact.key();
            daemonSet.set(impact.key());
        } else if (previewedNew != null && (impact == null || !impact.key().equals(previewedNew))) {
            boolean shown = previewedNew.equals(daemonSet.get());
            previewedNew = null;
            if (shown) {
                daemonSet.set(state.selectedDaemonSetProperty().get());
            }
        }
    }

    private boolean inPlan(String key) {
        Plan plan = state.planProperty().get();
        return plan != null && MapTiles.hasDaemonSet(plan.daemonSets(), key);
    }

    private void rebuild() {
        Snapshot snapshot = state.snapshotProperty().get();
        Plan plan = state.planProperty().get();
        String ds = daemonSet.get();
        if (keepsPlacementUntilPlanned(snapshot, plan, ds)) {
            // a controller sync changed the pods: the placement stays until its new plan is ready (no flash of
            // node status between the syncs of a watched rollout)
            return;
        }
        if (snapshot != keyedSnapshot) {
            keyedSnapshot = snapshot;
            List<String> keys = List.copyOf(snapshot.nodes().stream().flatMap(n -> n.labels().keySet().stream())
                    .collect(Collectors.toCollection(TreeSet::new)));
            if (!keys.equals(labelKeys)) {
                labelKeys.setAll(keys);
            }
        }
        updateDaemonSets(plan);
        // once per turn of the event loop (a commit sets the snapshot, then its plan), or when the tiles are read
        tileUpdates.requestLater(endOfTurn);
    }

    private boolean keepsPlacementUntilPlanned(Snapshot snapshot, Plan plan, String ds) {
        return plan == null && snapshot.nodes() == placedNodes && ds != null && ds.equals(placedDaemonSet)
                && colorMode.get() == ColorMode.DAEMONSET;
    }

    /** Tiles, legend and title: the costly part (a placement per node), done only while the map is shown. */
    private void rebuildTiles() {
        Snapshot snapshot = state.snapshotProperty().get();
        Plan plan = state.planProperty().get();
        String ds = daemonSet.get();
        if (keepsPlacementUntilPlanned(snapshot, plan, ds)) {
            return;
        }
        DaemonSetImpact editor = state.editorImpactProperty().get();
        TileColouring.Inputs inputs = new TileColouring.Inputs(snapshot, plan, ds, colorMode.get(), groupBy.get(), colorLabel.get(), editor);
        Map<String, MapTile.Ghost> ghosts = MapTiles.ghosts(state.previewProperty().get(), ds);
        MapTiles.addEditorGhosts(ghosts, editor, ds);
        if (inputs.sameAs(colouredFrom)) {
            replaceGhosts(ghosts);
        } else {
            fullColourings++;
            boolean newPreview = ds != null && ds.equals(previewedNew) && editor != null && editor.key().equals(ds);
            TileColouring.Colouring c = colouring.colour(inputs, newPreview, inPlan(ds), state.podIndex(), tooltips);
            plainTiles = c.tiles();
            positions = c.positions();
            placedNodes = c.byDaemonSet() && !newPreview ? snapshot.nodes() : null;
            placedDaemonSet = ds;
            colouredByDaemonSet = c.byDaemonSet();
            plainLegend = c.legend();
            plainTitle = c.title();
            colouredFrom = inputs;
            List<MapTile> shown = ghosts.isEmpty() ? plainTiles : new ArrayList<>(plainTiles);
            ghosts.forEach((node, ghost) -> {
                Integer at = positions.get(node);
                if (at != null) {
                    shown.set(at, shown.get(at).withGhost(ghost));
                }
            });
            io.dsstudio.ui.common.RowUpdates.replaceChanged(tiles, shown, MapTile::name);
        }
        shownGhosts = ghosts;
        List<LegendEntry> entries = new ArrayList<>(plainLegend);
        if (!ghosts.isEmpty()) {
            entries.add(legendText.ghosts());
        }
        if (colouredByDaemonSet && !blockers.isEmpty()) {
            entries.add(legendText.blockers(blockers.size()));
        }
        if (!entries.equals(legend)) {
            legend.setAll(entries);
        }
        title.set(plainTitle);
    }

    /** The tiles whose ghost differs from the one shown get the new one, in one change of {@link #tiles()}. */
    private void replaceGhosts(Map<String, MapTile.Ghost> ghosts) {
        java.util.Set<String> touched = new java.util.HashSet<>(shownGhosts.keySet());
        touched.addAll(ghosts.keySet());
        tiles.batch(() -> {
            for (String node : touched) {
                Integer at = positions.get(node);
                MapTile.Ghost ghost = ghosts.getOrDefault(node, MapTile.Ghost.NONE);
                if (at != null && tiles.get(at).ghost() != ghost) {
                    tiles.set(at, tiles.get(at).withGhost(ghost));
                }
            }
        });
    }

    /** How many tooltips were made (for the tile under the pointer only): tests count the work. */
    int tooltipsMade() {
        return tooltips.made();
    }

    /** How many times a DaemonSet's placement was classified node by node: tests count the work. */
    int placementsClassified() {
        return colouring.classified();
    }

    /** How many tiles were made since the nodes or the grouping changed (a recolour reuses them): tests count the work. */
    int tilesMade() {
        return colouring.tilesMade();
    }

    /** How many times every tile was coloured afresh (a new preview alone does not): tests count the work. */
    int fullColourings() {
        return fullColourings;
    }

    private void updateDaemonSets(Plan plan) {
        List<String> keys = new ArrayList<>();
        if (plan != null) {
            plan.daemonSets().forEach(p -> keys.add(p.key()));
        }
        keys.sort(null);
        if (previewedNew != null && !keys.contains(previewedNew)) {
            keys.add(previewedNew);
        }
        if (!keys.equals(daemonSets)) {
            daemonSets.setAll(keys);
        }
    }

    /** A click (or Enter) on a tile: the node becomes the selection of every view. */
    public void onTileClicked(String node) {
        state.selectNodes(List.of(node));
    }

    /** Enter or a double-click on a tile: selects the node and tells {@link #onNodeActivatedProperty()}. */
    public void activate(String node) {
        onTileClicked(node);
        onNodeActivated.get().accept(node);
    }

    /** Whether "why" can be asked for a tile now: a hook is installed and the map shows a DaemonSet of the plan. */
    public boolean canOpenWhy() {
        String ds = daemonSet.get();
        return openWhy.get() != null && ds != null && !ds.equals(previewedNew) && inPlan(ds);
    }

    /** Asks the installed "why" panel about (node, shown DaemonSet). */
    public void openWhy(String node) {
        if (canOpenWhy()) {
            openWhy.get().accept(node, daemonSet.get());
        }
    }

    /**
     * The hook of the "why" panel: called with (node name, DaemonSet key as namespace/name) from a tile's
     * context menu. Null (the default) leaves the menu item disabled.
     */
    public ObjectProperty<BiConsumer<String, String>> openWhyProperty() {
        return openWhy;
    }

    /** Called with a node when a tile is activated (Enter, double-click), after it was selected everywhere. */
    public ObjectProperty<Consumer<String>> onNodeActivatedProperty() {
        return onNodeActivated;
    }

    /**
     * The nodes that will block the shown DaemonSet's rollout (the rollout dock's forecast sets them): marked on the
     * map and counted in the legend.
     */
    public ObservableList<String> blockers() {
        return blockers;
    }

    /** Called with a node when Enter is pressed on its tile, after it was selected (the app then shows it in the Nodes view). */
    public ObjectProperty<Consumer<String>> onNodeEnteredProperty() {
        return onNodeEntered;
    }

    public ObservableList<MapTile> tiles() {
        tileUpdates.catchUp();
        return tiles;
    }

    public ObservableList<LegendEntry> legend() {
        tileUpdates.catchUp();
        return legend;
    }

    /** True while the map is on screen (the default); while false the tiles wait until it is, or until read. */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return tileUpdates.shownProperty();
    }

    public ObservableList<String> labelKeys() {
        return labelKeys;
    }

    /** The picker's choices: every DaemonSet of the plan, and a new one the editor previews. */
    public ObservableList<String> daemonSets() {
        return daemonSets;
    }

    /** The DaemonSet whose placement colours the map (namespace/name), or null. */
    public StringProperty daemonSetProperty() {
        return daemonSet;
    }

    /** What the tiles show, in words: "Placement of logging/fluent-bit", or why no DaemonSet colours them. */
    public ReadOnlyStringProperty titleProperty() {
        tileUpdates.catchUp();
        return title.getReadOnlyProperty();
    }

    public boolean isNewDaemonSet(String key) {
        return key != null && key.equals(previewedNew);
    }

    public ObservableList<String> selectedNodes() {
        return state.selectedNodes();
    }

    public StringProperty groupByProperty() {
        return groupBy;
    }

    public StringProperty colorLabelProperty() {
        return colorLabel;
    }

    public ObjectProperty<ColorMode> colorModeProperty() {
        return colorMode;
    }

}
