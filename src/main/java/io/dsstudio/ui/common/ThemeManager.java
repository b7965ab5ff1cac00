package io.dsstudio.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

import java.util.List;
import java.util.Objects;

/** Puts app.css (and dark.css for the dark theme) on scenes and keeps them in step with the theme property. */
public final class ThemeManager {
    private static final String BASE = "/io/dsstudio/ui/app.css";
    private static final String DARK = "/io/dsstudio/ui/dark.css";

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    public ThemeManager(Theme initial) {
        theme.set(initial);
    }

    public void install(Scene scene) {
        apply(scene);
        theme.addListener((obs, old, now) -> apply(scene));
    }

    private void apply(Scene scene) {
        String base = Objects.requireNonNull(ThemeManager.class.getResource(BASE)).toExternalForm();
        String dark = Objects.requireNonNull(ThemeManager.class.getResource(DARK)).toExternalForm();
        scene.getStylesheets().setAll(theme.get() == Theme.DARK ? List.of(base, dark) : List.of(base));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }
}
