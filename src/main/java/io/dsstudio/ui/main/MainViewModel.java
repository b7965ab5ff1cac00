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
    private final IntegerProperty shownNodes = new SimpleIntegerProperty();
    private final javafx.beans.property.BooleanProperty nodesFiltered = new javafx.beans.property.SimpleBooleanProperty(false);
    private final StringBinding counts;
    private java.util.function.BooleanSupplier mayReplace = () -> true;
    private Runnable replaced = () -> { };
    private final StringProperty undoText = new SimpleStringProperty();
    private final StringProperty redoText = new SimpleStringProperty();
    private final StringProperty groupBy = new SimpleStringProperty(io.dsstudio.ui.common.NodeFacts.ZONE_LABEL);
    private final ObservableList<String> labelKeys = FXCollections.observableArrayList();
    private java.util.function.Consumer<String> linkOpener;

    public MainViewModel(StudioState state, SnapshotOpener opener, Preferences preferences, Messages messages) {
        this.state = state;
        this.opener = opener;
        this.preferences = preferences;
        this.messages = messages;
        this.title = Bindings.createStringBinding(this::computeTitle, state.sourceProperty(), state.dirtyProperty());
        this.counts = Bindings.createStringBinding(this::computeCounts, state.sourceProperty(), state.snapshotProperty(),
                shownNodes, nodesFiltered);
        preferences.get(Preferences.THEME).ifPresent(t -> theme.set(Theme.saved(t)));
        preferences.get(Preferences.SELECTED_VIEW).ifPresent(v -> selectedView.set(parseView(v)));
        recentFiles.setAll(preferences.recentFiles());
        state.errorProperty().addListener((obs, old, now) -> status.set(now.isEmpty() ? "" : messages.get("status.error", now)));
        for (javafx.beans.Observable changed : java.util.List.of(state.canUndoProperty(), state.canRedoProperty(), state.snapshotProperty())) {
            changed.addListener(o -> refreshHistoryText());
        }
        refreshHistoryText();
    }

    /** Edit ▸ Undo / Redo name what they undo ("Undo: Set label zone=a on 3 nodes"). */
    public void refreshHistoryText() {
        var history = state.workspace().history();
        undoText.set(history.nextUndo().map(c -> messages.get("menu.edit.undoNamed", describe(c))).orElse(messages.get("menu.edit.undo")));
        redoText.set(history.nextRedo().map(c -> messages.get("menu.edit.redoNamed", describe(c))).orElse(messages.get("menu.edit.redo")));
    }

    /** A command's description in the UI's language. */
    public String describe(io.dsstudio.workspace.EditCommand command) {
        return messages.get(command.descriptionKey(), command.descriptionArgs().toArray());
    }

    /** Undoes {@code command} if it is still the newest one (a toast's Undo must not undo something done later). */
    public boolean undoIfNewest(io.dsstudio.workspace.EditCommand command) {
        if (state.workspace().history().nextUndo().filter(c -> c == command).isEmpty()) {
            status.set(messages.get("status.undoOutdated", describe(command)));
            return false;
        }
        state.undo();
        status.set(messages.get("status.undone", describe(command)));
        return true;
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

    /** What the snapshot holds now (it follows every edit), with the nodes the Nodes filter shows while one is set. */
    private String computeCounts() {
        if (state.sourceProperty().get().kind() == SnapshotSource.Kind.NONE) {
            return "";
        }
        io.dsstudio.domain.Snapshot snapshot = state.snapshotProperty().get();
        int nodes = snapshot.nodes().size();
        int daemonSets = snapshot.daemonSets().size();
        int pods = snapshot.pods().size();
        return nodesFiltered.get() ? messages.get("status.countsFiltered", shownNodes.get(), nodes, daemonSets, pods)
                : messages.get("status.counts", nodes, daemonSets, pods);
    }

    /** Follows the Nodes view's filter: the counts say "113 of 2,000 nodes" while it is in force. */
    public void followNodeFilter(javafx.beans.value.ObservableIntegerValue shown, javafx.beans.value.ObservableBooleanValue filtered) {
        shownNodes.bind(shown);
        nodesFiltered.bind(filtered);
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

    /**
     * What opening another snapshot asks first ({@code mayReplace}: false keeps the open one) and does once the new
     * one has been read ({@code replaced}, before it is shown): the editor tabs belong to the old snapshot.
     */
    public void guardReplacement(java.util.function.BooleanSupplier mayReplace, Runnable replaced) {
        this.mayReplace = mayReplace;
        this.replaced = replaced;
    }

    public void openDemo() {
        if (!mayReplace.getAsBoolean()) {
            return;
        }
        state.tasks().run("task.open", p -> opener.openDemo(), loaded -> opened(loaded, SnapshotSource.DEMO), this::failedToOpen);
    }

    public void open(Path path) {
        if (!mayReplace.getAsBoolean()) {
            return;
        }
        // the read's progress in whole percents: an indeterminate bar would animate on every pulse of a long read
        state.tasks().run("task.open", p -> opener.open(path, p::update), loaded -> opened(loaded, SnapshotSource.of(path)), this::failedToOpen);
    }

    private void opened(LoadedSnapshot loaded, SnapshotSource source) {
        replaced.run();
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
        // the counts have their own place in the status bar, where they follow every edit
        status.set(messages.get("status.read", loaded.diagnostics().size()));
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
        if (!locale.getLanguage().equals(messages.locale().getLanguage())) {
            status.set(messages.get("status.languageNextStart"));
        }
    }

    /** The language chosen in the preferences (the one of the next start), else the one shown now. */
    public Locale chosenLanguage() {
        return preferences.get(Preferences.LOCALE).map(Locale::forLanguageTag)
                .map(l -> "zh".equals(l.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH)
                .orElse(messages.locale().getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    /** Applies the Preferences dialog: the theme and grouping now, the language at the next start; saves them. */
    public void applyPreferences(Locale language, Theme chosenTheme, String mapGroupBy) {
        chooseLanguage(language);
        theme.set(chosenTheme);
        if (mapGroupBy != null && !mapGroupBy.isBlank()) {
            groupBy.set(mapGroupBy.trim());
            preferences.put(Preferences.MAP_GROUP_BY, groupBy.get());
        }
        savePreferences();
    }

    /** Opens web pages through the app's host services (none in tests and embedded use). */
    public void setLinkOpener(java.util.function.Consumer<String> opener) {
        linkOpener = opener;
    }

    /** Opens a web page; false when nothing can open one (the view then offers the address another way). */
    public boolean openLink(String url) {
        if (linkOpener == null) {
            return false;
        }
        linkOpener.accept(url);
        return true;
    }

    /** Writes the view choices to the preferences file. */
    public void savePreferences() {
        preferences.put(Preferences.THEME, theme.get().name());
        preferences.put(Preferences.SELECTED_VIEW, Integer.toString(selectedView.get()));
        preferences.save();
    }

    public StringBinding countsProperty() {
        return counts;
    }

    public StringProperty undoTextProperty() {
        return undoText;
    }

    public StringProperty redoTextProperty() {
        return redoText;
    }

    /** The label key the node map groups by (the composition root binds it to the map's choice). */
    public StringProperty groupByProperty() {
        return groupBy;
    }

    /** The label keys of the open snapshot, to choose a grouping from. */
    public ObservableList<String> labelKeys() {
        return labelKeys;
    }

    public Messages messages() {
        return messages;
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

    /** File ▸ Open manifests over this snapshot…: hands the chosen files and folders to what lays them over it. */
    public void openManifestsOver(java.util.List<Path> paths) {
        manifestsOver.accept(paths);
    }

    /** What File ▸ Open manifests over this snapshot… does with the chosen paths (set by the composition root). */
    public void layManifestsWith(java.util.function.Consumer<java.util.List<Path>> opener) {
        this.manifestsOver = opener;
    }

    private java.util.function.Consumer<java.util.List<Path>> manifestsOver = paths -> { };
}
