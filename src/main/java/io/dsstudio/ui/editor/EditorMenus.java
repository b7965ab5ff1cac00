package io.dsstudio.ui.editor;

import io.dsstudio.ui.common.Messages;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import java.util.List;

/**
 * Adds the editor's items to the main window's menus without reorganising them: File ▸ New DaemonSet, Save and
 * Save As (before the separator above Quit), and Edit ▸ Edit selected DaemonSet.
 */
public final class EditorMenus {
    private static final String SAVE = io.dsstudio.ui.main.Shortcuts.SAVE;
    private static final String SAVE_AS = io.dsstudio.ui.main.Shortcuts.SAVE_AS;
    private static final String EDIT_DAEMONSET = io.dsstudio.ui.main.Shortcuts.EDIT_DAEMONSET;

    private EditorMenus() {
    }

    /** The file actions, supplied by the composition root. */
    public record FileActions(Runnable save, Runnable saveAs, Runnable export) {
    }

    public static void install(MenuBar bar, EditorTabs tabs, Messages messages, FileActions files) {
        Menu file = bar.getMenus().get(0);
        Menu edit = bar.getMenus().get(1);
        Menu create = new Menu(messages.get("menu.file.newDaemonSet"));
        create.setId("menuNewDaemonSet");
        for (DaemonSetTemplate template : DaemonSetTemplate.values()) {
            MenuItem item = item("menuNew" + template.name(), messages.get(template.messageKey()), null, () -> tabs.openNew(template));
            create.getItems().add(item);
        }
        MenuItem save = item("menuSave", messages.get("menu.file.save"), SAVE, files.save());
        MenuItem saveAs = item("menuSaveAs", messages.get("menu.file.saveAs"), SAVE_AS, files.saveAs());
        MenuItem export = item("menuExport", messages.get("menu.file.export"), null, files.export());
        int at = quitSeparator(file);
        file.getItems().addAll(at, List.of(new SeparatorMenuItem(), create, save, saveAs, export));
        edit.getItems().addAll(new SeparatorMenuItem(),
                item("menuEditDaemonSet", messages.get("menu.edit.editDaemonSet"), EDIT_DAEMONSET, tabs::openSelected));
    }

    /** Index of the separator just above Quit, or the end. */
    private static int quitSeparator(Menu file) {
        for (int i = 0; i < file.getItems().size(); i++) {
            if ("menuQuit".equals(file.getItems().get(i).getId())) {
                return i > 0 && file.getItems().get(i - 1) instanceof SeparatorMenuItem ? i - 1 : i;
            }
        }
        return file.getItems().size();
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.valueOf(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
