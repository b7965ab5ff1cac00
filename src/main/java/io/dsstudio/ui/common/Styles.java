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

    /* tables: rows and cells that need attention (never colour alone: an icon comes with them) */
    public static final String ROW_NOT_READY = "ds-row-not-ready";
    public static final String ROW_EXCESS_PODS = "ds-row-excess-pods";
    public static final String CELL_ICON = "ds-cell-icon";
    public static final String ICON_NOT_READY = "ds-icon-not-ready";
    public static final String ICON_UNKNOWN = "ds-icon-unknown";
    public static final String ICON_EXCESS_PODS = "ds-icon-excess-pods";
    public static final String TABLE_PLACEHOLDER = "ds-table-placeholder";
    public static final String STATUS_COUNTS = "ds-status-counts";

    private Styles() {
    }
}
