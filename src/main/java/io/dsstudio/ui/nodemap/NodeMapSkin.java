package io.dsstudio.ui.nodemap;

import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.collections.ListChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.image.ImageView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Paints {@link NodeMapView}: small tiles as pixels of one image ({@link PixelMapPainter}) under a Canvas that holds
 * the titles and the minimap, large tiles on the Canvas ({@link MapPainter}). A change of view, layout or theme
 * repaints everything; a focus move, a selection or a tile replaced in place repaints only the rectangles around
 * the tiles concerned. It turns mouse and keys into view changes:
 * drag and Shift+arrows pan, the wheel zooms around the pointer, {@code +}/{@code -} around the centre,
 * {@code 0} fits, arrows move the keyboard focus between tiles, Enter activates the focused tile.
 */
public final class NodeMapSkin extends SkinBase<NodeMapView> {
    private static final double PAN_STEP = 60;
    /** More changed tiles than this at once and the whole map is repainted (cheaper than that many rectangles). */
    static final int MOST_RECTANGLES = 256;
    private final Canvas canvas = new Canvas();
    private final ImageView pixelsView = new ImageView();
    private final Tooltip tooltip = new Tooltip();
    private final MapPainter painter = new MapPainter();
    private final PixelMapPainter pixelPainter = new PixelMapPainter();
    private Map<String, MapTile> byName = new HashMap<>();
    private boolean dirty = true;
    private final Set<String> dirtyNodes = new LinkedHashSet<>();
    private boolean paintedSmall;
    private BitSet selectedBits = new BitSet();
    private NodeMapLayout selectedLayout;
    private int lastTilesPainted;
    private int lastRectangles;
    private int paints;
    private double pressX;
    private double pressY;
    private boolean dragged;
    private boolean onMiniMap;
    private String hovered;

    public NodeMapSkin(NodeMapView view) {
        super(view);
        pixelsView.setSmooth(false);
        pixelsView.setMouseTransparent(true);
        pixelsView.setVisible(false);
        getChildren().addAll(pixelsView, canvas);
        InvalidationListener repaint = o -> scheduleRepaint();
        view.getTiles().addListener((ListChangeListener<MapTile>) c -> {
            if (NodeMapView.movesTiles(c)) {
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
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        view.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::onContextMenu);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        index();
    }

    private void index() {
        Map<String, MapTile> names = new HashMap<>();
        for (MapTile tile : getSkinnable().getTiles()) {
            names.put(tile.name(), tile);
        }
        byName = names;
    }

    /** Tiles replaced in place (same names and groups): only they change in the index and the painter's order. */
    private void reindex(javafx.collections.ListChangeListener.Change<? extends MapTile> change) {
        while (change.next()) {
            for (MapTile tile : change.getAddedSubList()) {
                byName.put(tile.name(), tile);
                painter.replaced(tile);
                repaintAround(tile.name());
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
        if (dirty || !dirtyNodes.isEmpty()) {
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
        MapTile[] ordered = painter.ordered(view.getLayout(), byName);
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

    private void onPressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        dragged = false;
        getSkinnable().requestFocus();
        onMiniMap = e.getButton() == MouseButton.PRIMARY && MiniMap.centreOn(getSkinnable(), e.getX(), e.getY());
    }

    private void onDragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        if (onMiniMap) {
            MiniMap.centreOn(getSkinnable(), e.getX(), e.getY());
            return;
        }
        getSkinnable().panBy(e.getX() - pressX, e.getY() - pressY);
        dragged |= Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 2;
        pressX = e.getX();
        pressY = e.getY();
    }

    private void onReleased(MouseEvent e) {
        if (dragged || onMiniMap || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        String hit = nodeAt(e.getX(), e.getY());
        if (hit != null) {
            getSkinnable().focusedNodeProperty().set(hit);
            getSkinnable().getOnTileClicked().accept(hit);
            if (e.getClickCount() == 2) {
                getSkinnable().onTileActivatedProperty().get().accept(hit);
            }
        }
    }

    private void onMoved(MouseEvent e) {
        String hit = nodeAt(e.getX(), e.getY());
        if (hit == null) {
            hovered = null;
            tooltip.hide();
            return;
        }
        if (!hit.equals(hovered)) {
            hovered = hit;
            MapTile tile = byName.get(hit);
            tooltip.setText(tile == null ? hit : tile.tooltip());
        }
        tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            getSkinnable().zoomAt(Math.pow(1.1, e.getDeltaY() / 40), e.getX(), e.getY());
        }
        e.consume();
    }

    private void onContextMenu(ContextMenuEvent e) {
        NodeMapView view = getSkinnable();
        String node = e.isKeyboardTrigger() ? view.getFocusedNode() : nodeAt(e.getX(), e.getY());
        if (node == null) {
            return;
        }
        Point2D at = new Point2D(e.getScreenX(), e.getScreenY());
        if (e.isKeyboardTrigger()) {
            Bounds tile = view.tileBounds(node);
            at = view.localToScreen(tile.getCenterX(), tile.getCenterY());
        } else {
            view.focusedNodeProperty().set(node);
        }
        tooltip.hide();
        view.onTileContextMenuProperty().get().accept(node, at);
        e.consume();
    }

    private void onKey(KeyEvent e) {
        NodeMapView view = getSkinnable();
        boolean shift = e.isShiftDown();
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> view.zoomCentred(1.25);
            case MINUS, SUBTRACT -> view.zoomCentred(0.8);
            case DIGIT0, NUMPAD0 -> view.fitToWindow();
            case LEFT -> move(view, shift, NodeMapLayout.Direction.LEFT, PAN_STEP, 0);
            case RIGHT -> move(view, shift, NodeMapLayout.Direction.RIGHT, -PAN_STEP, 0);
            case UP -> move(view, shift, NodeMapLayout.Direction.UP, 0, PAN_STEP);
            case DOWN -> move(view, shift, NodeMapLayout.Direction.DOWN, 0, -PAN_STEP);
            case ENTER -> {
                if (view.getFocusedNode() == null) {
                    return;
                }
                view.getOnTileClicked().accept(view.getFocusedNode());
                view.onTileActivatedProperty().get().accept(view.getFocusedNode());
                view.onTileEnteredProperty().get().accept(view.getFocusedNode());
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static void move(NodeMapView view, boolean pan, NodeMapLayout.Direction direction, double dx, double dy) {
        if (pan) {
            view.panBy(dx, dy);
        } else {
            view.moveFocus(direction);
        }
    }
}
