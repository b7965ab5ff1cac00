package io.dsstudio.ui.nodemap;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;

/**
 * The overview in the map's bottom-right corner while zoomed in so far that the cluster does not fit: the
 * groups as blocks and the visible part as a rectangle; a click in it centres the view there.
 */
final class MiniMap {
    static final double MAX_SIDE = 160;
    private static final double MARGIN = 12;

    private MiniMap() {
    }

    /** Where the minimap goes, or null when the whole cluster is in view (no minimap needed). */
    static Bounds bounds(NodeMapView view) {
        NodeMapLayout layout = view.getLayout();
        double z = view.getZoom();
        double contentWidth = layout.width() * z;
        double contentHeight = layout.height() * z;
        boolean allVisible = view.getPanX() >= -0.5 && view.getPanY() >= -0.5
                && view.getPanX() + contentWidth <= view.getWidth() + 0.5 && view.getPanY() + contentHeight <= view.getHeight() + 0.5;
        if (allVisible || layout.tiles().isEmpty() || view.getWidth() < 4 * MAX_SIDE || view.getHeight() < 2 * MAX_SIDE) {
            return null;
        }
        double scale = scale(layout);
        double width = layout.width() * scale;
        double height = layout.height() * scale;
        return new BoundingBox(view.getWidth() - width - MARGIN, view.getHeight() - height - MARGIN, width, height);
    }

    private static double scale(NodeMapLayout layout) {
        return MAX_SIDE / Math.max(layout.width(), layout.height());
    }

    static void paint(GraphicsContext g, NodeMapView view) {
        Bounds box = bounds(view);
        if (box == null) {
            return;
        }
        NodeMapLayout layout = view.getLayout();
        double scale = scale(layout);
        g.setGlobalAlpha(0.92);
        g.setFill(view.color(MapColor.NAME_PLATE));
        g.fillRect(box.getMinX() - 4, box.getMinY() - 4, box.getWidth() + 8, box.getHeight() + 8);
        g.setGlobalAlpha(1);
        g.setStroke(view.color(MapColor.MUTED));
        g.setLineWidth(1);
        g.strokeRect(box.getMinX() - 4, box.getMinY() - 4, box.getWidth() + 8, box.getHeight() + 8);
        g.setFill(view.color(MapColor.MUTED));
        for (NodeMapLayout.Group group : layout.groups()) {
            int rows = group.rows();
            int columns = Math.min(group.columns(), group.members().size());
            g.fillRect(box.getMinX() + NodeMapLayout.PADDING * scale, box.getMinY() + group.tilesTop() * scale,
                    Math.max(1, (columns * NodeMapLayout.PITCH - NodeMapLayout.GAP) * scale), Math.max(1, (rows * NodeMapLayout.PITCH - NodeMapLayout.GAP) * scale));
        }
        double z = view.getZoom();
        double left = Math.max(box.getMinX(), box.getMinX() - view.getPanX() / z * scale);
        double top = Math.max(box.getMinY(), box.getMinY() - view.getPanY() / z * scale);
        double right = Math.min(box.getMaxX(), box.getMinX() + (view.getWidth() - view.getPanX()) / z * scale);
        double bottom = Math.min(box.getMaxY(), box.getMinY() + (view.getHeight() - view.getPanY()) / z * scale);
        g.setStroke(view.color(MapColor.FOCUS));
        g.setLineWidth(2);
        g.strokeRect(left, top, Math.max(2, right - left), Math.max(2, bottom - top));
    }

    /** Centres the view on the world point under a minimap click; false when (x, y) is not on the minimap. */
    static boolean centreOn(NodeMapView view, double x, double y) {
        Bounds box = bounds(view);
        if (box == null || !box.contains(x, y)) {
            return false;
        }
        double scale = scale(view.getLayout());
        double worldX = (x - box.getMinX()) / scale;
        double worldY = (y - box.getMinY()) / scale;
        double z = view.getZoom();
        view.panBy(view.getWidth() / 2 - (view.getPanX() + worldX * z), view.getHeight() / 2 - (view.getPanY() + worldY * z));
        return true;
    }
}
