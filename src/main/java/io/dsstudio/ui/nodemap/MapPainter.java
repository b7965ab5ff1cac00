package io.dsstudio.ui.nodemap;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws the map's vector parts on a Canvas. Tiles of {@link TileGrid#PIXEL_MAX} pixels or more: group titles, then
 * only the tiles whose rows and columns are in view, with rounded corners, ghost glyphs and, from {@link #NAME_MIN}
 * pixels, the node's name on a plate. Smaller tiles are pixels ({@link PixelMapPainter}); over them this draws only
 * the titles and the minimap ({@link #paintOverlay}).
 */
final class MapPainter {
    static final double NAME_MIN = 56;
    private static final Font HEADER_FONT = Font.font(12);
    private static final Font NAME_FONT = Font.font(10);
    private static final double NAME_CHAR = 6.2;
    private Paint lastFill;

    /** Paints the whole map as vector shapes (tiles of {@link TileGrid#PIXEL_MAX} pixels or more); returns the tiles drawn. */
    int paint(GraphicsContext g, NodeMapView view, MapTile[] ordered, java.util.BitSet selected, double width, double height) {
        NodeMapLayout layout = view.getLayout();
        double z = view.getZoom();
        double px = view.getPanX();
        double py = view.getPanY();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setLineDashes();
        g.setFill(view.color(MapColor.BACKGROUND));
        g.fillRect(0, 0, width, height);
        lastFill = null;
        double size = NodeMapLayout.TILE * z;
        int drawn = 0;
        for (NodeMapLayout.Group group : layout.groups()) {
            double groupTop = py + group.top() * z;
            double groupBottom = py + group.bottom() * z;
            if (groupBottom < 0 || groupTop > height) {
                continue;
            }
            drawHeader(g, view, group, px, groupTop, group.header() * z);
            lastFill = null;
            int firstRow = Math.max(0, (int) Math.floor((-py / z - group.tilesTop()) / NodeMapLayout.PITCH));
            int lastRow = Math.min(group.rows() - 1, (int) Math.floor(((height - py) / z - group.tilesTop()) / NodeMapLayout.PITCH));
            int firstColumn = Math.max(0, (int) Math.floor((-px / z - NodeMapLayout.PADDING) / NodeMapLayout.PITCH));
            int lastColumn = Math.min(group.columns() - 1, (int) Math.floor(((width - px) / z - NodeMapLayout.PADDING) / NodeMapLayout.PITCH));
            for (int row = firstRow; row <= lastRow; row++) {
                for (int column = firstColumn; column <= lastColumn; column++) {
                    int index = row * group.columns() + column;
                    if (index >= group.members().size()) {
                        break;
                    }
                    int at = group.firstIndex() + index;
                    double x = px + (NodeMapLayout.PADDING + column * NodeMapLayout.PITCH) * z;
                    double y = py + (group.tilesTop() + row * NodeMapLayout.PITCH) * z;
                    drawTile(g, view, group.members().get(index), ordered[at], x, y, size, selected.get(at));
                    drawn++;
                }
            }
        }
        drawBlockers(g, view, size);
        drawFocus(g, view, size);
        MiniMap.paint(g, view);
        return drawn;
    }

    /**
     * What stays vector over the small tiles' pixels: group titles and the minimap, on a transparent layer that
     * only a change of view, layout or theme repaints (not a focus move or a tile's change).
     */
    void paintOverlay(GraphicsContext g, NodeMapView view, double width, double height) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setLineDashes();
        g.clearRect(0, 0, width, height);
        NodeMapLayout layout = view.getLayout();
        double z = view.getZoom();
        for (NodeMapLayout.Group group : layout.groups()) {
            double groupTop = view.getPanY() + group.top() * z;
            if (view.getPanY() + group.bottom() * z >= 0 && groupTop <= height) {
                drawHeader(g, view, group, view.getPanX(), groupTop, group.header() * z);
            }
        }
        MiniMap.paint(g, view);
    }

    private static void drawHeader(GraphicsContext g, NodeMapView view, NodeMapLayout.Group group, double px, double top, double band) {
        if (band < 9) {
            return; // too many groups for titles at this zoom: the tooltip still names the group
        }
        g.setFill(view.color(MapColor.TEXT));
        g.setFont(HEADER_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(group.name() + "  (" + group.members().size() + ")", Math.max(4, px + NodeMapLayout.PADDING * view.getZoom()),
                top + band / 2);
    }

    private void fill(GraphicsContext g, Paint paint) {
        if (paint != lastFill) {
            g.setFill(paint);
            lastFill = paint;
        }
    }

    private void drawTile(GraphicsContext g, NodeMapView view, String name, MapTile tile, double x, double y, double size, boolean selected) {
        fill(g, view.color(tile == null ? MapColor.MUTED : tile.color()));
        double arc = Math.min(8, size / 4);
        g.fillRoundRect(x, y, size, size, arc, arc);
        if (tile != null && tile.cordoned() && size >= 5) {
            hatch(g, view, x, y, size);
        }
        if (tile != null && tile.ghost() != MapTile.Ghost.NONE) {
            ghost(g, view, tile.ghost(), x, y, size);
        }
        if (size >= NAME_MIN) {
            namePlate(g, view, name, x, y, size);
        }
        if (selected) {
            double line = size >= 12 ? 3 : 2;
            g.setStroke(view.color(MapColor.SELECTION));
            g.setLineWidth(line);
            g.strokeRect(x - line / 2, y - line / 2, size + line, size + line);
        }
    }

    /** Diagonal stripes inside the square, computed rather than clipped (clips are slow on a Canvas). */
    private static void hatch(GraphicsContext g, NodeMapView view, double x, double y, double size) {
        g.setStroke(view.color(MapColor.HATCH));
        g.setLineWidth(Math.max(1, size / 14));
        double step = Math.max(3, size / 4);
        for (double k = step; k < 2 * size; k += step) {
            double x1 = x + Math.min(k, size);
            double y1 = y + Math.max(0, k - size);
            double x2 = x + Math.max(0, k - size);
            double y2 = y + Math.min(k, size);
            g.strokeLine(x1, y1, x2, y2);
        }
    }

    private static void ghost(GraphicsContext g, NodeMapView view, MapTile.Ghost ghost, double x, double y, double size) {
        g.setStroke(view.color(MapColor.GHOST));
        if (size < 12) {
            g.setLineWidth(1);
            g.strokeRect(x + 0.5, y + 0.5, Math.max(1, size - 1), Math.max(1, size - 1));
            return;
        }
        double inset = size / 9;
        g.setLineWidth(Math.max(1.5, size / 14));
        g.setLineDashes(4, 3);
        g.strokeRoundRect(x + inset, y + inset, size - 2 * inset, size - 2 * inset, 4, 4);
        g.setLineDashes();
        double c = size / 2;
        double arm = Math.min(size / 5, 8);
        g.strokeLine(x + c - arm, y + c, x + c + arm, y + c);
        if (ghost == MapTile.Ghost.GAINS_POD) {
            g.strokeLine(x + c, y + c - arm, x + c, y + c + arm);
        }
    }

    private void namePlate(GraphicsContext g, NodeMapView view, String name, double x, double y, double size) {
        double plate = 15;
        fill(g, view.color(MapColor.NAME_PLATE));
        g.fillRect(x + 2, y + size - plate - 2, size - 4, plate);
        fill(g, view.color(MapColor.TEXT));
        g.setFont(NAME_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(shortName(name, (int) ((size - 8) / NAME_CHAR)), x + size / 2, y + size - plate / 2 - 2);
    }

    /**
     * The host part of a DNS name (an IP address stays whole), elided in the middle to {@code max} characters: the
     * end of a node name is what tells it from its neighbours ({@code ip-10-0-1-101}, {@code pool-abc-x7k2}), so
     * most of what stays is the tail.
     */
    static String shortName(String name, int max) {
        int dot = name.indexOf('.');
        String host = dot > 0 && !name.substring(0, dot).chars().allMatch(Character::isDigit) ? name.substring(0, dot) : name;
        if (host.length() <= max) {
            return host;
        }
        if (max <= 1) {
            return "\u2026";
        }
        int head = Math.min(3, (max - 1) / 3);
        int tail = max - 1 - head;
        return host.substring(0, head) + "\u2026" + host.substring(host.length() - tail);
    }

    /**
     * Nodes that will block the rollout: a thick outline around the tile, whatever its size (a few pixels at
     * 10,000 nodes), and from 20 pixels a badge in its corner.
     */
    private static void drawBlockers(GraphicsContext g, NodeMapView view, double size) {
        if (view.getMarked().isEmpty()) {
            return;
        }
        double line = size >= 12 ? 3 : 2;
        g.setStroke(view.color(MapColor.BLOCKER));
        g.setFill(view.color(MapColor.BLOCKER));
        g.setLineWidth(line);
        for (String node : view.getMarked()) {
            javafx.geometry.Bounds b = view.tileBounds(node);
            if (b == null) {
                continue;
            }
            double gap = size >= 12 ? 2 : 1;
            g.strokeRect(b.getMinX() - gap - line / 2, b.getMinY() - gap - line / 2, b.getWidth() + 2 * gap + line,
                    b.getHeight() + 2 * gap + line);
            if (size >= 20) {
                double badge = Math.min(16, size / 3);
                g.fillOval(b.getMaxX() - badge * 0.75, b.getMinY() - badge * 0.25, badge, badge);
                g.setStroke(view.color(MapColor.BACKGROUND));
                g.setLineWidth(Math.max(1.5, badge / 7));
                double cx = b.getMaxX() - badge * 0.25;
                double cy = b.getMinY() + badge * 0.25;
                double arm = badge * 0.22;
                g.strokeLine(cx - arm, cy - arm, cx + arm, cy + arm);
                g.strokeLine(cx - arm, cy + arm, cx + arm, cy - arm);
                g.setStroke(view.color(MapColor.BLOCKER));
                g.setLineWidth(line);
            }
        }
    }

    private static void drawFocus(GraphicsContext g, NodeMapView view, double size) {
        String focused = view.getFocusedNode();
        if (focused == null || !view.isFocused()) {
            return;
        }
        javafx.geometry.Bounds b = view.tileBounds(focused);
        if (b == null) {
            return;
        }
        double gap = size >= 12 ? 4 : 2;
        g.setStroke(view.color(MapColor.FOCUS));
        g.setLineWidth(2);
        g.setLineDashes(3, 2);
        g.strokeRect(b.getMinX() - gap, b.getMinY() - gap, b.getWidth() + 2 * gap, b.getHeight() + 2 * gap);
        g.setLineDashes();
    }
}
