package io.dsstudio.ui.nodemap;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import java.util.function.Function;

/**
 * Mouse and keys on the node map as view changes: drag and Shift+arrows pan, the wheel zooms around the pointer,
 * {@code +}/{@code -} around the centre, {@code 0} fits, arrows move the keyboard focus between tiles, Enter
 * activates the focused tile; hovering shows a tile's tooltip, a click on the minimap centres the view there.
 */
final class NodeMapInput {
    private static final double PAN_STEP = 60;
    private final NodeMapView view;
    private final Canvas canvas;
    private final Function<String, MapTile> tiles;
    private final Tooltip tooltip = new Tooltip();
    private double pressX;
    private double pressY;
    private boolean dragged;
    private boolean onMiniMap;
    private String hovered;

    /** Listens on the map's canvas (mouse) and the view (wheel, context menu, keys); {@code tiles} finds a tile by name. */
    NodeMapInput(NodeMapView view, Canvas canvas, Function<String, MapTile> tiles) {
        this.view = view;
        this.canvas = canvas;
        this.tiles = tiles;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        view.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::onContextMenu);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private String nodeAt(double viewX, double viewY) {
        return view.nodeAt(viewX, viewY);
    }

    private void onPressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        dragged = false;
        view.requestFocus();
        onMiniMap = e.getButton() == MouseButton.PRIMARY && MiniMap.centreOn(view, e.getX(), e.getY());
    }

    private void onDragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        if (onMiniMap) {
            MiniMap.centreOn(view, e.getX(), e.getY());
            return;
        }
        view.panBy(e.getX() - pressX, e.getY() - pressY);
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
            view.focusedNodeProperty().set(hit);
            view.getOnTileClicked().accept(hit);
            if (e.getClickCount() == 2) {
                view.onTileActivatedProperty().get().accept(hit);
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
            MapTile tile = tiles.apply(hit);
            tooltip.setText(tile == null ? hit : tile.tooltip());
        }
        tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            view.zoomAt(Math.pow(1.1, e.getDeltaY() / 40), e.getX(), e.getY());
        }
        e.consume();
    }

    private void onContextMenu(ContextMenuEvent e) {
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
