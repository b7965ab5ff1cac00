package io.dsstudio.ui.common;

/** The two themes; dark only redefines the looked-up colours of app.css. */
public enum Theme {
    LIGHT, DARK;

    /** The theme a saved preference names: dark only for {@code DARK}, light for anything else. */
    public static Theme saved(String preference) {
        return DARK.name().equals(preference) ? DARK : LIGHT;
    }
}
