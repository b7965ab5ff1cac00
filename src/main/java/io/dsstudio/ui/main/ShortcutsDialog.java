package io.dsstudio.ui.main;

import io.dsstudio.ui.common.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts: every shortcut and what it does. */
final class ShortcutsDialog {
    private final Messages messages;

    ShortcutsDialog(Messages messages) {
        this.messages = messages;
    }

    GridPane content() {
        GridPane grid = new GridPane();
        grid.setId("shortcutsGrid");
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (Shortcut shortcut : Shortcuts.all()) {
            grid.addRow(row++, new Label(shortcut.keys().replace("Shortcut", messages.get("shortcut.modifier"))),
                    new Label(messages.get(shortcut.actionKey())));
        }
        return grid;
    }

    void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("menu.help.shortcuts"));
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        io.dsstudio.ui.common.DialogStyle.from(owner, dialog.getDialogPane());
        dialog.show();
    }
}
