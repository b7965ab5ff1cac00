package io.dsstudio.app;

import io.dsstudio.cluster.ConnectionService;
import io.dsstudio.cluster.ConvergenceMonitor;
import io.dsstudio.ui.cluster.ConnectViewModel;
import io.dsstudio.ui.cluster.ConvergenceWatch;
import io.dsstudio.ui.cluster.LiveApplyViewModel;
import io.dsstudio.ui.cluster.LiveControls;
import io.dsstudio.ui.cluster.LiveViewModel;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.TaskRunner;
import io.dsstudio.ui.common.ThemeManager;
import io.dsstudio.ui.daemonsets.DaemonSetsViewModel;
import io.dsstudio.ui.labels.LabelsViewModel;
import io.dsstudio.ui.main.MainView;
import io.dsstudio.ui.main.MainViewModel;
import io.dsstudio.ui.nodemap.NodeMapViewModel;
import io.dsstudio.ui.nodes.NodesViewModel;
import io.dsstudio.ui.whatif.WhatIfView;
import io.dsstudio.ui.whatif.WhatIfViewModel;
import io.dsstudio.ui.editor.BufferAnalyzer;
import io.dsstudio.ui.editor.EditorMenus;
import io.dsstudio.ui.editor.EditorServices;
import io.dsstudio.ui.editor.EditorTabs;
import io.dsstudio.ui.editor.FileCommands;
import io.dsstudio.ui.editor.PreviewCalculator;
import io.dsstudio.ui.editor.SaveController;
import io.dsstudio.workspace.AppliedDocuments;
import io.dsstudio.workspace.ControllerSync;
import io.dsstudio.workspace.EmbeddedController;
import io.dsstudio.workspace.EditJournal;
import io.dsstudio.reconcile.Planner;
import io.dsstudio.workspace.IncrementalPlanning;
import io.dsstudio.workspace.PlanningService;
import io.dsstudio.workspace.Preferences;
import io.dsstudio.workspace.SnapshotOpener;
import io.dsstudio.workspace.WhatIfCalculator;
import io.dsstudio.workspace.Workspace;
import io.dsstudio.yaml.SnapshotLoader;

import javafx.application.Platform;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Executor;

/** The one composition root: creates every service, view model and view of the desktop app. */
public final class AppContext {
    private final Preferences preferences;
    private final Messages messages;
    private final StudioState state;
    private final MainViewModel mainModel;
    private final NodesViewModel nodesModel;
    private final LabelsViewModel labelsModel;
    private final DaemonSetsViewModel daemonSetsModel;
    private final NodeMapViewModel mapModel;
    private final WhatIfViewModel whatIfModel;
    private final ThemeManager themes;
    private MainView mainView;
    private LiveControls liveControls;
    private final ConnectionService connections;
    private final ConnectViewModel connectModel;
    private final LiveViewModel liveModel;
    private final LiveApplyViewModel liveApplyModel;
    private final EditorServices editorServices;
    private final SaveController saves;
    private EditorTabs editorTabs;
    private final io.dsstudio.ui.why.WhyViewModel whyModel;
    private final io.dsstudio.ui.overview.OverviewViewModel overviewModel;
    private io.dsstudio.ui.why.WhyPanel whyPanel;
    private io.dsstudio.ui.palette.CommandPalette commandPalette;
    private final io.dsstudio.ui.rollout.RolloutDockViewModel rolloutModel;
    private final io.dsstudio.ui.overlay.ManifestOverlayViewModel overlayModel;
    private io.dsstudio.ui.overlay.ManifestOverlayPanel overlayPanel;

    private final Path home;

    public AppContext(Path home, Clock clock, Executor executor, Locale systemLocale) {
        this(home, clock, executor, systemLocale, null);
    }

    /**
     * @param readFirst a snapshot file to start reading on {@code executor} before the rest of the composition root is
     *                  made (the file named on the command line; null for none): the first open of it takes that read
     */
    public AppContext(Path home, Clock clock, Executor executor, Locale systemLocale, Path readFirst) {
        this(home, clock, executor, systemLocale, System.getenv(), System.getProperty("user.home"), Platform::runLater, readFirst);
    }

    /**
     * @param env          where KUBECONFIG and DSSTUDIO_HOME are read (the process environment in the app)
     * @param fxDispatcher how watch events and connection states reach the FX thread ({@code Platform::runLater})
     */
    public AppContext(Path home, Clock clock, Executor executor, Locale systemLocale, Map<String, String> env, String userHome,
                      Executor fxDispatcher) {
        this(home, clock, executor, systemLocale, env, userHome, fxDispatcher, null);
    }

