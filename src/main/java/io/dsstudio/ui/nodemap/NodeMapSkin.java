package io.dsstudio.ui.nodemap;

import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import java.util.HashMap;
import java.util.Map;

/**
 * Paints {@link NodeMapView} on one Canvas (see {@link MapPainter}) and turns mouse and keys into view changes:
 * drag and Shift+arrows pan, the wheel zooms around the pointer, {@code +}/{@code -} around the centre,
 * {@code 0} fits, arrows move the keyboard focus between tiles, Enter activates the focused tile.
 */
public final class NodeMapSkin extends SkinBase<NodeMapView> {
    private static final double PAN_STEP = 60;
    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final MapPainter painter = new MapPainter();
    private Map<String, MapTile> byName = new HashMap<>();
    private boolean dirty = true;
    private double pressX;
    private double pressY;
    private boolean dragged;
    private boolean onMiniMap;
    private String hovered;

    public NodeMapSkin(NodeMapView view) {
        super(view);
        getChildren().add(canvas);
        InvalidationListener repaint = o -> scheduleRepaint();
        view.getTiles().addListener((javafx.collections.ListChangeListener<MapTile>) c -> {
            if (NodeMapView.movesTiles(c)) {
                index();
            } else {
                reindex(c);
            }
            scheduleRepaint();
        });
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {view.layoutProperty(), view.zoomProperty(),
                view.panXProperty(), view.panYProperty(), view.getSelected(), view.getMarked(), view.focusedNodeProperty(), view.focusedProperty()}) {
            o.addListener(repaint);
        }
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
            }
        }
        change.reset();
    }

    /** One paint per pulse, however many properties changed. */
    private void scheduleRepaint() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            canvas.relocate(x, y);
            dirty = true;
        }
        if (dirty) {
            paint();
        }
    }

    /** Paints the map now; returns how many tiles were drawn (benchmarks read it). */
    public int paint() {
        dirty = false;
        return painter.paint(canvas.getGraphicsContext2D(), getSkinnable(), byName, canvas.getWidth(), canvas.getHeight());
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
