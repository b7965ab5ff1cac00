package io.dsstudio.ui.main;

import io.dsstudio.ui.common.Messages;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts: every shortcut and what it does. */
final class ShortcutsDialog {
    /** The widest an action's text gets before it wraps (the dialog stays narrower than the 1,280-px window). */
    private static final double ACTION_WIDTH = 560;
    /** The list's height at most; on a smaller screen it leaves room for the title and buttons. */
    private static final double MAX_LIST_HEIGHT = 560;
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
            Label keys = new Label(shortcut.keys().replace("Shortcut", messages.get("shortcut.modifier")));
            // the keys are never cut ("Ctrl+S…" could be any of five); a long action wraps instead
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(messages.get(shortcut.actionKey()));
            action.setWrapText(true);
            action.setMaxWidth(ACTION_WIDTH);
            action.setMinHeight(Region.USE_PREF_SIZE);
            GridPane.setValignment(keys, javafx.geometry.VPos.TOP);
            grid.addRow(row++, keys, action);
        }
        return grid;
    }

    void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("menu.help.shortcuts"));
        // 27 rows are taller than a 1,280×800 screen's room for a dialog: the list scrolls rather than run off it
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(Math.min(MAX_LIST_HEIGHT, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 220));
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(new io.dsstudio.ui.common.DialogButtons(messages).close());
        io.dsstudio.ui.common.DialogStyle.from(owner, dialog.getDialogPane());
        dialog.show();
    }
}
