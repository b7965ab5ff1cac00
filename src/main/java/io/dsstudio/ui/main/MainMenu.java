package io.dsstudio.ui.main;

import io.dsstudio.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/** The menu bar; every item has its shortcut from {@link Shortcuts}. */
final class MainMenu {
    private final MainViewModel model;
    private final Messages messages;
    private final MainView.Views views;
    private final Runnable showShortcuts;
    private final MenuBar bar = new MenuBar();
    private final Menu recent;

    MainMenu(MainViewModel model, Messages messages, MainView.Views views, Runnable showShortcuts) {
        this.model = model;
        this.messages = messages;
        this.views = views;
        this.showShortcuts = showShortcuts;
        this.recent = new Menu(messages.get("menu.file.recent"));
    }

    MenuBar build() {
        bar.setId("menuBar");
        model.recentFiles().addListener((ListChangeListener<String>) c -> fillRecent());
        fillRecent();
        Menu file = menu("menu.file", item("menuOpen", "menu.file.open", Shortcuts.OPEN, this::onOpenFile),
                item("menuOpenFolder", "menu.file.openFolder", Shortcuts.OPEN_FOLDER, this::onOpenFolder),
                item("menuOpenDemo", "menu.file.openDemo", Shortcuts.OPEN_DEMO, model::openDemo), recent,
                new SeparatorMenuItem(), item("menuQuit", "menu.file.quit", Shortcuts.QUIT, this::onQuit));
        MenuItem undo = item("menuUndo", "menu.edit.undo", Shortcuts.UNDO, model::undo);
        undo.disableProperty().bind(model.state().canUndoProperty().not());
        MenuItem redo = item("menuRedo", "menu.edit.redo", Shortcuts.REDO, model::redo);
        redo.disableProperty().bind(model.state().canRedoProperty().not());
        MenuItem commit = item("menuCommit", "menu.edit.commit", Shortcuts.COMMIT, model::commit);
        commit.disableProperty().bind(model.state().previewProperty().isNull());
        MenuItem discard = item("menuDiscard", "menu.edit.discard", Shortcuts.DISCARD, model::discard);
        discard.disableProperty().bind(model.state().previewProperty().isNull());
        Menu edit = menu("menu.edit", undo, redo, new SeparatorMenuItem(),
                item("menuPreview", "menu.edit.preview", Shortcuts.PREVIEW, views.stageEdit()), commit, discard,
                new SeparatorMenuItem(), item("menuCancel", "menu.edit.cancelTask", Shortcuts.CANCEL, model::cancelTask));
        Menu view = menu("menu.view",
                item("menuViewOverview", "view.overview", Shortcuts.VIEW_OVERVIEW, () -> model.selectedViewProperty().set(MainView.OVERVIEW)),
                item("menuViewNodes", "view.nodes", Shortcuts.VIEW_NODES, () -> model.selectedViewProperty().set(MainView.NODES)),
                item("menuViewLabels", "view.labels", Shortcuts.VIEW_LABELS, () -> model.selectedViewProperty().set(MainView.LABELS)),
                item("menuViewDaemonSets", "view.daemonsets", Shortcuts.VIEW_DAEMONSETS, () -> model.selectedViewProperty().set(MainView.DAEMONSETS)),
                item("menuViewMap", "view.map", Shortcuts.VIEW_MAP, () -> model.selectedViewProperty().set(MainView.MAP)),
                new SeparatorMenuItem(), item("menuFilter", "menu.view.filter", Shortcuts.FILTER, this::onFilter),
                item("menuTheme", "menu.view.theme", Shortcuts.THEME, model::toggleTheme));
        Menu language = new Menu(messages.get("menu.prefs.language"));
        language.getItems().addAll(item("menuLangEn", "menu.prefs.english", null, () -> model.chooseLanguage(Locale.ENGLISH)),
                item("menuLangZh", "menu.prefs.chinese", null, () -> model.chooseLanguage(Locale.SIMPLIFIED_CHINESE)));
        Menu prefs = menu("menu.prefs", language);
        Menu help = menu("menu.help", item("menuShortcuts", "menu.help.shortcuts", Shortcuts.HELP, showShortcuts));
        bar.getMenus().setAll(file, edit, view, prefs, help);
        return bar;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(messages.get(key));
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(String id, String key, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.valueOf(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (String path : model.recentFiles()) {
            MenuItem item = new MenuItem(path);
            item.setOnAction(e -> model.open(Path.of(path)));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private Window window() {
        return bar.getScene().getWindow();
    }

    private void onOpenFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("file.manifests"), "*.yaml", "*.yml", "*.json"));
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            model.open(chosen.toPath());
        }
    }

    private void onOpenFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("menu.file.openFolder"));
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            model.open(chosen.toPath());
        }
    }

    private void onFilter() {
        model.selectedViewProperty().set(MainView.NODES);
        views.focusFilter().run();
    }

    private void onQuit() {
        window().hide();
    }
}
