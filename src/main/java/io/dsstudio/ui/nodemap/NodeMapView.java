package io.dsstudio.ui.nodemap;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Paint;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Every node as a tile, grouped, coloured and selectable; painted by {@link NodeMapSkin} on a Canvas. The view
 * owns the layout and the viewport: it fits the whole cluster to its size when opened, on {@link #fitToWindow()}
 * and on every resize while fitted, and rewraps the groups to its width. Colours are CSS-styleable
 * ({@code -ds-map-ok}, …) so the theme decides them.
 */
public final class NodeMapView extends Control {
    public static final String STYLE_CLASS = "node-map";

    private final io.dsstudio.ui.common.RowList<MapTile> tiles = new io.dsstudio.ui.common.RowList<>();
    private final ObservableList<String> selected = FXCollections.observableArrayList();
    private final ObservableList<String> marked = FXCollections.observableArrayList();
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final DoubleProperty panX = new SimpleDoubleProperty(this, "panX", 0);
    private final DoubleProperty panY = new SimpleDoubleProperty(this, "panY", 0);
    private final ReadOnlyBooleanWrapper fitted = new ReadOnlyBooleanWrapper(this, "fitted", true);
    private final ReadOnlyObjectWrapper<NodeMapLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout",
            NodeMapLayout.fitted(Map.of(), 0, 0));
    private final StringProperty focusedNode = new SimpleStringProperty(this, "focusedNode");
    private final ObjectProperty<Consumer<String>> onTileClicked = new SimpleObjectProperty<>(this, "onTileClicked", name -> { });
    private final ObjectProperty<Consumer<String>> onTileActivated = new SimpleObjectProperty<>(this, "onTileActivated", name -> { });
    private final ObjectProperty<Consumer<String>> onTileEntered = new SimpleObjectProperty<>(this, "onTileEntered", name -> { });
    private final ObjectProperty<BiConsumer<String, Point2D>> onTileContextMenu =
            new SimpleObjectProperty<>(this, "onTileContextMenu", (name, at) -> { });
    private final MapColors colors = new MapColors(this);
    private final TileGrouping grouping = new TileGrouping();
    private NodeMapLayout.Grouping laidOutGrouping;
    private double laidOutWidth = -1;
    private double laidOutHeight = -1;
    private boolean resizing;

    public NodeMapView() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        // the skin's canvas has the view's size, so the computed minimum was the current size: the map could only grow
        setMinSize(0, 0);
        tiles.addListener((ListChangeListener<MapTile>) c -> {
            if (TileGrouping.movesTiles(c)) {
                grouping.update(tiles);
                relayout(false);
            }
        });
        widthProperty().addListener(o -> relayoutUnlessResizing());
        heightProperty().addListener(o -> relayoutUnlessResizing());
    }

    /** A resize of both sides (a panel docked beside the views) lays the tiles out once, not once per side. */
    @Override
    public void resize(double width, double height) {
        resizing = true;
        try {
            super.resize(width, height);
        } finally {
            resizing = false;
        }
        relayout(false);
    }

    private void relayoutUnlessResizing() {
        if (!resizing) {
            relayout(false);
        }
    }

    /**
     * Recomputes the layout when the tiles' names or groups, or the view's size, changed (a colour change keeps
     * it, and the user's zoom). New nodes or groups are fitted afresh; a resize re-fits only a fitted view.
     */
    private void relayout(boolean force) {
        boolean newContent = grouping.current() != laidOutGrouping;
        boolean resized = getWidth() != laidOutWidth || getHeight() != laidOutHeight;
        if (!force && !newContent && !resized) {
            return;
        }
        laidOutGrouping = grouping.current();
        laidOutWidth = getWidth();
        laidOutHeight = getHeight();
        layout.set(NodeMapLayout.fitted(grouping.current(), getWidth(), getHeight()));
        if (newContent || fitted.get() || force) {
            fitted.set(true);
            applyFit();
        } else {
            double[] pan = viewport().keepSomeVisible(getZoom(), getPanX(), getPanY());
            setView(Math.max(minZoom(), Math.min(maxZoom(), getZoom())), pan[0], pan[1]);
        }
    }

    /** How many times the tiles were grouped: tests count that a resize groups nothing. */
    int groupings() {
        return grouping.made();
    }

    /**
     * Brings the tiles to {@code fresh}, replacing only those that changed, in one change of {@link #getTiles()}
     * (the layout is computed again only if a tile moved, came or went).
     */
    public void setTiles(List<MapTile> fresh) {
        io.dsstudio.ui.common.RowUpdates.replaceChanged(tiles, fresh, MapTile::name);
    }

    /**
     * Follows a change of the list these tiles copy (the view model's): tiles it replaced in place are set here too,
     * in one change, without comparing every tile again; any other change brings the tiles to the list as
     * {@link #setTiles} does.
     */
    public void follow(ListChangeListener.Change<? extends MapTile> change) {
        List<? extends MapTile> source = change.getList();
        boolean inPlace = source.size() == tiles.size();
        while (inPlace && change.next()) {
            inPlace = change.wasReplaced() && !change.wasPermutated() && change.getAddedSize() == change.getRemovedSize();
        }
        change.reset();
        if (!inPlace) {
            setTiles(List.copyOf(source));
            return;
        }
        tiles.batch(() -> {
            while (change.next()) {
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    tiles.set(i, source.get(i));
                }
            }
        });
        change.reset();
    }

    private MapViewport viewport() {
        NodeMapLayout current = layout.get();
        return new MapViewport(getWidth(), getHeight(), current.width(), current.height());
    }

    /** Device pixels per logical pixel of the window the view is in (1 outside a window). */
    double renderScale() {
        javafx.stage.Window window = getScene() == null ? null : getScene().getWindow();
        return window == null || window.getRenderScaleX() <= 0 ? 1 : window.getRenderScaleX();
    }

    /** The zoom a gesture by {@code factor} reaches: within the limits, on a whole-pixel pitch for small tiles. */
    private double zoomedBy(double factor) {
        double old = getZoom();
        double wanted = Math.max(minZoom(), Math.min(maxZoom(), old * factor));
        double now = TileGrid.stepped(old, wanted, renderScale());
        return now < minZoom() - 1e-9 || now > maxZoom() + 1e-9 ? old : now;
    }

    private void applyFit() {
        double z = TileGrid.fitted(layout.get().fitZoom(), renderScale());
        double[] pan = viewport().centred(z);
        setView(z, pan[0], pan[1]);
    }

    private void setView(double z, double x, double y) {
        zoom.set(z);
        panX.set(x);
        panY.set(y);
    }

    /** Shows the whole cluster, as large as the view allows (the {@code 0} key). */
    public void fitToWindow() {
        relayout(true);
    }

    public double minZoom() {
        return Math.max(0.02, layout.get().fitZoom() / 2);
    }

    public double maxZoom() {
        return Math.max(4, layout.get().fitZoom() * 2);
    }

    /** Zooms by {@code factor} around the view point (x, y) (the pointer), keeping that point fixed. */
    public void zoomAt(double factor, double x, double y) {
        double old = getZoom();
        double now = zoomedBy(factor);
        double[] pan = MapViewport.zoomedAround(old, now, getPanX(), getPanY(), x, y);
        pan = viewport().keepSomeVisible(now, pan[0], pan[1]);
        fitted.set(false);
        setView(now, pan[0], pan[1]);
    }

    /**
     * Zooms by {@code factor} around the view centre (the {@code +} and {@code -} keys), or around the content's
     * nearest point when the centre is off the content, then keeps the content in view.
     */
    public void zoomCentred(double factor) {
        double old = getZoom();
        double now = zoomedBy(factor);
        double[] anchor = viewport().anchorNearCentre(old, getPanX(), getPanY());
        double[] pan = MapViewport.zoomedAround(old, now, getPanX(), getPanY(), anchor[0], anchor[1]);
        pan = viewport().keepInView(now, pan[0], pan[1]);
        fitted.set(false);
        setView(now, pan[0], pan[1]);
    }

    /** Moves the content by (dx, dy) pixels (a drag, Shift+arrows), never losing it entirely. */
    public void panBy(double dx, double dy) {
        double[] pan = viewport().keepSomeVisible(getZoom(), getPanX() + dx, getPanY() + dy);
        fitted.set(false);
        panX.set(pan[0]);
        panY.set(pan[1]);
    }

    /** Where a node's tile is, in this view's coordinates, or null for a node not on the map. */
    public Bounds tileBounds(String node) {
        NodeMapLayout.Placed placed = layout.get().find(node);
        if (placed == null) {
            return null;
        }
        double z = getZoom();
        return new BoundingBox(getPanX() + placed.x() * z, getPanY() + placed.y() * z, NodeMapLayout.TILE * z, NodeMapLayout.TILE * z);
    }

    /** The node under a point of the view, or null. */
    public String nodeAt(double viewX, double viewY) {
        return layout.get().hitTest((viewX - getPanX()) / getZoom(), (viewY - getPanY()) / getZoom());
    }

    /** Pans as little as needed to show a node's tile whole. */
    public void ensureVisible(String node) {
        Bounds b = tileBounds(node);
        if (b == null) {
            return;
        }
        if (isFitted() && b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= getWidth() && b.getMaxY() <= getHeight()) {
            return; // the whole cluster is in view: moving it would only unfit it
        }
        double margin = Math.min(16, getWidth() / 4);
        double dx = b.getMinX() < margin ? margin - b.getMinX() : Math.min(0, getWidth() - margin - b.getMaxX());
        double dy = b.getMinY() < margin ? margin - b.getMinY() : Math.min(0, getHeight() - margin - b.getMaxY());
        if (dx != 0 || dy != 0) {
            panX.set(getPanX() + dx);
            panY.set(getPanY() + dy);
        }
    }

    /**
     * Moves the keyboard focus to the neighbouring tile; with no focus yet, starts at the first selected node
     * on the map, else at the first tile.
     */
    public void moveFocus(NodeMapLayout.Direction direction) {
        NodeMapLayout current = layout.get();
        String from = getFocusedNode();
        String next;
        if (from == null || current.find(from) == null) {
            next = selected.stream().filter(n -> current.find(n) != null).findFirst()
                    .orElse(current.tiles().isEmpty() ? null : current.tiles().get(0).name());
        } else {
            next = current.neighbour(from, direction);
        }
        if (next != null) {
            focusedNode.set(next);
            ensureVisible(next);
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new NodeMapSkin(this);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return MapColors.CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return MapColors.CSS_META_DATA;
    }

    public Paint color(MapColor color) {
        return colors.get(color).get();
    }

    public StyleableObjectProperty<Paint> colorProperty(MapColor color) {
        return colors.get(color);
    }

    public ObservableList<MapTile> getTiles() {
        return tiles;
    }

    public ObservableList<String> getSelected() {
        return selected;
    }

    /** Nodes drawn with the {@link MapColor#BLOCKER} outline and badge (those that will block the rollout shown). */
    public ObservableList<String> getMarked() {
        return marked;
    }

    public NodeMapLayout getLayout() {
        return layout.get();
    }

    public ReadOnlyObjectProperty<NodeMapLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public boolean isFitted() {
        return fitted.get();
    }

    public ReadOnlyBooleanProperty fittedProperty() {
        return fitted.getReadOnlyProperty();
    }

    public double getZoom() {
        return zoom.get();
    }

    public double getPanX() {
        return panX.get();
    }

    public double getPanY() {
        return panY.get();
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public DoubleProperty panXProperty() {
        return panX;
    }

    public DoubleProperty panYProperty() {
        return panY;
    }

    public String getFocusedNode() {
        return focusedNode.get();
    }

    /** The tile the arrow keys move from and Enter activates (drawn with a focus ring), or null. */
    public StringProperty focusedNodeProperty() {
        return focusedNode;
    }

    public void setOnTileClicked(Consumer<String> handler) {
        onTileClicked.set(handler);
    }

    public Consumer<String> getOnTileClicked() {
        return onTileClicked.get();
    }

    public ObjectProperty<Consumer<String>> onTileClickedProperty() {
        return onTileClicked;
    }

    /** Enter on the focused tile, or a double-click. */
    public ObjectProperty<Consumer<String>> onTileActivatedProperty() {
        return onTileActivated;
    }

    /** Enter on the focused tile (after {@link #onTileActivatedProperty()}): the app shows the node in the Nodes view. */
    public ObjectProperty<Consumer<String>> onTileEnteredProperty() {
        return onTileEntered;
    }

    /** A context-menu request on a tile (right-click, or the menu key on the focused tile), with its screen point. */
    public ObjectProperty<BiConsumer<String, Point2D>> onTileContextMenuProperty() {
        return onTileContextMenu;
    }
}