    private AppContext(Path home, Clock clock, Executor executor, Locale systemLocale, Map<String, String> env, String userHome,
                       Executor fxDispatcher, Path readFirst) {
        this.home = home;
        PlanningService planning = new IncrementalPlanning(clock);
        SnapshotOpener opener = new SnapshotOpener(SnapshotLoader::new, planning::planOpenedAhead);
        if (readFirst != null) {
            opener.readAhead(readFirst, executor);
        }
        preferences = new Preferences(home);
        messages = new Messages(uiLocale(preferences.get(Preferences.LOCALE).map(Locale::forLanguageTag).orElse(systemLocale)));
        ControllerSync sync = new ControllerSync(new Planner());
        WhatIfCalculator whatIf = new WhatIfCalculator(planning, sync, clock);
        state = new StudioState(new Workspace(), planning, whatIf, new TaskRunner(executor), new EditJournal(home));
        EmbeddedController controller = new EmbeddedController(sync, clock);
        AppliedDocuments applied = new AppliedDocuments();
        editorServices = new EditorServices(state, new BufferAnalyzer(messages), new PreviewCalculator(planning, sync, clock),
                controller, applied, new TaskRunner(executor), messages);
        saves = new SaveController(state, controller, applied, messages);
        mainModel = new MainViewModel(state, opener, preferences, messages);
        nodesModel = new NodesViewModel(state, clock);
        mainModel.followNodeFilter(nodesModel.shownCount(), nodesModel.filteredProperty());
        labelsModel = new LabelsViewModel(state);
        daemonSetsModel = new DaemonSetsViewModel(state, clock, messages);
        mapModel = new NodeMapViewModel(state, messages);
        MapChoices.restore(preferences, mapModel);
        mainModel.groupByProperty().bindBidirectional(mapModel.groupByProperty());
        javafx.beans.binding.Bindings.bindContent(mainModel.labelKeys(), mapModel.labelKeys());
        followOnlyWhileShown();
        whatIfModel = new WhatIfViewModel(state);
        whyModel = new io.dsstudio.ui.why.WhyViewModel(state, new io.dsstudio.ui.why.EditorTolerationFix(() -> editorTabs,
                editorServices.analyzer(), () -> state.snapshotProperty().get(),
                problem -> mainModel.statusProperty().set(messages.get("why.fix.failed", problem))));
        overviewModel = new io.dsstudio.ui.overview.OverviewViewModel(state);
        overviewModel.activeProperty().bind(mainModel.selectedViewProperty().isEqualTo(MainView.OVERVIEW));
        overviewModel.navigateWith(new io.dsstudio.ui.overview.OverviewNavigator() {
            @Override
            public void showDaemonSet(String key, boolean onlyNotRunning) {
                state.selectedDaemonSetProperty().set(key);
                daemonSetsModel.onlyNotRunningProperty().set(onlyNotRunning);
                mainModel.selectedViewProperty().set(MainView.DAEMONSETS);
            }

            @Override
            public void showNodes(java.util.List<String> nodes) {
                nodesModel.filterTextProperty().set("");
                state.selectNodes(nodes);
                mainModel.selectedViewProperty().set(MainView.NODES);
            }
        });
        themes = new ThemeManager(mainModel.themeProperty().get(), messages.locale());
        themes.themeProperty().bind(mainModel.themeProperty());
        connections = new ConnectionService(env, userHome);
        connectModel = new ConnectViewModel(connections, messages);
        liveModel = new LiveViewModel(connections, state, messages, fxDispatcher, LiveViewModel.DEFAULT_DEBOUNCE);
        liveModel.followPendingSpecEdits(controller);
        rolloutModel = new io.dsstudio.ui.rollout.RolloutDockViewModel(state, controller, new TaskRunner(executor), messages, clock);
        followRollout();
        liveApplyModel = new LiveApplyViewModel(liveModel, new ConvergenceWatch(planning, messages, new TaskRunner(executor),
                ConvergenceMonitor.DEFAULT_TIMEOUT, Duration.ofSeconds(2)),
                ds -> applied.textFor(ds).flatMap(io.dsstudio.ui.editor.ExportText::manifestJson));
        overlayModel = new io.dsstudio.ui.overlay.ManifestOverlayViewModel(state, applied, () -> overlayTarget(applied), messages);
    }

