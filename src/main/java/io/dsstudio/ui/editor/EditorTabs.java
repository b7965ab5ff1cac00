package io.dsstudio.ui.editor;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.workspace.DaemonSetSpecs;
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

    public EditorTabs(EditorServices services, TabPane tabs) {
        this.services = services;
        this.messages = services.messages();
        this.tabs = tabs;
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getTabs().forEach(t -> t.setClosable(false));
        services.state().snapshotProperty().addListener((obs, old, now) -> open.keySet().forEach(EditorViewModel::snapshotChanged));
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
        String text = DaemonSetText.of(services.state().workspace().loaded(), ds);
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
        EditorView view = new EditorView(model, messages, new PlacementForm(model, messages).root());
        Tab tab = new Tab();
        tab.setId("editorTab");
        tab.textProperty().bind(model.titleProperty().concat(model.modifiedProperty().map(m -> m ? " *" : "")));
        tab.setContent(view.root());
        tab.setOnCloseRequest(e -> {
            if (model.modifiedProperty().get() && !confirmClose(model)) {
                e.consume();
            }
        });
        tab.setOnClosed(e -> open.remove(model));
        open.put(model, tab);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        return model;
    }

    private boolean confirmClose(EditorViewModel model) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("editor.close.content", model.titleProperty().get()),
                ButtonType.OK, ButtonType.CANCEL);
        ask.setTitle(messages.get("editor.close.title"));
        ask.setHeaderText(null);
        if (tabs.getScene() != null) {
            ask.initOwner(tabs.getScene().getWindow());
        }
        return ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
