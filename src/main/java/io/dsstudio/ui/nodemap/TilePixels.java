package io.dsstudio.ui.nodemap;

import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.nio.IntBuffer;
import java.util.Arrays;

/**
 * The pixels of the small-tile map, in device pixels: an int array shared with a {@link PixelBuffer}, so the image
 * on screen reads it without a copy and Prism uploads only the rectangle that changed. Drawing is clipped to the
 * rectangle being repainted ({@link #repaint}); {@link #flush} tells the image which rectangle changed.
 */
final class TilePixels {
    private int[] pixels = new int[1];
    private int width = 1;
    private int height = 1;
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;
    private final int[] argb = new int[MapColor.values().length];
    private int clipLeft;
    private int clipTop;
    private int clipRight;
    private int clipBottom;
    private int dirtyLeft = Integer.MAX_VALUE;
    private int dirtyTop = Integer.MAX_VALUE;
    private int dirtyRight = Integer.MIN_VALUE;
    private int dirtyBottom = Integer.MIN_VALUE;

    /** Makes the buffer {@code w} × {@code h} device pixels; true when that made a new image (to be shown instead). */
    boolean resize(int w, int h) {
        w = Math.max(1, w);
        h = Math.max(1, h);
        if (image != null && w == width && h == height) {
            return false;
        }
        width = w;
        height = h;
        pixels = new int[w * h];
        buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
        image = new WritableImage(buffer);
        return true;
    }

    WritableImage image() {
        return image;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Reads the theme's colours (looked up by CSS) once per full repaint. */
    void colours(NodeMapView view) {
        for (MapColor color : MapColor.values()) {
            argb[color.ordinal()] = toArgb(view.color(color));
        }
    }

    int argb(MapColor color) {
        return argb[color.ordinal()];
    }

    /** The pixel at (x, y) (tests look at what was drawn). */
    int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    private static int toArgb(Paint paint) {
        Color c = paint instanceof Color color ? color : Color.GRAY;
        int a = (int) Math.round(c.getOpacity() * 255);
        int r = (int) Math.round(c.getRed() * c.getOpacity() * 255);
        int g = (int) Math.round(c.getGreen() * c.getOpacity() * 255);
        int b = (int) Math.round(c.getBlue() * c.getOpacity() * 255);
        return a << 24 | r << 16 | g << 8 | b;
    }

    /** Starts repainting a rectangle: later drawing stays inside it, and it starts as the background. */
    void repaint(int left, int top, int right, int bottom) {
        clipLeft = Math.max(0, left);
        clipTop = Math.max(0, top);
        clipRight = Math.min(width, right);
        clipBottom = Math.min(height, bottom);
        if (clipLeft >= clipRight || clipTop >= clipBottom) {
            return;
        }
        dirtyLeft = Math.min(dirtyLeft, clipLeft);
        dirtyTop = Math.min(dirtyTop, clipTop);
        dirtyRight = Math.max(dirtyRight, clipRight);
        dirtyBottom = Math.max(dirtyBottom, clipBottom);
        rect(clipLeft, clipTop, clipRight, clipBottom, argb(MapColor.BACKGROUND));
    }

    /** Whether a rectangle touches the one being repainted. */
    boolean touches(int left, int top, int right, int bottom) {
        return left < clipRight && right > clipLeft && top < clipBottom && bottom > clipTop;
    }

    /** A tile's fill, the stripes of a cordoned node and the what-if ghost. */
    void tile(MapTile tile, int left, int top, int side) {
        int right = left + side;
        int bottom = top + side;
        rect(left, top, right, bottom, argb(tile == null ? MapColor.MUTED : tile.color()));
        if (tile == null) {
            return;
        }
        if (tile.cordoned() && side >= 4) {
            int stripe = argb(MapColor.HATCH);
            int step = Math.max(3, side / 3);
            for (int y = Math.max(clipTop, top); y < Math.min(clipBottom, bottom); y++) {
                for (int x = Math.max(clipLeft, left); x < Math.min(clipRight, right); x++) {
                    if ((x - left + y - top) % step == 0) {
                        pixels[y * width + x] = stripe;
                    }
                }
            }
        }
        if (tile.ghost() != MapTile.Ghost.NONE) {
            int ghost = argb(MapColor.GHOST);
            outline(left, top, right, bottom, 1, ghost);
            if (tile.ghost() == MapTile.Ghost.GAINS_POD && side >= 5) {
                int cx = left + side / 2;
                int cy = top + side / 2;
                rect(cx - 1, cy, cx + 2, cy + 1, ghost);
                rect(cx, cy - 1, cx + 1, cy + 2, ghost);
            }
        }
    }

    /** A ring {@code thickness} pixels wide just outside the tile, {@code gap} pixels away from it. */
    void ring(int left, int top, int side, int gap, int thickness, MapColor color) {
        int out = gap + thickness;
        outline(left - out, top - out, left + side + out, top + side + out, thickness, argb(color));
    }

    /** The keyboard focus: a dashed ring (3 pixels on, 2 off) around the tile. */
    void focusRing(int left, int top, int side, int gap, int thickness) {
        int color = argb(MapColor.FOCUS);
        int out = gap + thickness;
        int l = left - out;
        int t = top - out;
        int r = left + side + out;
        int b = top + side + out;
        for (int x = l; x < r; x++) {
            if ((x - l) % 5 < 3) {
                rect(x, t, x + 1, t + thickness, color);
                rect(x, b - thickness, x + 1, b, color);
            }
        }
        for (int y = t; y < b; y++) {
            if ((y - t) % 5 < 3) {
                rect(l, y, l + thickness, y + 1, color);
                rect(r - thickness, y, r, y + 1, color);
            }
        }
    }

    private void rect(int left, int top, int right, int bottom, int color) {
        int x0 = Math.max(clipLeft, left);
        int x1 = Math.min(clipRight, right);
        if (x0 >= x1) {
            return;
        }
        for (int y = Math.max(clipTop, top); y < Math.min(clipBottom, bottom); y++) {
            int row = y * width;
            Arrays.fill(pixels, row + x0, row + x1, color);
        }
    }

    private void outline(int left, int top, int right, int bottom, int thickness, int color) {
        rect(left, top, right, top + thickness, color);
        rect(left, bottom - thickness, right, bottom, color);
        rect(left, top, left + thickness, bottom, color);
        rect(right - thickness, top, right, bottom, color);
    }

    /** Hands the rectangle repainted since the last flush to the image (one upload of that part only). */
    void flush() {
        if (dirtyLeft >= dirtyRight || dirtyTop >= dirtyBottom) {
            return;
        }
        Rectangle2D changed = new Rectangle2D(dirtyLeft, dirtyTop, dirtyRight - dirtyLeft, dirtyBottom - dirtyTop);
        dirtyLeft = Integer.MAX_VALUE;
        dirtyTop = Integer.MAX_VALUE;
        dirtyRight = Integer.MIN_VALUE;
        dirtyBottom = Integer.MIN_VALUE;
        buffer.updateBuffer(b -> changed);
    }
}
