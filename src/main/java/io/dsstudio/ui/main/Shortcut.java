package io.dsstudio.ui.main;

/** A keyboard shortcut and the bundle key of what it does; listed in Help ▸ Keyboard shortcuts. */
public record Shortcut(String keys, String actionKey) {
}
