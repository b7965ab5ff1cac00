package io.dsstudio.ui.main;

import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.common.Theme;
import io.dsstudio.workspace.Preferences;
import io.dsstudio.workspace.SnapshotOpener;
import io.dsstudio.workspace.SnapshotSource;
import io.dsstudio.yaml.LoadedSnapshot;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The main window: what is open (title, dirty mark), opening snapshots, undo/redo, view choice and preferences. */
public final class MainViewModel {
    public static final String APP_NAME = "DaemonSet Studio";

    private final StudioState state;
    private final SnapshotOpener opener;
    private final Preferences preferences;
    private final Messages messages;
    private final IntegerProperty selectedView = new SimpleIntegerProperty(0);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();
    private final StringBinding title;

    public MainViewModel(StudioState state, SnapshotOpener opener, Preferences preferences, Messages messages) {
        this.state = state;
        this.opener = opener;
        this.preferences = preferences;
        this.messages = messages;
        this.title = Bindings.createStringBinding(this::computeTitle, state.sourceProperty(), state.dirtyProperty());
        preferences.get(Preferences.THEME).ifPresent(t -> theme.set("DARK".equals(t) ? Theme.DARK : Theme.LIGHT));
        preferences.get(Preferences.SELECTED_VIEW).ifPresent(v -> selectedView.set(parseView(v)));
        recentFiles.setAll(preferences.recentFiles());
        state.errorProperty().addListener((obs, old, now) -> status.set(now.isEmpty() ? "" : messages.get("status.error", now)));
    }

    private static int parseView(String value) {
        try {
            return Math.max(0, Math.min(MainView.MAP, Integer.parseInt(value)));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private String computeTitle() {
        SnapshotSource source = state.sourceProperty().get();
        String name = switch (source.kind()) {
            case DEMO -> messages.get("title.demo");
            case PATH -> String.valueOf(source.path().getFileName());
            case NONE -> "";
            case LIVE -> messages.get("title.live", source.context());
        };
        String dirty = state.dirtyProperty().get() ? "*" : "";
        return name.isEmpty() ? APP_NAME : dirty + name + " \u2013 " + APP_NAME;
    }

    /** Opens what the arguments or the last session ask for: a path, the demo, or the last snapshot if it still exists. */
    public void openInitial(Path requested, boolean demo) {
        if (requested != null) {
            open(requested);
            return;
        }
        String last = preferences.get(Preferences.LAST_SNAPSHOT).orElse("");
        if (!demo && !last.isEmpty() && !"demo".equals(last) && Files.exists(Path.of(last))) {
            open(Path.of(last));
        } else {
            openDemo();
        }
    }

    public void openDemo() {
        state.tasks().run("task.open", p -> opener.openDemo(), loaded -> opened(loaded, SnapshotSource.DEMO), this::failedToOpen);
    }

    public void open(Path path) {
        state.tasks().run("task.open", p -> opener.open(path), loaded -> opened(loaded, SnapshotSource.of(path)), this::failedToOpen);
    }

    private void opened(LoadedSnapshot loaded, SnapshotSource source) {
        state.workspace().rememberLoaded(loaded);
        state.open(loaded.snapshot(), source, recovered -> {
            if (recovered > 0) {
                status.set(messages.get("status.recovered", recovered));
            }
        });
        String remembered = source.kind() == SnapshotSource.Kind.DEMO ? "demo" : source.path().toAbsolutePath().toString();
        preferences.put(Preferences.LAST_SNAPSHOT, remembered);
        if (source.kind() == SnapshotSource.Kind.PATH) {
            preferences.addRecentFile(remembered);
            recentFiles.setAll(preferences.recentFiles());
        }
        status.set(messages.get("status.opened", loaded.snapshot().nodes().size(), loaded.snapshot().daemonSets().size(),
                loaded.snapshot().pods().size(), loaded.diagnostics().size()));
    }

    private void failedToOpen(Throwable problem) {
        status.set(messages.get("status.openFailed", problem.getMessage() == null ? problem.toString() : problem.getMessage()));
    }

    public void undo() {
        state.undo();
    }

    public void redo() {
        state.redo();
    }

    public void commit() {
        state.commit();
    }

    public void discard() {
        state.discard();
    }

    /** Cancels the running command (an editor's Apply, Step, …) when there is one, else the running task. */
    public void cancelTask() {
        if (state.commands().runningProperty().get()) {
            state.commands().cancel();
            return;
        }
        state.tasks().cancel();
    }

    public void toggleTheme() {
        theme.set(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    /** The language applies at the next start (every view reads its strings once). */
    public void chooseLanguage(Locale locale) {
        preferences.put(Preferences.LOCALE, locale.toLanguageTag());
        status.set(messages.get("status.languageNextStart"));
    }

    /** Writes the view choices to the preferences file. */
    public void savePreferences() {
        preferences.put(Preferences.THEME, theme.get().name());
        preferences.put(Preferences.SELECTED_VIEW, Integer.toString(selectedView.get()));
        preferences.save();
    }

    public StringBinding titleProperty() {
        return title;
    }

    public IntegerProperty selectedViewProperty() {
        return selectedView;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<String> recentFiles() {
        return recentFiles;
    }

    public StudioState state() {
        return state;
    }

    public Preferences preferences() {
        return preferences;
    }
}
