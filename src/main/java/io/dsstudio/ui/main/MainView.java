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

import java.util.List;
import java.util.function.Supplier;

/** The main window's content: menus, the five views as tabs and the status bar with progress and cancel. */
public final class MainView {
    private final MainViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Toast toast;

    /**
     * How to build each view (called once, when its tab is first shown) and the actions the menus reach that live in
     * other views. Only the view shown at start is built before the window's first frame.
     */
    public record Views(Supplier<Node> overview, Supplier<Node> nodes, Supplier<Node> labels, Supplier<Node> daemonSets,
                        Supplier<Node> map, Runnable focusFilter, Runnable stageEdit) {
        List<Supplier<Node>> inTabOrder() {
            return List.of(overview, nodes, labels, daemonSets, map);
        }
    }

    /** The views' tab indices (and selectedView values), in tab order. */
    public static final int OVERVIEW = 0;
    public static final int NODES = 1;
    public static final int LABELS = 2;
    public static final int DAEMONSETS = 3;
    public static final int MAP = 4;

    public MainView(MainViewModel model, Messages messages, Views views) {
        this.model = model;
        this.messages = messages;
        root.setId("mainView");
        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        List<String> ids = List.of("tabOverview", "tabNodes", "tabLabels", "tabDaemonSets", "tabMap");
        List<String> titles = List.of("view.overview", "view.nodes", "view.labels", "view.daemonsets", "view.map");
        for (int i = 0; i < ids.size(); i++) {
            Tab tab = new Tab(messages.get(titles.get(i)));
            tab.setId(ids.get(i));
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().select(model.selectedViewProperty().get());
        for (int i = 0; i < ids.size(); i++) {
            buildWhenShown(tabs.getTabs().get(i), views.inTabOrder().get(i));
        }
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

    /** A view's tab stays empty until first selected: a view not shown costs nothing at start (nor its skins and CSS). */
    private static void buildWhenShown(Tab tab, Supplier<Node> view) {
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                build(tab, view);
            }
        });
        if (tab.isSelected()) {
            build(tab, view);
        }
    }

    private static void build(Tab tab, Supplier<Node> view) {
        if (tab.getContent() == null) {
            tab.setContent(view.get());
        }
    }

    /** Whether a view ({@link #OVERVIEW} … {@link #MAP}) has been built: it is once it has been shown. */
    public boolean isBuilt(int view) {
        return tabs.getTabs().get(view).getContent() != null;
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

    /** Adds items (views and panels other packages build) at the end of the View menu, after a separator. */
    public void addViewMenuItems(java.util.List<javafx.scene.control.MenuItem> items) {
        javafx.scene.control.Menu view = ((javafx.scene.control.MenuBar) root.getTop()).getMenus().stream()
                .filter(m -> messages.get("menu.view").equals(m.getText())).findFirst().orElseThrow();
        view.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        view.getItems().addAll(items);
    }

    /**
     * Docks a panel at the right of the views (the why panel), once: the views give it room while it is managed, and
     * it shows and hides itself (visible and managed) without leaving the scene, so it is styled once.
     */
    public void dockRightOfViews(Node panel) {
        if (root.getRight() == null) {
            root.setRight(panel);
        }
    }

    public BorderPane root() {
        return root;
    }
}
