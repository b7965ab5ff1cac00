package io.dsstudio.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Labels for toolbars and forms that never shrink to an ellipsis. */
public final class Labels {
    private Labels() {
    }

    public static Label fixed(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
