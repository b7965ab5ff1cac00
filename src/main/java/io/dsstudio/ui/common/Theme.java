package io.dsstudio.ui.common;

/** The two themes; dark only redefines the looked-up colours of app.css. */
public enum Theme {
    LIGHT, DARK
}
