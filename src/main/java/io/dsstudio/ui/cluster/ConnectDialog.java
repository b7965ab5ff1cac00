package io.dsstudio.ui.cluster;

import io.dsstudio.ui.common.Columns;
import io.dsstudio.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File ▸ Connect to cluster…: the kubeconfig's contexts (current one marked and selected), the namespace (empty: all
 * namespaces), the read-only mark, and Connect. Shown without blocking; connecting itself runs as a background task.
 */
final class ConnectDialog {
    private final ConnectViewModel model;
    private final java.util.function.BiConsumer<String, String> connectTo;
    private final Messages messages;

    /** @param connectTo told the chosen context and namespace (null: all namespaces) */
    ConnectDialog(ConnectViewModel model, java.util.function.BiConsumer<String, String> connectTo, Messages messages) {
        this.model = model;
        this.connectTo = connectTo;
        this.messages = messages;
    }

    Dialog<ButtonType> show(Window owner) {
        model.reload();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("connect.title"));
        dialog.setHeaderText(messages.get("connect.header"));
        ButtonType connect = new ButtonType(messages.get("connect.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("connect.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, cancel);
        dialog.getDialogPane().setId("connectDialog");
        dialog.getDialogPane().setContent(content());
        Button connectButton = (Button) dialog.getDialogPane().lookupButton(connect);
        connectButton.setId("connectButton");
        connectButton.disableProperty().bind(model.selectedProperty().isNull());
        dialog.setResizable(true);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == connect && model.canConnect()) {
                connectTo.accept(model.selectedProperty().get().name(), model.chosenNamespace());
            }
        });
        dialog.show();
        return dialog;
    }

    private Node content() {
        TextField path = new TextField();
        path.setId("kubeconfigField");
        path.setPromptText(messages.get("connect.kubeconfig.prompt"));
        path.textProperty().bindBidirectional(model.kubeconfigPathProperty());
        Button reload = new Button(messages.get("connect.reload"));
        reload.setId("reloadContextsButton");
        reload.setOnAction(e -> model.reload());
        HBox.setHgrow(path, Priority.ALWAYS);
        HBox pathRow = new HBox(6, path, reload);
        Label files = new Label();
        files.setId("kubeconfigFiles");
        files.textProperty().bind(model.filesProperty().map(f -> f.isEmpty() ? "" : messages.get("connect.files", f)));

        TableView<ContextRow> table = new TableView<>(model.contexts());
        table.setId("contextTable");
        table.setPlaceholder(new Label(messages.get("connect.noContexts")));
        table.getColumns().setAll(
                Columns.of("ctxCurrent", messages.get("connect.col.current"), (ContextRow r) -> r.current() ? "\u2713" : ""),
                Columns.of("ctxName", messages.get("connect.col.name"), ContextRow::name),
                Columns.of("ctxCluster", messages.get("connect.col.cluster"), ContextRow::cluster),
                Columns.of("ctxServer", messages.get("connect.col.server"), ContextRow::server),
                Columns.of("ctxNamespace", messages.get("connect.col.namespace"), ContextRow::namespace),
                Columns.of("ctxReadOnly", messages.get("connect.col.readOnly"),
                        (ContextRow r) -> r.readOnly() ? messages.get("connect.readOnlyMark") : ""));
        table.setPrefHeight(220);
        table.setPrefWidth(760);
        table.getSelectionModel().select(model.selectedProperty().get());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });

        TextField namespace = new TextField();
        namespace.setId("namespaceField");
        namespace.setPromptText(messages.get("connect.namespace.prompt"));
        namespace.textProperty().bindBidirectional(model.namespaceProperty());
        CheckBox readOnly = new CheckBox(messages.get("connect.readOnly"));
        readOnly.setId("readOnlyCheck");
        readOnly.selectedProperty().bindBidirectional(model.readOnlyProperty());
        readOnly.disableProperty().bind(model.selectedProperty().isNull());
        Label error = new Label();
        error.setId("connectError");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());

        GridPane options = new GridPane();
        options.setHgap(8);
        options.setVgap(6);
        options.addRow(0, new Label(messages.get("connect.namespace")), namespace);
        options.add(readOnly, 1, 1);
        GridPane.setHgrow(namespace, Priority.ALWAYS);
        VBox box = new VBox(8, new Label(messages.get("connect.kubeconfig")), pathRow, files, table, options, error);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}
