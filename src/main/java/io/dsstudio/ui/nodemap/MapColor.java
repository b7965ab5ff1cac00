package io.dsstudio.ui.nodemap;

import java.util.Locale;

/**
 * The colours a tile can take. Each is a CSS-styleable property of {@link NodeMapView}, named
 * {@code -ds-map-<name>}, set in app.css from the theme's looked-up colours.
 */
public enum MapColor {
    OK, WARN, ERROR, INFO, ACCENT, MUTED, PALETTE_0, PALETTE_1, PALETTE_2, PALETTE_3, PALETTE_4, PALETTE_5, PALETTE_6, PALETTE_7,
    /**
     * Not tile fills: the selection outline, ghost outline, group titles, the map background, the stripes of a
     * cordoned node, the keyboard focus ring and the plate behind a tile's name.
     */
    SELECTION, GHOST, TEXT, BACKGROUND, HATCH, FOCUS, NAME_PLATE,
    /** The outline and badge of a node that will block the shown DaemonSet's rollout. */
    BLOCKER;

    public static final int PALETTE_SIZE = 8;

    public String cssProperty() {
        return "-ds-map-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String swatchStyleClass() {
        return "ds-swatch-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static MapColor palette(int index) {
        return values()[PALETTE_0.ordinal() + Math.floorMod(index, PALETTE_SIZE)];
    }
}
