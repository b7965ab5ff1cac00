package io.dsstudio.ui.nodemap;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * Paints small tiles into {@link TilePixels}: every tile in view on a full repaint, or only rectangles around the
 * tiles that changed (a focus move repaints two tiles' rectangles). A rectangle is repainted whole: background,
 * the tiles that touch it, then over them the selection outlines, the rings of nodes that block the rollout and
 * the focus ring that reach into it. Every tile is {@link TileGrid#side} device pixels, at a whole-pixel pitch.
 */
final class PixelMapPainter {
    private final TilePixels pixels = new TilePixels();
    private final List<int[]> decorated = new ArrayList<>();
    private NodeMapView view;
    private NodeMapLayout layout;
    private MapTile[] ordered;
    private BitSet selected;
    private double scale;
    private double zoom;
    private double panX;
    private double panY;
    private double pitch;
    private int side;
    private int unit;
    private int reach;
    private int tilesPainted;
    private int rectangles;

    TilePixels pixels() {
        return pixels;
    }

    /**
     * Takes this frame's view, tiles (in layout order) and selection; sizes the buffer to the view in device
     * pixels. Returns true when the buffer is new (the image on screen must be replaced, and everything painted).
     */
    boolean begin(NodeMapView view, MapTile[] ordered, BitSet selected, double width, double height, double scale) {
        this.view = view;
        this.layout = view.getLayout();
        this.ordered = ordered;
        this.selected = selected;
        this.scale = scale;
        this.zoom = view.getZoom();
        this.panX = view.getPanX();
        this.panY = view.getPanY();
        this.pitch = TileGrid.pitch(zoom, scale);
        this.side = TileGrid.side(pitch);
        this.unit = (int) Math.max(1, Math.round(scale));
        this.reach = 3 * unit;
        tilesPainted = 0;
        rectangles = 0;
        return pixels.resize((int) Math.ceil(width * scale), (int) Math.ceil(height * scale));
    }

    /** Repaints every pixel with the theme's colours read afresh; returns the tiles painted. */
    int paintAll() {
        pixels.colours(view);
        region(0, 0, pixels.width(), pixels.height());
        pixels.flush();
        return tilesPainted;
    }

    /** Repaints the rectangles around these nodes' tiles (and their decorations) only; returns the tiles painted. */
    int paintAround(Collection<String> nodes) {
        for (String node : nodes) {
            NodeMapLayout.Placed placed = layout.find(node);
            if (placed != null) {
                int left = x(placed.x());
                int top = y(placed.y());
                region(left - reach, top - reach, left + side + reach, top + side + reach);
            }
        }
        pixels.flush();
        return tilesPainted;
    }

    /** Tiles painted since {@link #begin}. */
    int tilesPainted() {
        return tilesPainted;
    }

    /** Rectangles repainted since {@link #begin} (a full repaint is one). */
    int rectangles() {
        return rectangles;
    }

    /** Where a node's tile is, in device pixels ({left, top, side}), or null. */
    int[] tileAt(String node) {
        NodeMapLayout.Placed placed = layout.find(node);
        return placed == null ? null : new int[] {x(placed.x()), y(placed.y()), side};
    }

    private int x(double worldX) {
        return TileGrid.device(panX + worldX * zoom, scale);
    }

    private int y(double worldY) {
        return TileGrid.device(panY + worldY * zoom, scale);
    }

    private void region(int left, int top, int right, int bottom) {
        pixels.repaint(left, top, right, bottom);
        if (!pixels.touches(left, top, right, bottom)) {
            return;
        }
        rectangles++;
        decorated.clear();
        double originX = (panX + NodeMapLayout.PADDING * zoom) * scale;
        int firstColumn = Math.max(0, (int) Math.floor((left - reach - side - originX) / pitch) - 1);
        int lastColumn = Math.min(layout.columns() - 1, (int) Math.floor((right + reach - originX) / pitch) + 1);
        for (NodeMapLayout.Group group : layout.groups()) {
            double groupTop = (panY + group.tilesTop() * zoom) * scale;
            int firstRow = Math.max(0, (int) Math.floor((top - reach - side - groupTop) / pitch) - 1);
            int lastRow = Math.min(group.rows() - 1, (int) Math.floor((bottom + reach - groupTop) / pitch) + 1);
            for (int row = firstRow; row <= lastRow; row++) {
                int y = y(group.tilesTop() + row * NodeMapLayout.PITCH);
                for (int column = firstColumn; column <= lastColumn; column++) {
                    int index = row * group.columns() + column;
                    if (index >= group.members().size()) {
                        break;
                    }
                    int at = group.firstIndex() + index;
                    int x = x(NodeMapLayout.PADDING + column * NodeMapLayout.PITCH);
                    if (pixels.touches(x, y, x + side, y + side)) {
                        pixels.tile(ordered[at], x, y, side);
                        tilesPainted++;
                    }
                    if (selected.get(at) && pixels.touches(x - reach, y - reach, x + side + reach, y + side + reach)) {
                        decorated.add(new int[] {x, y});
                    }
                }
            }
        }
        for (int[] tile : decorated) {
            pixels.ring(tile[0], tile[1], side, 0, 2 * unit, MapColor.SELECTION);
        }
        for (String node : view.getMarked()) {
            int[] tile = tileAt(node);
            if (tile != null) {
                pixels.ring(tile[0], tile[1], side, unit, 2 * unit, MapColor.BLOCKER);
            }
        }
        String focused = view.getFocusedNode();
        int[] tile = focused != null && view.isFocused() ? tileAt(focused) : null;
        if (tile != null) {
            pixels.focusRing(tile[0], tile[1], side, unit, 2 * unit);
        }
    }
}
