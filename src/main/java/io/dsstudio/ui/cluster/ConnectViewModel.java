package io.dsstudio.ui.cluster;

import io.dsstudio.cluster.ConnectionService;
import io.dsstudio.cluster.ContextInfo;
import io.dsstudio.cluster.KubeconfigContexts;
import io.dsstudio.cluster.LiveException;
import io.dsstudio.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The connect dialog: the kubeconfig's contexts (read as kubectl reads it: an explicit file, else every file of
 * KUBECONFIG, else ~/.kube/config), the chosen context and namespace (empty: all namespaces), and the read-only
 * mark of the chosen context. Reading the kubeconfig is local and quick, so it runs on the calling thread.
 */
public final class ConnectViewModel {
    private final ConnectionService service;
    private final Messages messages;
    private final ObservableList<ContextRow> contexts = FXCollections.observableArrayList();
    private final ObjectProperty<ContextRow> selected = new SimpleObjectProperty<>();
    private final StringProperty namespace = new SimpleStringProperty("");
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final StringProperty kubeconfigPath = new SimpleStringProperty("");
    private final StringProperty files = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private boolean syncing;

    public ConnectViewModel(ConnectionService service, Messages messages) {
        this.service = service;
        this.messages = messages;
        selected.addListener((obs, old, now) -> {
            syncing = true;
            readOnly.set(now != null && now.readOnly());
            syncing = false;
        });
        readOnly.addListener((obs, old, now) -> {
            if (!syncing) {
                markReadOnly(now);
            }
        });
    }

    /** Reads the kubeconfig again and selects its current context (or keeps the selected one when it still exists). */
    public void reload() {
        String keep = selected.get() == null ? null : selected.get().name();
        contexts.clear();
        error.set("");
        String path = kubeconfigPath.get() == null || kubeconfigPath.get().isBlank() ? null : kubeconfigPath.get().trim();
        service.setKubeconfigPath(path);
        KubeconfigContexts kubeconfig;
        try {
            kubeconfig = service.kubeconfig();
        } catch (LiveException e) {
            files.set("");
            selected.set(null);
            error.set(messages.get("connect.error.kubeconfig", e.getMessage()));
            return;
        }
        files.set(kubeconfig.files().stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        String current = kubeconfig.current().map(ContextInfo::name).orElse(null);
        for (ContextInfo c : kubeconfig.contexts()) {
            contexts.add(new ContextRow(c.name(), c.cluster() == null ? "" : c.cluster(), c.server() == null ? "" : c.server(),
                    c.namespace() == null ? "" : c.namespace(), c.name().equals(current), service.isReadOnly(c.name())));
        }
        if (contexts.isEmpty()) {
            error.set(messages.get("connect.error.noContexts"));
        }
        String wanted = keep != null ? keep : current;
        selected.set(contexts.stream().filter(r -> r.name().equals(wanted)).findFirst()
                .orElse(contexts.isEmpty() ? null : contexts.get(0)));
    }

    private void markReadOnly(boolean value) {
        ContextRow row = selected.get();
        if (row == null) {
            return;
        }
        try {
            service.setReadOnly(row.name(), value);
        } catch (LiveException e) {
            error.set(messages.get("connect.error.readOnly", e.getMessage()));
            return;
        }
        ContextRow updated = new ContextRow(row.name(), row.cluster(), row.server(), row.namespace(), row.current(), value);
        int index = contexts.indexOf(row);
        syncing = true;
        if (index >= 0) {
            contexts.set(index, updated);
        }
        selected.set(updated);
        syncing = false;
    }

    /** The namespace to connect with: null for all namespaces. */
    public String chosenNamespace() {
        String ns = namespace.get();
        return ns == null || ns.isBlank() ? null : ns.trim();
    }

    public boolean canConnect() {
        return selected.get() != null;
    }

    public ObservableList<ContextRow> contexts() {
        return contexts;
    }

    public ObjectProperty<ContextRow> selectedProperty() {
        return selected;
    }

    public StringProperty namespaceProperty() {
        return namespace;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public StringProperty kubeconfigPathProperty() {
        return kubeconfigPath;
    }

    public StringProperty filesProperty() {
        return files;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
