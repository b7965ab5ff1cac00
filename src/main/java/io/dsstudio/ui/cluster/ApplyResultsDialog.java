package io.dsstudio.ui.cluster;

import io.dsstudio.ui.common.Columns;
import io.dsstudio.ui.common.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Per-object results of a dry run or an apply: changed, rejected (the server's errors at their fields), conflict
 * (the other field managers, with Force), failed, or still pending. The summary says the edits stay pending.
 */
final class ApplyResultsDialog {
    private final LiveApplyViewModel model;
    private final Messages messages;
    private final Runnable forceAgain;

    ApplyResultsDialog(LiveApplyViewModel model, Messages messages, Runnable forceAgain) {
        this.model = model;
        this.messages = messages;
        this.forceAgain = forceAgain;
    }

    Dialog<ButtonType> show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("results.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("applyResultsDialog");
        ButtonType close = new ButtonType(messages.get("results.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        ButtonType force = new ButtonType(messages.get("results.force"), ButtonBar.ButtonData.OTHER);
        if (model.anyForceable()) {
            dialog.getDialogPane().getButtonTypes().add(0, force);
            ((Button) dialog.getDialogPane().lookupButton(force)).setId("forceButton");
        }
        TableView<ApplyResultRow> table = new TableView<>(model.results());
        table.setId("applyResultsTable");
        table.setPlaceholder(new Label(messages.get("results.none")));
        table.getColumns().setAll(
                Columns.of("resObject", messages.get("results.col.object"), ApplyResultRow::object),
                Columns.of("resChange", messages.get("results.col.change"), ApplyResultRow::change),
                Columns.of("resOutcome", messages.get("results.col.outcome"), ApplyResultRow::outcomeText),
                Columns.of("resDetail", messages.get("results.col.detail"), ApplyResultsDialog::detail));
        table.setPrefSize(900, 260);
        Label summary = new Label(model.summaryProperty().get());
        summary.setId("applySummary");
        summary.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, summary, table));
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == force) {
                forceAgain.run();
            }
        });
        dialog.show();
        return dialog;
    }

    private static String detail(ApplyResultRow row) {
        StringBuilder text = new StringBuilder(row.message());
        row.fieldErrors().forEach(f -> text.append(text.length() == 0 ? "" : "\n").append(f));
        return text.toString();
    }
}
