package io.dsstudio.ui.nodemap;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.TextAlignment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Paints {@link NodeMapView} on one Canvas: only the tiles in view, so 5,000 nodes stay smooth. */
public final class NodeMapSkin extends SkinBase<NodeMapView> {
    private static final double PAN_STEP = 40;
    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final InvalidationListener relayout = this::relayout;
    private final InvalidationListener repaint = o -> paint();
    private NodeMapLayout layout = NodeMapLayout.compute(Map.of(), 0);
    private Map<String, MapTile> byName = Map.of();
    private double pressX;
    private double pressY;
    private boolean dragged;
    private String hovered;

    public NodeMapSkin(NodeMapView view) {
        super(view);
        getChildren().add(canvas);
        view.getTiles().addListener(relayout);
        view.widthProperty().addListener(relayout);
        view.zoomProperty().addListener(relayout);
        view.heightProperty().addListener(repaint);
        view.panXProperty().addListener(repaint);
        view.panYProperty().addListener(repaint);
        view.getSelected().addListener(repaint);
        for (MapColor color : MapColor.values()) {
            view.colorProperty(color).addListener(repaint);
        }
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        relayout(null);
    }

    private void relayout(Observable ignored) {
        NodeMapView view = getSkinnable();
        Map<String, String> groups = new LinkedHashMap<>();
        Map<String, MapTile> names = new HashMap<>();
        for (MapTile tile : view.getTiles()) {
            groups.put(tile.name(), tile.group());
            names.put(tile.name(), tile);
        }
        byName = names;
        layout = NodeMapLayout.compute(groups, Math.max(NodeMapLayout.TILE * 4, view.getWidth() / view.getZoom()));
        paint();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            canvas.relocate(x, y);
            paint();
        }
    }

    /** Paints groups and visible tiles; returns how many tiles were drawn (benchmarks read it). */
    public int paint() {
        NodeMapView view = getSkinnable();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double zoom = view.getZoom();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(view.color(MapColor.BACKGROUND));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setTransform(zoom, 0, 0, zoom, view.getPanX(), view.getPanY());
        double top = -view.getPanY() / zoom;
        double bottom = top + canvas.getHeight() / zoom;
        g.setFill(view.color(MapColor.TEXT));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (NodeMapLayout.Group group : layout.groups()) {
            if (group.bottom() >= top && group.top() <= bottom) {
                g.setFill(view.color(MapColor.TEXT));
                g.fillText(group.name() + "  (" + group.members().size() + ")", NodeMapLayout.PADDING, group.top() + NodeMapLayout.HEADER / 2);
            }
        }
        Set<String> selected = new HashSet<>(view.getSelected());
        int drawn = 0;
        for (NodeMapLayout.Placed placed : layout.tiles()) {
            if (placed.y() + NodeMapLayout.TILE < top || placed.y() > bottom) {
                continue;
            }
            MapTile tile = byName.get(placed.name());
            drawTile(g, view, placed, tile, selected.contains(placed.name()));
            drawn++;
        }
        return drawn;
    }

    private static void drawTile(GraphicsContext g, NodeMapView view, NodeMapLayout.Placed at, MapTile tile, boolean selected) {
        double s = NodeMapLayout.TILE;
        g.setFill(view.color(tile == null ? MapColor.MUTED : tile.color()));
        g.fillRoundRect(at.x(), at.y(), s, s, 6, 6);
        if (tile != null && tile.ghost() != MapTile.Ghost.NONE) {
            g.setStroke(view.color(MapColor.GHOST));
            g.setLineWidth(2);
            g.setLineDashes(4, 3);
            g.strokeRoundRect(at.x() + 3, at.y() + 3, s - 6, s - 6, 4, 4);
            g.setLineDashes();
            double c = s / 2;
            g.strokeLine(at.x() + c - 5, at.y() + c, at.x() + c + 5, at.y() + c);
            if (tile.ghost() == MapTile.Ghost.GAINS_POD) {
                g.strokeLine(at.x() + c, at.y() + c - 5, at.x() + c, at.y() + c + 5);
            }
        }
        if (selected) {
            g.setStroke(view.color(MapColor.SELECTION));
            g.setLineWidth(3);
            g.strokeRoundRect(at.x() - 1.5, at.y() - 1.5, s + 3, s + 3, 8, 8);
        }
    }

    private double worldX(double viewX) {
        return (viewX - getSkinnable().getPanX()) / getSkinnable().getZoom();
    }

    private double worldY(double viewY) {
        return (viewY - getSkinnable().getPanY()) / getSkinnable().getZoom();
    }

    /** The node under a point of the view, or null. */
    public String nodeAt(double viewX, double viewY) {
        return layout.hitTest(worldX(viewX), worldY(viewY));
    }

    NodeMapLayout layout() {
        return layout;
    }

    private void onPressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        dragged = false;
        getSkinnable().requestFocus();
    }

    private void onDragged(MouseEvent e) {
        NodeMapView view = getSkinnable();
        view.panXProperty().set(view.getPanX() + e.getX() - pressX);
        view.panYProperty().set(view.getPanY() + e.getY() - pressY);
        dragged |= Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 2;
        pressX = e.getX();
        pressY = e.getY();
    }

    private void onReleased(MouseEvent e) {
        if (!dragged) {
            String hit = nodeAt(e.getX(), e.getY());
            if (hit != null) {
                getSkinnable().getOnTileClicked().accept(hit);
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
        getSkinnable().zoomAt(Math.pow(1.1, e.getDeltaY() / 40), e.getX(), e.getY());
        e.consume();
    }

    private void onKey(KeyEvent e) {
        NodeMapView view = getSkinnable();
        double cx = view.getWidth() / 2;
        double cy = view.getHeight() / 2;
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> view.zoomAt(1.25, cx, cy);
            case MINUS, SUBTRACT -> view.zoomAt(0.8, cx, cy);
            case LEFT -> view.panXProperty().set(view.getPanX() + PAN_STEP);
            case RIGHT -> view.panXProperty().set(view.getPanX() - PAN_STEP);
            case UP -> view.panYProperty().set(view.getPanY() + PAN_STEP);
            case DOWN -> view.panYProperty().set(view.getPanY() - PAN_STEP);
            case DIGIT0, NUMPAD0 -> view.resetView();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
