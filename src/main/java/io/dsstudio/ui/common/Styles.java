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
    /** On a Chinese window's root: CSS picks a CJK family with a bold face. */
    public static final String LANG_ZH = "ds-lang-zh";
    public static final String TONE_PREFIX = "ds-tone-";
    public static final String CHIP = "ds-chip";
    public static final String CHIP_ICON = "ds-chip-icon";
    public static final String ICON = "ds-icon";
    public static final String TOAST = "ds-toast";
    /** AtlantaFX's class for a destructive button (red). */
    public static final String DANGER = atlantafx.base.theme.Styles.DANGER;
    public static final String ACCENT = atlantafx.base.theme.Styles.ACCENT;
    public static final String ABOUT_NAME = "ds-about-name";
    public static final String DIALOG_FORM = "ds-dialog-form";

    /* tables: rows and cells that need attention (never colour alone: an icon comes with them) */
    public static final String ROW_NOT_READY = "ds-row-not-ready";
    public static final String ROW_EXCESS_PODS = "ds-row-excess-pods";
    public static final String CELL_ICON = "ds-cell-icon";
    public static final String ICON_NOT_READY = "ds-icon-not-ready";
    public static final String ICON_UNKNOWN = "ds-icon-unknown";
    public static final String ICON_EXCESS_PODS = "ds-icon-excess-pods";
    public static final String TABLE_PLACEHOLDER = "ds-table-placeholder";
    public static final String STATUS_COUNTS = "ds-status-counts";
    public static final String SWATCH = "ds-swatch";
    public static final String MAP_TITLE = "ds-map-title";
    public static final String MAP_LEGEND = "ds-map-legend";
    public static final String ROLLOUT_DOCK = "ds-rollout-dock";
    /** The why panel docked under the views. */
    public static final String WHY_DOCK = "ds-why-dock";
    public static final String ROLLOUT_CONTROLS = "ds-rollout-controls";
    public static final String ROLLOUT_CHART = "ds-rollout-chart";
    public static final String ROLLOUT_SUMMARY = "ds-rollout-summary";

    private Styles() {
    }
}
