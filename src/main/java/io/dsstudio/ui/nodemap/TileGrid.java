package io.dsstudio.ui.nodemap;

/**
 * Small tiles on whole device pixels. Below {@link #PIXEL_MAX} pixels a tile is drawn as pixels, and a pitch (tile
 * plus gap) of, say, 5.14 pixels would leave gaps of 0 or 1 pixel by column, seen as stripes; so at those sizes the
 * zoom is chosen to make the pitch a whole number of device pixels and every tile the same {@link #side} pixels.
 * A fit rounds the pitch down (the whole cluster still fits); a zoom gesture moves it by at least one pixel.
 */
final class TileGrid {
    /** Tiles smaller than this many (logical) pixels are drawn as pixels. */
    static final double PIXEL_MAX = 12;
    private static final double EPSILON = 1e-7;

    private TileGrid() {
    }

    /** Whether tiles at this zoom are drawn as pixels (and their pitch snapped). */
    static boolean small(double zoom) {
        return NodeMapLayout.TILE * zoom < PIXEL_MAX;
    }

    /** The pitch, in device pixels, at this zoom and render scale. */
    static double pitch(double zoom, double scale) {
        return NodeMapLayout.PITCH * zoom * scale;
    }

    /** The largest zoom not above {@code zoom} with a whole-pixel pitch (unchanged for large tiles or a sub-pixel pitch). */
    static double fitted(double zoom, double scale) {
        double pitch = pitch(zoom, scale);
        if (!small(zoom) || pitch < 1) {
            return zoom;
        }
        return Math.floor(pitch + EPSILON) / (NodeMapLayout.PITCH * scale);
    }

    /**
     * The zoom a gesture from {@code old} towards {@code wanted} reaches: the nearest whole-pixel pitch, at least
     * one pixel away from the old pitch in the gesture's direction, so small steps still zoom.
     */
    static double stepped(double old, double wanted, double scale) {
        double pitch = pitch(wanted, scale);
        if (!small(wanted) || pitch < 1 || wanted == old) {
            return wanted;
        }
        long from = Math.round(pitch(old, scale));
        long to = Math.round(pitch);
        if (wanted > old && to <= from) {
            to = from + 1;
        } else if (wanted < old && to >= from) {
            to = from - 1;
        }
        return Math.max(1, to) / (NodeMapLayout.PITCH * scale);
    }

    /**
     * The side of every small tile in device pixels: the layout's tile-to-pitch ratio, rounded, leaving a gap of at
     * least one pixel from a pitch of two pixels up.
     */
    static int side(double pitch) {
        int whole = (int) Math.floor(pitch + EPSILON);
        if (whole <= 1) {
            return 1;
        }
        int side = (int) Math.round(pitch * NodeMapLayout.TILE / NodeMapLayout.PITCH);
        return Math.max(1, Math.min(whole - 1, side));
    }

    /** A view coordinate (in logical pixels) as a device pixel column or row: the same rounding for every tile. */
    static int device(double logical, double scale) {
        return (int) Math.floor(logical * scale + EPSILON);
    }
}
