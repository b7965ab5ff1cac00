package io.dsstudio.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The look: AtlantaFX Primer (light or dark) as the user-agent stylesheet, app.css on top (our colours are
 * AtlantaFX's looked-up colours, so both themes stay coherent) and dark.css for what differs in the dark theme.
 * Chinese windows get {@link Styles#LANG_ZH} on their root so CSS picks a CJK family that has a bold face.
 */
public final class ThemeManager {
    private static final String BASE = "/io/dsstudio/ui/app.css";
    private static final String DARK = "/io/dsstudio/ui/dark.css";

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final Locale locale;

    public ThemeManager(Theme initial) {
        this(initial, Locale.ENGLISH);
    }

    public ThemeManager(Theme initial, Locale locale) {
        theme.set(initial);
        this.locale = locale;
    }

    /**
     * Makes the theme's AtlantaFX stylesheet the application's user-agent stylesheet. Called before the first control
     * is made: JavaFX otherwise loads its own (Modena, 150 KB of binary CSS) when the first control class initialises,
     * only for the theme to replace it.
     */
    public void installUserAgentStylesheet() {
        useUserAgentStylesheet(theme.get());
    }

    public void install(Scene scene) {
        apply(scene);
        theme.addListener((obs, old, now) -> apply(scene));
        scene.rootProperty().addListener((obs, old, now) -> markLanguage(now));
    }

    /** The stylesheets of a theme, base first; dialogs copy them (their scenes are not the main one). */
    public static List<String> stylesheets(Theme theme) {
        String base = Objects.requireNonNull(ThemeManager.class.getResource(BASE)).toExternalForm();
        String dark = Objects.requireNonNull(ThemeManager.class.getResource(DARK)).toExternalForm();
        return theme == Theme.DARK ? List.of(base, dark) : List.of(base);
    }

    /** The AtlantaFX stylesheet a theme puts under everything (JavaFX has one per application). */
    public static String userAgentStylesheet(Theme theme) {
        return theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    /** Setting the same stylesheet again is not free: JavaFX reads and checksums the whole file to see if it changed. */
    private static void useUserAgentStylesheet(Theme theme) {
        String stylesheet = userAgentStylesheet(theme);
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
    }

    private void apply(Scene scene) {
        useUserAgentStylesheet(theme.get());
        scene.getStylesheets().setAll(stylesheets(theme.get()));
        markLanguage(scene.getRoot());
    }

    private void markLanguage(Parent root) {
        if (root != null && "zh".equals(locale.getLanguage()) && !root.getStyleClass().contains(Styles.LANG_ZH)) {
            root.getStyleClass().add(Styles.LANG_ZH);
        }
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Locale locale() {
        return locale;
    }
}
