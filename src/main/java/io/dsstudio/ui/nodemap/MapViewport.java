package io.dsstudio.ui.nodemap;

/**
 * The arithmetic of zoom and pan over a layout of {@code contentWidth} × {@code contentHeight} world units in a
 * view of {@code viewWidth} × {@code viewHeight} pixels. Pure, so the rules are unit-tested: a fit centres the
 * content; zooming around a point keeps that point fixed; panning never loses the content.
 */
record MapViewport(double viewWidth, double viewHeight, double contentWidth, double contentHeight) {
    /** How much of the content stays in view, at least, after a pan or a zoom around the pointer. */
    static final double KEEP_VISIBLE = 48;

    /** The pan (x, y) that centres the content at {@code zoom}. */
    double[] centred(double zoom) {
        return new double[] {(viewWidth - contentWidth * zoom) / 2, (viewHeight - contentHeight * zoom) / 2};
    }

    /** The pan after zooming from {@code oldZoom} to {@code newZoom} around the view point (x, y). */
    static double[] zoomedAround(double oldZoom, double newZoom, double panX, double panY, double x, double y) {
        return new double[] {x - (x - panX) * newZoom / oldZoom, y - (y - panY) * newZoom / oldZoom};
    }

    /** A pan moved only as far as needed to keep {@link #KEEP_VISIBLE} pixels of the content in view. */
    double[] keepSomeVisible(double zoom, double panX, double panY) {
        return new double[] {loose(panX, contentWidth * zoom, viewWidth), loose(panY, contentHeight * zoom, viewHeight)};
    }

    /**
     * A pan that keeps the content in view: content smaller than the view lies wholly inside it, content larger
     * than the view covers it (no empty band beyond an edge).
     */
    double[] keepInView(double zoom, double panX, double panY) {
        return new double[] {strict(panX, contentWidth * zoom, viewWidth), strict(panY, contentHeight * zoom, viewHeight)};
    }

    /** The point of the content nearest to the view centre, in view coordinates: +/- zoom around it. */
    double[] anchorNearCentre(double zoom, double panX, double panY) {
        double x = clamp(viewWidth / 2, panX, panX + contentWidth * zoom);
        double y = clamp(viewHeight / 2, panY, panY + contentHeight * zoom);
        return new double[] {x, y};
    }

    private static double loose(double pan, double content, double view) {
        double keep = Math.min(KEEP_VISIBLE, content);
        return clamp(pan, keep - content, view - keep);
    }

    private static double strict(double pan, double content, double view) {
        return content <= view ? clamp(pan, 0, view - content) : clamp(pan, view - content, 0);
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
