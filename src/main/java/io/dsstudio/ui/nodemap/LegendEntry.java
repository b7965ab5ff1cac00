package io.dsstudio.ui.nodemap;

/** One swatch of the map's legend, with its text already localised. */
public record LegendEntry(MapColor color, String text) {
}
