package io.dsstudio.ui.common;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Dialog buttons in the window's language. JavaFX's own {@code ButtonType.OK} and friends take their text from the
 * JVM's default locale, not the language chosen in Preferences, so a Chinese window showed English buttons.
 */
public final class DialogButtons {
    private final Messages messages;

    public DialogButtons(Messages messages) {
        this.messages = messages;
    }

    public ButtonType ok() {
        return new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public ButtonType cancel() {
        return new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public ButtonType yes() {
        return new ButtonType(messages.get("dialog.yes"), ButtonBar.ButtonData.YES);
    }

    public ButtonType no() {
        return new ButtonType(messages.get("dialog.no"), ButtonBar.ButtonData.NO);
    }

    public ButtonType close() {
        return new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
