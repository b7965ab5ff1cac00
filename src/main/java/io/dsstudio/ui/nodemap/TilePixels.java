package io.dsstudio.ui.nodemap;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.Arrays;

/**
 * Small tiles (a large cluster fitted to the window) written straight into one pixel buffer and drawn as one
 * image: 10,000 rectangles as Canvas commands cost the FX thread and Prism far more than one image of the view.
 * Fills, hatching, ghost and selection outlines are drawn here; titles, focus ring and minimap stay vector.
 */
final class TilePixels {
    private int[] pixels = new int[0];
    private WritableImage image;
    private int width;
    private int height;
    private final int[] argb = new int[MapColor.values().length];

    /** Starts a frame: clears to the background and reads the theme's colours once. */
    void begin(NodeMapView view, int frameWidth, int frameHeight) {
        if (frameWidth != width || frameHeight != height || image == null) {
            width = Math.max(1, frameWidth);
            height = Math.max(1, frameHeight);
            pixels = new int[width * height];
            image = new WritableImage(width, height);
        }
        for (MapColor color : MapColor.values()) {
            argb[color.ordinal()] = toArgb(view.color(color));
        }
        Arrays.fill(pixels, argb[MapColor.BACKGROUND.ordinal()]);
    }

    private static int toArgb(Paint paint) {
        Color c = paint instanceof Color color ? color : Color.GRAY;
        int a = (int) Math.round(c.getOpacity() * 255);
        int r = (int) Math.round(c.getRed() * c.getOpacity() * 255);
        int g = (int) Math.round(c.getGreen() * c.getOpacity() * 255);
        int b = (int) Math.round(c.getBlue() * c.getOpacity() * 255);
        return a << 24 | r << 16 | g << 8 | b;
    }

    void tile(MapTile tile, double x, double y, double size, boolean selected) {
        int left = (int) Math.floor(x);
        int top = (int) Math.floor(y);
        int right = Math.max(left + 1, (int) Math.floor(x + size));
        int bottom = Math.max(top + 1, (int) Math.floor(y + size));
        int fill = argb[(tile == null ? MapColor.MUTED : tile.color()).ordinal()];
        rect(left, top, right, bottom, fill);
        if (tile != null && tile.cordoned() && right - left >= 4) {
            int stripe = argb[MapColor.HATCH.ordinal()];
            int step = Math.max(3, (right - left) / 3);
            for (int py = Math.max(0, top); py < Math.min(height, bottom); py++) {
                for (int px = Math.max(0, left); px < Math.min(width, right); px++) {
                    if ((px - left + py - top) % step == 0) {
                        pixels[py * width + px] = stripe;
                    }
                }
            }
        }
        if (tile != null && tile.ghost() != MapTile.Ghost.NONE) {
            outline(left, top, right, bottom, argb[MapColor.GHOST.ordinal()]);
            if (tile.ghost() == MapTile.Ghost.GAINS_POD && right - left >= 5) {
                int c = argb[MapColor.GHOST.ordinal()];
                int cx = (left + right) / 2;
                int cy = (top + bottom) / 2;
                rect(cx - 1, cy, cx + 2, cy + 1, c);
                rect(cx, cy - 1, cx + 1, cy + 2, c);
            }
        }
        if (selected) {
            int c = argb[MapColor.SELECTION.ordinal()];
            outline(left - 1, top - 1, right + 1, bottom + 1, c);
            outline(left - 2, top - 2, right + 2, bottom + 2, c);
        }
    }

    private void rect(int left, int top, int right, int bottom, int color) {
        int x0 = Math.max(0, left);
        int x1 = Math.min(width, right);
        if (x0 >= x1) {
            return;
        }
        for (int py = Math.max(0, top); py < Math.min(height, bottom); py++) {
            int row = py * width;
            Arrays.fill(pixels, row + x0, row + x1, color);
        }
    }

    private void outline(int left, int top, int right, int bottom, int color) {
        rect(left, top, right, top + 1, color);
        rect(left, bottom - 1, right, bottom, color);
        rect(left, top, left + 1, bottom, color);
        rect(right - 1, top, right, bottom, color);
    }

    /** Puts the frame on the Canvas as one image. */
    void end(GraphicsContext g) {
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        g.drawImage(image, 0, 0);
    }
}
