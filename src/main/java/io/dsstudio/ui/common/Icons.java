package io.dsstudio.ui.common;

import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Ikonli Material 2 icons for menu items, buttons and labels, sized and coloured by app.css ({@code .ds-icon}). */
public final class Icons {
    private Icons() {
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
