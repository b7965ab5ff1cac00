package io.dsstudio.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

import java.util.Set;

/** Dialogs that can destroy work: Enter must never pick the destructive answer, and that answer looks dangerous. */
public final class DestructiveDialogs {
    private DestructiveDialogs() {
    }

    /** Makes {@code safe} the default button (Enter) and styles every {@code destructive} button as danger. */
    public static void safeDefault(DialogPane pane, ButtonType safe, ButtonType... destructive) {
        Set<ButtonType> dangerous = Set.of(destructive);
        for (ButtonType type : pane.getButtonTypes()) {
            if (pane.lookupButton(type) instanceof Button button) {
                button.setDefaultButton(type == safe);
                if (dangerous.contains(type)) {
                    button.getStyleClass().add(Styles.DANGER);
                }
            }
        }
    }
}