    /** What File ▸ Open manifests over this snapshot… lays the manifests over: the live cluster's objects, or the files'. */
    private io.dsstudio.ui.overlay.ManifestOverlayViewModel.Target overlayTarget(AppliedDocuments applied) {
        io.dsstudio.cluster.LiveSession session = liveModel.session();
        if (state.workspace().source().kind() == io.dsstudio.workspace.SnapshotSource.Kind.LIVE && session != null) {
            return new io.dsstudio.ui.overlay.ManifestOverlayViewModel.Target(io.dsstudio.workspace.ManifestOverlayCalculator.heldIn(
                    io.dsstudio.cluster.LiveOverlay.held(session.loaded()), state.workspace().snapshot(), applied),
                    session.cluster().defaultNamespace());
        }
        return io.dsstudio.ui.overlay.ManifestOverlayViewModel.openSnapshot(state, applied).get();
    }

    /**
     * The rollout dock follows the DaemonSet the map colours and forecasts only while the map is shown; the map marks
     * the nodes that will block the rollout; Enter on a tile shows its node in the Nodes view.
     */
    private void followRollout() {
        rolloutModel.daemonSetProperty().bind(mapModel.daemonSetProperty());
        rolloutModel.activeProperty().bind(mainModel.selectedViewProperty().isEqualTo(MainView.MAP));
        javafx.beans.binding.Bindings.bindContent(mapModel.blockers(), rolloutModel.blockers());
        mapModel.onNodeEnteredProperty().set(node -> {
            nodesModel.filterTextProperty().set("");
            state.selectNodes(java.util.List.of(node));
            mainModel.selectedViewProperty().set(MainView.NODES);
        });
    }

    /** A commit or a new plan re-renders only the shown view; the others catch up when they are shown. */
    private void followOnlyWhileShown() {
        var view = mainModel.selectedViewProperty();
        // editor tabs (after the views) preview onto the map: it follows them, so their ghosts are there when shown
        mapModel.shownProperty().bind(view.greaterThanOrEqualTo(MainView.MAP));
        daemonSetsModel.shownProperty().bind(view.isEqualTo(MainView.DAEMONSETS));
        nodesModel.shownProperty().bind(view.isEqualTo(MainView.NODES).or(nodesModel.filteredProperty()));
        labelsModel.shownProperty().bind(view.isEqualTo(MainView.LABELS));
    }

