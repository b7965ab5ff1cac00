package io.dsstudio.ui.main;

import io.dsstudio.ui.common.Icons;
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
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The menu bar; every item has its shortcut from {@link Shortcuts}. Preferences sit where each platform expects
 * them: under Edit on Linux and Windows; on macOS the bar is the system menu bar and, as JavaFX offers no API for
 * the application menu, About and Preferences open the first menu (where the application menu's items would be).
 */
final class MainMenu {
    /** Where the bar lives and where Preferences and About go. */
    enum Platform {
        MAC, OTHER;

        static Platform of(String osName) {
            return osName != null && osName.toLowerCase(Locale.ROOT).startsWith("mac") ? MAC : OTHER;
        }
    }

    /** The dialogs the menus open. */
    record Dialogs(Runnable shortcuts, Runnable preferences, Runnable about) {
    }

    private final MainViewModel model;
    private final Messages messages;
    private final MainView.Views views;
    private final Dialogs dialogs;
    private final Platform platform;
    private final MenuBar bar = new MenuBar();
    private final Menu recent;

    MainMenu(MainViewModel model, Messages messages, MainView.Views views, Dialogs dialogs, Platform platform) {
        this.model = model;
        this.messages = messages;
        this.views = views;
        this.dialogs = dialogs;
        this.platform = platform;
        this.recent = new Menu(messages.get("menu.file.recent"));
    }

    MenuBar build() {
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(platform == Platform.MAC);
        model.recentFiles().addListener((ListChangeListener<String>) c -> fillRecent());
        fillRecent();
        MenuItem preferences = item("menuPreferences", "menu.edit.preferences", Shortcuts.PREFERENCES, dialogs.preferences());
        Icons.on(preferences, Material2MZ.SETTINGS);
        MenuItem about = item("menuAbout", "menu.help.about", null, dialogs.about());
        Icons.on(about, Material2AL.INFO);
        Menu file = menu("menu.file", Icons.on(item("menuOpen", "menu.file.open", Shortcuts.OPEN, this::onOpenFile), Material2AL.FOLDER_OPEN),
                item("menuOpenFolder", "menu.file.openFolder", Shortcuts.OPEN_FOLDER, this::onOpenFolder),
                Icons.on(item("menuOpenOverlay", "menu.file.openOverlay", Shortcuts.OPEN_OVERLAY, this::onOpenOverlay), Material2AL.LAYERS),
                item("menuOpenOverlayFolder", "menu.file.openOverlayFolder", null, this::onOpenOverlayFolder),
                Icons.on(item("menuOpenDemo", "menu.file.openDemo", Shortcuts.OPEN_DEMO, model::openDemo), Material2AL.DASHBOARD),
                Icons.on(recent, Material2MZ.RESTORE),
                new SeparatorMenuItem(), Icons.on(item("menuQuit", "menu.file.quit", Shortcuts.QUIT, this::onQuit), Material2AL.EXIT_TO_APP));
        if (platform == Platform.MAC) {
            file.getItems().addAll(0, List.of(about, preferences, new SeparatorMenuItem()));
        }
        MenuItem undo = Icons.on(item("menuUndo", "menu.edit.undo", Shortcuts.UNDO, model::undo), Material2MZ.UNDO);
        undo.disableProperty().bind(model.state().canUndoProperty().not());
        undo.textProperty().bind(model.undoTextProperty());
        MenuItem redo = Icons.on(item("menuRedo", "menu.edit.redo", Shortcuts.REDO, model::redo), Material2MZ.REDO);
        redo.disableProperty().bind(model.state().canRedoProperty().not());
        redo.textProperty().bind(model.redoTextProperty());
        MenuItem commit = Icons.on(item("menuCommit", "menu.edit.commit", Shortcuts.COMMIT, model::commit), Material2AL.DONE_ALL);
        commit.disableProperty().bind(model.state().previewProperty().isNull());
        MenuItem discard = Icons.on(item("menuDiscard", "menu.edit.discard", Shortcuts.DISCARD, model::discard), Material2AL.CLOSE);
        discard.disableProperty().bind(model.state().previewProperty().isNull());
        Menu edit = menu("menu.edit", undo, redo, new SeparatorMenuItem(),
                Icons.on(item("menuPreview", "menu.edit.preview", Shortcuts.PREVIEW, views.stageEdit()), Material2MZ.PREVIEW), commit, discard,
                new SeparatorMenuItem(), Icons.on(item("menuCancel", "menu.edit.cancelTask", Shortcuts.CANCEL, model::cancelTask), Material2MZ.STOP));
        edit.setOnShowing(e -> model.refreshHistoryText());
        if (platform == Platform.OTHER) {
            SeparatorMenuItem beforePreferences = new SeparatorMenuItem();
            edit.getItems().addAll(beforePreferences, preferences);
            // Items other parts add later (the editor's) go above Preferences, which stays last as on every desktop.
            edit.addEventHandler(Menu.ON_SHOWING, e -> {
                edit.getItems().removeAll(beforePreferences, preferences);
                edit.getItems().addAll(beforePreferences, preferences);
            });
        }
        Menu view = menu("menu.view",
                Icons.on(item("menuViewOverview", "view.overview", Shortcuts.VIEW_OVERVIEW, () -> model.selectedViewProperty().set(MainView.OVERVIEW)), Material2AL.DASHBOARD),
                Icons.on(item("menuViewNodes", "view.nodes", Shortcuts.VIEW_NODES, () -> model.selectedViewProperty().set(MainView.NODES)), Material2AL.DNS),
                Icons.on(item("menuViewLabels", "view.labels", Shortcuts.VIEW_LABELS, () -> model.selectedViewProperty().set(MainView.LABELS)), Material2AL.LABEL),
                Icons.on(item("menuViewDaemonSets", "view.daemonsets", Shortcuts.VIEW_DAEMONSETS, () -> model.selectedViewProperty().set(MainView.DAEMONSETS)), Material2MZ.VIEW_MODULE),
                Icons.on(item("menuViewMap", "view.map", Shortcuts.VIEW_MAP, () -> model.selectedViewProperty().set(MainView.MAP)), Material2MZ.MAP),
                new SeparatorMenuItem(), Icons.on(item("menuFilter", "menu.view.filter", Shortcuts.FILTER, this::onFilter), Material2AL.FILTER_LIST),
                Icons.on(item("menuTheme", "menu.view.theme", Shortcuts.THEME, model::toggleTheme), Material2AL.BRIGHTNESS_6));
        Menu help = menu("menu.help", Icons.on(item("menuShortcuts", "menu.help.shortcuts", Shortcuts.HELP, dialogs.shortcuts()), Material2AL.KEYBOARD));
        if (platform == Platform.OTHER) {
            help.getItems().addAll(new SeparatorMenuItem(), about);
        }
        bar.getMenus().setAll(file, edit, view, help);
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

    /** File ▸ Open manifests over this snapshot…: one or more manifest files laid over the open snapshot. */
    private void onOpenOverlay() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.openOverlay"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("file.manifests"), "*.yaml", "*.yml", "*.json"));
        List<File> chosen = chooser.showOpenMultipleDialog(window());
        if (chosen != null && !chosen.isEmpty()) {
            model.openManifestsOver(chosen.stream().map(File::toPath).toList());
        }
    }

    private void onOpenOverlayFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("menu.file.openOverlayFolder"));
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            model.openManifestsOver(List.of(chosen.toPath()));
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
