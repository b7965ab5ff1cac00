package io.dsstudio.ui.common;

/** Style-class names used from Java (app.css defines them). */
public final class Styles {
    public static final String STATUS_BAR = "ds-status-bar";
    public static final String DETAIL_PANE = "ds-detail";
    public static final String SECTION_TITLE = "ds-section-title";
    public static final String PREVIEW = "ds-preview";
    public static final String VERDICT_PREFIX = "ds-verdict-";
    public static final String HINT = "ds-hint";
    public static final String ERROR_TEXT = "ds-error-text";
    public static final String TOOLBAR = "ds-toolbar";
    public static final String SWATCH = "ds-swatch";
    public static final String MAP_TITLE = "ds-map-title";
    public static final String MAP_LEGEND = "ds-map-legend";

    private Styles() {
    }
}
