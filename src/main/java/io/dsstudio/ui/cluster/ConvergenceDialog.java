package io.dsstudio.ui.cluster;

import io.dsstudio.ui.common.Columns;
import io.dsstudio.ui.common.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** After apply: per node, the predicted outcome next to what the cluster's controller did; differences flagged. */
final class ConvergenceDialog {
    private final ConvergenceWatch model;
    private final Messages messages;

    ConvergenceDialog(ConvergenceWatch model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    Dialog<ButtonType> show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(messages.get("converge.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("convergenceDialog");
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("results.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        TableView<ConvergenceRow> table = new TableView<>(model.rows());
        table.setId("convergenceTable");
        table.setPlaceholder(new Label(messages.get("converge.none")));
        table.getColumns().setAll(
                Columns.of("convDaemonSet", messages.get("converge.col.daemonSet"), ConvergenceRow::daemonSet),
                Columns.of("convNode", messages.get("converge.col.node"), ConvergenceRow::node),
                Columns.of("convPredicted", messages.get("converge.col.predicted"), (ConvergenceRow r) -> runs(r.predicted())),
                Columns.of("convActual", messages.get("converge.col.actual"), (ConvergenceRow r) -> runs(r.actual())),
                Columns.of("convDiffers", messages.get("converge.col.differs"),
                        (ConvergenceRow r) -> r.differs() ? "\u26a0 " + messages.get("converge.differs") : ""),
                Columns.of("convStatus", messages.get("converge.col.status"), ConvergenceRow::status));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ConvergenceRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("differs"), !empty && item != null && item.differs());
                setStyle(!empty && item != null && item.differs() ? "-fx-font-weight: bold;" : "");
            }
        });
        table.setPrefSize(900, 320);
        Label status = new Label();
        status.setId("convergenceStatus");
        status.textProperty().bind(model.statusProperty());
        dialog.getDialogPane().setContent(new VBox(8, status, table));
        dialog.show();
        return dialog;
    }

    private String runs(boolean value) {
        return messages.get(value ? "converge.runs" : "converge.noPod");
    }
}
