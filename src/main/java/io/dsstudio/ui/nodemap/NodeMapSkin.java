package io.dsstudio.ui.nodemap;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.image.ImageView;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Paints {@link NodeMapView}: small tiles as pixels of one image ({@link PixelMapPainter}) under a Canvas that holds
 * the titles and the minimap, large tiles on the Canvas ({@link MapPainter}). A change of view, layout or theme
 * repaints everything; a focus move, a selection or a tile replaced in place repaints only the rectangles around
 * the tiles concerned. Mouse and keys are {@link NodeMapInput}'s.
 */
public final class NodeMapSkin extends SkinBase<NodeMapView> {
    /** More changed tiles than this at once and the whole map is repainted (cheaper than that many rectangles). */
    static final int MOST_RECTANGLES = 256;
    private final Canvas canvas = new Canvas();
    private final ImageView pixelsView = new ImageView();
    private final MapPainter painter = new MapPainter();
    private final PixelMapPainter pixelPainter = new PixelMapPainter();
    private final TileOrder order = new TileOrder();
    private boolean dirty = true;
    /** Every tile is painted again at the next pulse, but not what does not show their colours (titles, minimap). */
    private boolean retile;
    private int overlays;
    private final Set<String> dirtyNodes = new LinkedHashSet<>();
    private boolean paintedSmall;
    private BitSet selectedBits = new BitSet();
    private NodeMapLayout selectedLayout;
    private int lastTilesPainted;
    private int lastRectangles;
    private int paints;

