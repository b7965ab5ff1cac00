package io.dsstudio.ui.main;

import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import io.dsstudio.ui.common.Toast;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The main window's content: menus, the four views as tabs and the status bar with progress and cancel. */
public final class MainView {
    private final MainViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Toast toast;

    /** The views and the actions the menus reach that live in other views. */
    public record Views(Node nodes, Node labels, Node daemonSets, Node map, Runnable focusFilter, Runnable stageEdit) {
    }

    public MainView(MainViewModel model, Messages messages, Views views) {
        this.model = model;
        this.messages = messages;
        root.setId("mainView");
        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(tab("tabNodes", "view.nodes", views.nodes()), tab("tabLabels", "view.labels", views.labels()),
                tab("tabDaemonSets", "view.daemonsets", views.daemonSets()), tab("tabMap", "view.map", views.map()));
        tabs.getSelectionModel().select(model.selectedViewProperty().get());
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> model.selectedViewProperty().set(now.intValue()));
        model.selectedViewProperty().addListener((obs, old, now) -> tabs.getSelectionModel().select(now.intValue()));
        root.setTop(new MainMenu(model, messages, views, new MainMenu.Dialogs(this::showShortcuts, this::showPreferences, this::showAbout),
                MainMenu.Platform.of(System.getProperty("os.name"))).build());
        root.setCenter(tabs);
        root.setBottom(statusBar());
        toast = new Toast(root, messages.get("toast.close"));
        model.state().lastCommittedProperty().addListener((obs, old, committed) -> {
            if (committed != null) {
                toast.show(messages.get("toast.committed", model.describe(committed)), messages.get("toast.undo"),
                        () -> model.undoIfNewest(committed));
            }
        });
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    private Node statusBar() {
        Label counts = new Label();
        counts.setId("statusCounts");
        counts.getStyleClass().add(Styles.STATUS_COUNTS);
        counts.textProperty().bind(model.countsProperty());
        counts.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(model.statusProperty());
        io.dsstudio.ui.common.ElidedTooltip.install(status);
        var tasks = model.state().tasks();
        var commands = model.state().commands();
        var anyRunning = tasks.runningProperty().or(commands.runningProperty());
        Label task = new Label();
        task.textProperty().bind(javafx.beans.binding.Bindings.when(commands.runningProperty())
                .then(commands.messageKeyProperty()).otherwise(tasks.messageKeyProperty())
                .map(k -> k.isEmpty() ? "" : messages.get(k)));
        task.visibleProperty().bind(anyRunning);
        ProgressBar progress = new ProgressBar();
        progress.setId("taskProgress");
        progress.progressProperty().bind(javafx.beans.binding.Bindings.when(commands.runningProperty())
                .then(commands.progressProperty()).otherwise(tasks.progressProperty()));
        progress.visibleProperty().bind(anyRunning);
        Button cancel = new Button(messages.get("status.cancel"));
        cancel.setId("cancelTaskButton");
        io.dsstudio.ui.common.Icons.decorate(cancel);
        cancel.visibleProperty().bind(anyRunning);
        cancel.setOnAction(e -> onCancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, counts, status, spacer, task, progress, cancel);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        return bar;
    }

    private void onCancel() {
        model.cancelTask();
    }

    private void showShortcuts() {
        new ShortcutsDialog(messages).show(root.getScene().getWindow());
    }

    private void showPreferences() {
        new PreferencesDialog(model, messages).show(root.getScene().getWindow());
    }

    private void showAbout() {
        new AboutDialog(model, messages).show(root.getScene().getWindow());
    }

    /** The confirmation shown over the views after a commit. */
    public Toast toast() {
        return toast;
    }

    /** Adds the live-cluster items to the File menu (before Quit) and the connection state to the status bar. */
    public void addLiveControls(java.util.List<javafx.scene.control.MenuItem> fileItems, Node status) {
        javafx.scene.control.Menu file = ((javafx.scene.control.MenuBar) root.getTop()).getMenus().get(0);
        int quit = Math.max(0, file.getItems().size() - 2);
        file.getItems().addAll(quit, fileItems);
        ((HBox) root.getBottom()).getChildren().add(2, status);
    }

    public BorderPane root() {
        return root;
    }
}