    /** English unless the locale asks for Chinese. */
    static Locale uiLocale(Locale requested) {
        return "zh".equals(requested.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /**
     * The main window's content, made on first call (the app makes it right after the window's first frame, see
     * ShellFirst). Only the view shown first is built now; the others, and the why, palette and overlay windows, are
     * built when first shown.
     */
    public MainView mainView() {
        if (mainView == null) {
            mainView = new MainView(mainModel, messages, new LazyViews(this, this::openWhy, () -> editorTabs.openSelected()).views());
            LiveControls live = new LiveControls(connectModel, liveModel, liveApplyModel, messages,
                    () -> mainView.root().getScene().getWindow());
            mainView.addLiveControls(live.fileMenuItems(), live.statusNode());
            liveControls = live;
            installEditor();
            installWhyAndPalette();
            installOverlay();
        }
        return mainView;
    }

    /** Whether the main window's content has been made yet (it is made right after the window's first frame). */
    boolean mainViewBuilt() {
        return mainView != null;
    }

    /** Editor tabs in the main tab pane, their menu items, and double-click on a DaemonSet (table or map) to edit it. */
    private void installEditor() {
        editorTabs = new EditorTabs(editorServices, (javafx.scene.control.TabPane) mainView.root().getCenter(),
                new io.dsstudio.workspace.EditorAutosave(home));
        FileCommands files = new FileCommands(saves, editorTabs, mainModel.statusProperty(), messages, state.tasks().sibling());
        io.dsstudio.ui.editor.SnapshotReplaceGuard replaceGuard = new io.dsstudio.ui.editor.SnapshotReplaceGuard(editorTabs, files, state, messages);
        mainModel.guardReplacement(replaceGuard::confirm, replaceGuard::replaced);
        EditorMenus.install((javafx.scene.control.MenuBar) mainView.root().getTop(), editorTabs, messages,
                new EditorMenus.FileActions(files::save, files::saveAs, files::export));
        mainView.root().sceneProperty().flatMap(javafx.scene.Scene::windowProperty).flatMap(javafx.stage.Window::focusedProperty)
                .addListener((obs, was, focused) -> {
                    if (Boolean.TRUE.equals(focused)) {
                        files.checkDisk();
                    }
                });
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) mainView.root().getTop();
        bar.getMenus().get(0).getItems().stream().filter(i -> "menuQuit".equals(i.getId())).findFirst().ifPresent(quit -> {
            var hide = quit.getOnAction();
            quit.setOnAction(e -> {
                if (editorTabs.confirmQuit()) {
                    hide.handle(e);
                }
            });
        });
    }

    /** View ▸ Why (not) here… on the selected node and DaemonSet, and View ▸ Command palette; their windows on first use. */
    private void installWhyAndPalette() {
        javafx.scene.control.MenuItem why = new javafx.scene.control.MenuItem(messages.get("why.menu"));
        why.setId("menuWhy");
        why.setAccelerator(javafx.scene.input.KeyCombination.valueOf(io.dsstudio.ui.main.Shortcuts.WHY));
        why.setOnAction(e -> openWhy(null, null));
        javafx.scene.control.MenuItem palette = new javafx.scene.control.MenuItem(messages.get("palette.menu"));
        palette.setId("menuPalette");
        palette.setAccelerator(javafx.scene.input.KeyCombination.valueOf(io.dsstudio.ui.main.Shortcuts.PALETTE));
        palette.setOnAction(e -> commandPalette().show(mainView.root().getScene().getWindow()));
        mainView.addViewMenuItems(java.util.List.of(why, palette));
        mapModel.openWhyProperty().set(this::openWhy);
    }

    /** File ▸ Open manifests over this snapshot…: its window, and the map shows the staged result. */
    private void installOverlay() {
        mainModel.layManifestsWith(paths -> {
            overlayPanel().show(mainView.root().getScene() == null ? null : mainView.root().getScene().getWindow());
            mainModel.selectedViewProperty().set(MainView.MAP);
            overlayModel.open(paths);
        });
    }

    public io.dsstudio.ui.overlay.ManifestOverlayViewModel overlayModel() {
        return overlayModel;
    }

    public io.dsstudio.ui.overlay.ManifestOverlayPanel overlayPanel() {
        if (overlayPanel == null) {
            overlayPanel = new io.dsstudio.ui.overlay.ManifestOverlayPanel(overlayModel, messages, themes,
                    new WhatIfView(whatIfModel, messages).root());
        }
        return overlayPanel;
    }

    /** Opens the "why" panel at the right of the views on a pair; null means the views' selection (or the first DaemonSet). */
    public void openWhy(String node, String daemonSet) {
        mainView();
        mainView.dockRightOfViews(whyPanel().root());
        whyPanel().show(node == null ? whyModel.defaultNode() : node, daemonSet == null ? whyModel.defaultDaemonSet() : daemonSet);
    }

    public io.dsstudio.ui.palette.CommandPalette commandPalette() {
        mainView();
        if (commandPalette == null) {
            io.dsstudio.ui.palette.PaletteEntries found = new io.dsstudio.ui.palette.PaletteEntries(messages,
                    new Navigation(state, nodesModel, mainModel).paletteActions());
            commandPalette = new io.dsstudio.ui.palette.CommandPalette(messages, themes,
                    () -> found.of((javafx.scene.control.MenuBar) mainView.root().getTop(), state.snapshotProperty().get()));
        }
        return commandPalette;
    }

    public io.dsstudio.ui.why.WhyPanel whyPanel() {
        if (whyPanel == null) {
            whyPanel = new io.dsstudio.ui.why.WhyPanel(whyModel, messages);
        }
        return whyPanel;
    }

    public io.dsstudio.ui.overview.OverviewViewModel overviewModel() {
        return overviewModel;
    }

    public io.dsstudio.ui.why.WhyViewModel whyModel() {
        return whyModel;
    }

    public EditorTabs editorTabs() {
        return editorTabs;
    }

    public SaveController saves() {
        return saves;
    }

    public void savePreferences() {
        MapChoices.save(preferences, mapModel);
        mainModel.savePreferences();
    }

    public LiveControls liveControls() {
        mainView();
        return liveControls;
    }

    public LiveViewModel liveModel() {
        return liveModel;
    }

    public LiveApplyViewModel liveApplyModel() {
        return liveApplyModel;
    }

    /** Closes the live connection (its informers and client). */
    public void close() {
        liveModel.close();
    }

    public Preferences preferences() {
        return preferences;
    }

    public Messages messages() {
        return messages;
    }

    public StudioState state() {
        return state;
    }

    public MainViewModel mainModel() {
        return mainModel;
    }

    public NodesViewModel nodesModel() {
        return nodesModel;
    }

    public LabelsViewModel labelsModel() {
        return labelsModel;
    }

    public DaemonSetsViewModel daemonSetsModel() {
        return daemonSetsModel;
    }

    public io.dsstudio.ui.rollout.RolloutDockViewModel rolloutModel() {
        return rolloutModel;
    }

    WhatIfViewModel whatIfModel() {
        return whatIfModel;
    }

    public NodeMapViewModel mapModel() {
        return mapModel;
    }

    public ThemeManager themes() {
        return themes;
    }
}
