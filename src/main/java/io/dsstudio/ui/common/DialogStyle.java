package io.dsstudio.ui.common;

import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** Dialogs have scenes of their own: they take the owner's stylesheets and, for Chinese, the CJK font class. */
public final class DialogStyle {
    private DialogStyle() {
    }

    public static void from(Window owner, DialogPane pane) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        pane.getStylesheets().setAll(owner.getScene().getStylesheets());
        if (owner.getScene().getRoot().getStyleClass().contains(Styles.LANG_ZH)) {
            pane.getStyleClass().add(Styles.LANG_ZH);
        }
    }
}
