package io.dsstudio.ui.editor;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.workspace.DaemonSetSpecs;
import io.dsstudio.workspace.EditorAutosave;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editor tabs of the main window's tab pane (the four views stay unclosable). A DaemonSet opens once: opening
 * it again selects its tab. Closing a tab whose buffer was not applied asks first.
 */
public final class EditorTabs {
    private final EditorServices services;
    private final Messages messages;
    private final TabPane tabs;
    private final Map<EditorViewModel, Tab> open = new LinkedHashMap<>();
    private final EditorAutosave autosave;
    private EditorAutosave.Entry pendingRecovery;

    /**
     * @param autosave where the open work is kept every {@link #AUTOSAVE_PERIOD}, after every change of the
     *                 snapshot (each apply) and when the snapshot is saved; its earlier content is offered for
     *                 recovery when its snapshot is opened
     */
    public EditorTabs(EditorServices services, TabPane tabs, EditorAutosave autosave) {
        this.services = services;
        this.messages = services.messages();
        this.tabs = tabs;
        this.autosave = autosave;
        this.pendingRecovery = autosave.load().orElse(null);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getTabs().forEach(t -> t.setClosable(false));
        services.state().snapshotProperty().addListener((obs, old, now) -> {
            open.keySet().forEach(EditorViewModel::snapshotChanged);
            autosaveNow();
        });
        services.state().dirtyProperty().addListener((obs, old, now) -> autosaveNow());
        services.state().sourceProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(() -> offerRecovery(now)));
        javafx.animation.Timeline timer = new javafx.animation.Timeline(new javafx.animation.KeyFrame(AUTOSAVE_PERIOD, e -> autosaveNow()));
        timer.setCycleCount(javafx.animation.Animation.INDEFINITE);
        timer.play();
    }

    public static final javafx.util.Duration AUTOSAVE_PERIOD = javafx.util.Duration.seconds(30);

    /** The work that would be lost now: modified buffers, and applied texts while the snapshot is not saved. */
    public List<EditorAutosave.Buffer> openWork() {
        List<EditorAutosave.Buffer> out = new ArrayList<>();
        boolean unsaved = services.state().dirtyProperty().get();
        java.util.Set<ObjectRef> covered = new java.util.HashSet<>();
        for (EditorViewModel model : open.keySet()) {
            if (model.modifiedProperty().get() || (unsaved && model.appliedText() != null)) {
                out.add(new EditorAutosave.Buffer(model.replaces(), model.textProperty().get()));
                covered.add(model.replaces());
            }
        }
        if (unsaved) {
            for (DaemonSet ds : services.state().snapshotProperty().get().daemonSets()) {
                if (!covered.contains(ds.ref())) {
                    services.applied().textFor(ds).ifPresent(text -> out.add(new EditorAutosave.Buffer(ds.ref(), text)));
                }
            }
        }
        return out;
    }

    public void autosaveNow() {
        List<EditorAutosave.Buffer> work = openWork();
        if (work.isEmpty() && pendingRecovery != null) {
            return; // keep the last session's work until its snapshot has been opened
        }
        try {
            autosave.save(services.state().sourceProperty().get(), work);
        } catch (java.io.UncheckedIOException failed) {
            services.state().errorProperty().set(failed.getMessage());
        }
    }

    /** A normal quit: nothing to recover next time. */
    public void clearAutosave() {
        if (pendingRecovery == null) {
            autosave.save(services.state().sourceProperty().get(), List.of());
        }
    }

    private void offerRecovery(io.dsstudio.workspace.SnapshotSource source) {
        EditorAutosave.Entry entry = pendingRecovery;
        if (entry == null || !EditorAutosave.belongsTo(entry, source)) {
            return;
        }
        pendingRecovery = null;
        io.dsstudio.ui.common.DialogButtons buttons = new io.dsstudio.ui.common.DialogButtons(messages);
        ButtonType yes = buttons.yes();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("editor.recover.content", entry.buffers().size()),
                yes, buttons.no());
        ask.setTitle(messages.get("editor.recover.title"));
        ask.setHeaderText(null);
        if (window() != null) {
            ask.initOwner(window());
            io.dsstudio.ui.common.DialogStyle.from(window(), ask.getDialogPane());
        }
        if (ask.showAndWait().filter(b -> b == yes).isPresent()) {
            entry.buffers().forEach(b -> openText(b.ref(), b.text()));
        }
        autosaveNow();
    }

    /** Opens the DaemonSet selected in the views (namespace/name), if any. */
    public Optional<EditorViewModel> openSelected() {
        String key = services.state().selectedDaemonSetProperty().get();
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        return services.state().snapshotProperty().get().daemonSets().stream().filter(d -> d.key().equals(key)).findFirst()
                .map(this::open);
    }

    public EditorViewModel open(DaemonSet ds) {
        for (Map.Entry<EditorViewModel, Tab> e : open.entrySet()) {
            if (ds.ref().equals(e.getKey().replaces())) {
                tabs.getSelectionModel().select(e.getValue());
                return e.getKey();
            }
        }
        // the text last applied for this spec if any (the file's text is older), else the document as read
        String text = services.applied().textFor(ds).orElseGet(() -> DaemonSetText.of(services.state().workspace().loaded(), ds));
        return show(new EditorViewModel(services, ds.ref(), text));
    }

    public EditorViewModel openNew(DaemonSetTemplate template) {
        return show(new EditorViewModel(services, null, template.text()));
    }

    /** Reopens recovered work: {@code replaces} may be null (a new DaemonSet) or gone from the snapshot. */
    public EditorViewModel openText(ObjectRef replaces, String text) {
        ObjectRef target = replaces != null && DaemonSetSpecs.find(services.state().snapshotProperty().get(), replaces) != null ? replaces : null;
        EditorViewModel model = show(new EditorViewModel(services, target, text));
        model.modifiedProperty().set(true);
        return model;
    }

    public javafx.stage.Window window() {
        return tabs.getScene() == null ? null : tabs.getScene().getWindow();
    }

    public List<EditorViewModel> models() {
        return new ArrayList<>(open.keySet());
    }

    public Optional<EditorViewModel> selected() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return open.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey).findFirst();
    }

    private EditorViewModel show(EditorViewModel model) {
        EditorView view = new EditorView(model, messages, () -> new PlacementForm(model, messages).root());
        Tab tab = new Tab();
        tab.setId("editorTab");
        tab.textProperty().bind(model.titleProperty().concat(model.modifiedProperty().map(m -> m ? " *" : "")));
        tab.setContent(view.root());
        tab.setOnCloseRequest(e -> {
            if (model.modifiedProperty().get() && !confirmClose(model)) {
                e.consume();
            }
        });
        tab.setOnClosed(e -> {
            model.closed();
            open.remove(model);
            autosaveNow();
        });
        model.modifiedProperty().addListener((obs, was, now) -> autosaveNow());
        open.put(model, tab);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        return model;
    }

    /**
     * Closes every editor tab without asking (the caller has asked already): their DaemonSets belong to a snapshot
     * that is no longer open.
     */
    public void closeAll() {
        for (Tab tab : new ArrayList<>(open.values())) {
            tabs.getTabs().remove(tab);
        }
        open.clear();
        autosaveNow();
    }

    /**
     * Keeps the open, unapplied editor texts of the current snapshot in the autosave, so they are offered again when
     * that snapshot is next opened (another snapshot is about to replace it).
     */
    public void keepForRecovery() {
        List<EditorAutosave.Buffer> work = openWork();
        if (work.isEmpty()) {
            return;
        }
        var source = services.state().sourceProperty().get();
        try {
            autosave.save(source, work);
            pendingRecovery = new EditorAutosave.Entry(io.dsstudio.workspace.EditJournal.sourceKey(source), work);
        } catch (java.io.UncheckedIOException failed) {
            services.state().errorProperty().set(failed.getMessage());
        }
    }

    /** Before quitting: true when nothing would be lost, or the user agrees to lose it (the autosave keeps it anyway). */
    public boolean confirmQuit() {
        boolean unsaved = services.state().dirtyProperty().get() || open.keySet().stream().anyMatch(m -> m.modifiedProperty().get());
        if (!unsaved) {
            return true;
        }
        io.dsstudio.ui.common.DialogButtons buttons = new io.dsstudio.ui.common.DialogButtons(messages);
        ButtonType quit = buttons.ok();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("editor.quit.content"), quit, buttons.cancel());
        ask.setTitle(messages.get("editor.quit.title"));
        ask.setHeaderText(null);
        if (window() != null) {
            ask.initOwner(window());
            io.dsstudio.ui.common.DialogStyle.from(window(), ask.getDialogPane());
        }
        return ask.showAndWait().filter(b -> b == quit).isPresent();
    }

    private boolean confirmClose(EditorViewModel model) {
        io.dsstudio.ui.common.DialogButtons buttons = new io.dsstudio.ui.common.DialogButtons(messages);
        ButtonType close = buttons.ok();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("editor.close.content", model.titleProperty().get()),
                close, buttons.cancel());
        ask.setTitle(messages.get("editor.close.title"));
        ask.setHeaderText(null);
        if (tabs.getScene() != null) {
            ask.initOwner(tabs.getScene().getWindow());
            io.dsstudio.ui.common.DialogStyle.from(tabs.getScene().getWindow(), ask.getDialogPane());
        }
        return ask.showAndWait().filter(b -> b == close).isPresent();
    }
}