    public NodeMapSkin(NodeMapView view) {
        super(view);
        pixelsView.setSmooth(false);
        pixelsView.setMouseTransparent(true);
        pixelsView.setVisible(false);
        getChildren().addAll(pixelsView, canvas);
        InvalidationListener repaint = o -> scheduleRepaint();
        view.getTiles().addListener((ListChangeListener<MapTile>) c -> {
            if (TileGrouping.movesTiles(c)) {
                index();
                scheduleRepaint();
            } else {
                reindex(c);
            }
        });
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {view.layoutProperty(), view.zoomProperty(),
                view.panXProperty(), view.panYProperty()}) {
            o.addListener(repaint);
        }
        view.focusedNodeProperty().addListener((o, old, now) -> repaintAround(old, now));
        view.focusedProperty().addListener(o -> repaintAround(view.getFocusedNode()));
        view.getSelected().addListener((ListChangeListener<String>) c -> {
            selectedLayout = null;
            repaintChanged(c);
        });
        view.getMarked().addListener(this::repaintChanged);
        for (MapColor color : MapColor.values()) {
            view.colorProperty(color).addListener(repaint);
        }
        new NodeMapInput(view, canvas, name -> order.tileOf(view.getLayout(), view.getTiles(), name));
        index();
    }

    /** Tiles moved, came or went: their order is made again for the next paint. */
    private void index() {
        order.moved();
    }

    /** Tiles replaced in place (same names and groups): only they change in the painter's order. */
    private void reindex(javafx.collections.ListChangeListener.Change<? extends MapTile> change) {
        int replaced = 0;
        while (change.next()) {
            replaced += change.getAddedSize();
        }
        change.reset();
        if (replaced > MOST_RECTANGLES) {
            // a recolour: every tile is painted, no rectangle per tile to remember (the titles and minimap stay)
            retile = true;
            getSkinnable().requestLayout();
        }
        java.util.List<MapTile> tiles = getSkinnable().getTiles();
        while (change.next()) {
            for (int i = change.getFrom(); i < change.getTo(); i++) {
                MapTile tile = tiles.get(i);
                order.replaced(i, tile);
                if (!dirty && !retile) {
                    repaintAround(tile.name());
                }
            }
        }
        change.reset();
    }

    /** One paint per pulse, however many properties changed. */
    private void scheduleRepaint() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    /** These nodes' tiles (and what is drawn around them) are painted again at the next pulse, nothing else. */
    private void repaintAround(String... nodes) {
        if (dirty) {
            getSkinnable().requestLayout(); // everything is painted anyway: no need to remember 8,000 names
            return;
        }
        for (String node : nodes) {
            if (node != null) {
                dirtyNodes.add(node);
            }
        }
        if (dirtyNodes.size() > MOST_RECTANGLES) {
            dirty = true;
        }
        getSkinnable().requestLayout();
    }

    private void repaintChanged(ListChangeListener.Change<? extends String> change) {
        while (change.next() && !dirty) {
            repaintAround(change.getRemoved().toArray(String[]::new));
            repaintAround(change.getAddedSubList().toArray(String[]::new));
        }
        if (dirty) {
            getSkinnable().requestLayout();
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        canvas.relocate(x, y);
        pixelsView.relocate(x, y);
        if (dirty || retile || !dirtyNodes.isEmpty()) {
            paintChanges();
        }
    }

    /** The map fits any size: its canvas and image follow the view, they do not hold it at the size they last had. */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 0;
    }

    /** Paints the whole map now; returns how many tiles were drawn (benchmarks read it). */
    public int paint() {
        dirty = true;
        return paintChanges();
    }

    /** Paints what changed since the last paint: everything, or the rectangles around the changed tiles. */
    private int paintChanges() {
        NodeMapView view = getSkinnable();
        MapTile[] ordered = order.ordered(view.getLayout(), view.getTiles());
        BitSet selected = selectedBits(view.getLayout());
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        boolean small = TileGrid.small(view.getZoom());
        if (small) {
            double scale = view.renderScale();
            if (pixelPainter.begin(view, ordered, selected, w, h, scale)) {
                pixelsView.setImage(pixelPainter.pixels().image());
                dirty = true;
            }
            pixelsView.setFitWidth(pixelPainter.pixels().width() / scale);
            pixelsView.setFitHeight(pixelPainter.pixels().height() / scale);
            pixelsView.setVisible(true);
            if (dirty || !paintedSmall) {
                lastTilesPainted = pixelPainter.paintAll();
                painter.paintOverlay(canvas.getGraphicsContext2D(), view, w, h);
                overlays++;
            } else if (retile) {
                lastTilesPainted = pixelPainter.paintAll();
            } else {
                lastTilesPainted = pixelPainter.paintAround(dirtyNodes);
            }
            lastRectangles = pixelPainter.rectangles();
        } else {
            pixelsView.setVisible(false);
            lastTilesPainted = painter.paint(canvas.getGraphicsContext2D(), view, ordered, selected, w, h);
            lastRectangles = 1;
        }
        paints++;
        paintedSmall = small;
        dirty = false;
        retile = false;
        dirtyNodes.clear();
        return lastTilesPainted;
    }

    /** The selected nodes as layout positions, worked out again only when the selection or the layout changed. */
    private BitSet selectedBits(NodeMapLayout layout) {
        if (layout != selectedLayout) {
            BitSet bits = new BitSet(layout.tiles().size());
            for (String name : getSkinnable().getSelected()) {
                int index = layout.indexOf(name);
                if (index >= 0) {
                    bits.set(index);
                }
            }
            selectedBits = bits;
            selectedLayout = layout;
        }
        return selectedBits;
    }

    /** Tiles painted by the last paint (tests and benchmarks count work with it). */
    public int lastTilesPainted() {
        return lastTilesPainted;
    }

    /** Rectangles repainted by the last paint: one for a full repaint, one per changed tile otherwise. */
    public int lastRectangles() {
        return lastRectangles;
    }

    /** How many times the titles and minimap over the small tiles' pixels were painted (tests count the work). */
    int overlays() {
        return overlays;
    }

    /** How many times the tiles were put in layout order (tests count that a recolour does not). */
    int orderings() {
        return order.made();
    }

    /** How many times the map was painted (a full repaint or some rectangles). */
    public int paints() {
        return paints;
    }

    /** The pixels of the small-tile map (tests look at them). */
    TilePixels pixels() {
        return pixelPainter.pixels();
    }

    /** The node under a point of the view, or null. */
    public String nodeAt(double viewX, double viewY) {
        return getSkinnable().nodeAt(viewX, viewY);
    }
}
