package io.dsstudio.app;

import io.dsstudio.ui.main.MainView;
import io.dsstudio.workspace.DsHome;
import io.dsstudio.ui.common.Theme;
import io.dsstudio.ui.common.ThemeManager;
import io.dsstudio.workspace.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The desktop app: one main window on the demo, a given snapshot or the last one. */
public final class StudioApp extends Application {
    private AppContext context;
    private AppArgs args;
    private ExecutorService executor;
    private Stage stage;

    /**
     * On the launcher thread, before {@link #start}: the composition root's view models are made here while the FX
     * thread reads the theme's stylesheet (JavaFX sorts its thousands of selectors), the two in parallel. Nothing here
     * makes a node.
     */
    @Override
    public void init() {
        args = AppArgs.parse(getParameters().getRaw());
        Path home = DsHome.resolve(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
        // the theme the main view model will read from the same preferences; start() sets it again if it differs (a no-op)
        Theme theme = Theme.saved(new Preferences(home).get(Preferences.THEME).orElse(null));
        Platform.runLater(() -> Application.setUserAgentStylesheet(ThemeManager.userAgentStylesheet(theme)));
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "dsstudio-task");
            thread.setDaemon(true);
            return thread;
        });
        // a file named on the command line is read from here on, beside the toolkit's work on the first frame
        context = new AppContext(home, Clock.systemUTC(), executor, Locale.getDefault(), args.path());
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        // before the first control is made (see ThemeManager): JavaFX would load its own theme first
        context.themes().installUserAgentStylesheet();
        context.mainModel().setLinkOpener(getHostServices()::showDocument);
        // the snapshot is read in the background while the window is built and shown (its result arrives after start);
        // a file named on the command line has been read since init()
        context.mainModel().openInitial(args.path(), args.demo());
        // nothing but the window before its first frame: the menus and views are made right after it (ShellFirst)
        Scene scene = ShellFirst.scene(1280, 800);
        context.themes().install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(context.mainModel().titleProperty());
        WindowGeometry.restore(stage, context.preferences());
        stage.setOnCloseRequest(e -> {
            if (context.editorTabs() != null && !context.editorTabs().confirmQuit()) {
                e.consume();
            }
        });
        stage.show();
        WhyWarmUp.afterFirstPlan(context.state(), context.whyModel(), context::whyPanel, () -> scene);
        if (args.smoke()) {
            var view = context.mainModel().selectedViewProperty();
            // each view is made, not only selected, even if the plan comes before the window is filled
            SmokeExit.install(context.state(), context.overviewModel(), System.getProperty(SmokeExit.UNTIL_PROPERTY, ""), java.util.stream.IntStream
                    .rangeClosed(MainView.OVERVIEW, MainView.MAP).<Runnable>mapToObj(v -> () -> {
                        context.mainView();
                        view.set(v);
                    }).toList());
        }
        ShellFirst.fillAfterFirstFrame(scene, () -> context.mainView().root(), args.smoke() ? SmokeReport::filled : () -> { });
    }

    @Override
    public void stop() {
        if (context != null && !args.smoke()) {
            WindowGeometry.save(stage, context.preferences());
            context.savePreferences();
            if (context.editorTabs() != null) {
                context.editorTabs().clearAutosave();
            }
        }
        if (context != null) {
            context.close();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
