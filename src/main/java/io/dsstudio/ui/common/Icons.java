package io.dsstudio.ui.common;

import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Map;

/** Ikonli Material 2 icons for menu items, buttons and labels, sized and coloured by app.css ({@code .ds-icon}). */
public final class Icons {
    /** The icon of each action button, by its fx:id: one table, so the same action looks the same everywhere. */
    private static final Map<String, Ikon> BY_ID = Map.ofEntries(
            Map.entry("editorPreview", Material2MZ.PREVIEW),
            Map.entry("editorApply", Material2MZ.PLAY_ARROW),
            Map.entry("editorStep", Material2MZ.SKIP_NEXT),
            Map.entry("editorRunToEnd", Material2AL.FAST_FORWARD),
            Map.entry("editorDelete", Material2AL.DELETE_OUTLINE),
            Map.entry("editorMigrate", Material2AL.BUILD),
            Map.entry("previewButton", Material2MZ.PREVIEW),
            Map.entry("commitButton", Material2AL.DONE_ALL),
            Map.entry("discardButton", Material2AL.CLOSE),
            Map.entry("selectShownButton", Material2MZ.SELECT_ALL),
            Map.entry("cancelTaskButton", Material2MZ.STOP),
            Map.entry("applyLiveButton", Material2AL.CLOUD_UPLOAD));

    private Icons() {
    }

    /** Gives a button (or label) the icon its fx:id stands for; unknown ids stay as they are. */
    public static <T extends Labeled> T decorate(T labeled) {
        Ikon code = BY_ID.get(labeled.getId());
        if (code != null) {
            labeled.setGraphic(icon(code));
        }
        return labeled;
    }

    public static FontIcon icon(Ikon code) {
        FontIcon icon = new FontIcon(code);
        icon.getStyleClass().add(Styles.ICON);
        return icon;
    }

    public static <T extends MenuItem> T on(T item, Ikon code) {
        item.setGraphic(icon(code));
        return item;
    }

    public static <T extends Labeled> T on(T labeled, Ikon code) {
        labeled.setGraphic(icon(code));
        return labeled;
    }
}
