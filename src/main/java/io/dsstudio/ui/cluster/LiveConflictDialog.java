package io.dsstudio.ui.cluster;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.editor.DaemonSetText;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import java.util.List;

/**
 * A DaemonSet changed in the cluster under a change pending in the app: both versions side by side, and the choice to
 * rebase the pending change onto the cluster's version (it replaces what changed there) or to discard it.
 */
final class LiveConflictDialog {
    private final LiveViewModel live;
    private final Messages messages;

    LiveConflictDialog(LiveViewModel live, Messages messages) {
        this.live = live;
        this.messages = messages;
    }

    void show(Window owner) {
        List<PendingSpecEdits.Conflict> conflicts = List.copyOf(live.conflicts());
        if (conflicts.isEmpty()) {
            return;
        }
        PendingSpecEdits.Conflict first = conflicts.get(0);
        ButtonType rebase = new ButtonType(messages.get("live.conflict.rebase"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("live.conflict.discard"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(messages.get("live.conflict.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.WARNING);
        ask.setTitle(messages.get("live.conflict.title"));
        ask.setHeaderText(messages.get("live.conflict.header", first.edit().name()));
        ask.getDialogPane().setId("liveConflictDialog");
        ask.getButtonTypes().setAll(rebase, discard, later);
        ask.getDialogPane().setContent(sideBySide(first, conflicts.size() - 1));
        ask.setResizable(true);
        ((Button) ask.getDialogPane().lookupButton(later)).setDefaultButton(true);
        if (owner != null) {
            ask.initOwner(owner);
        }
        ask.showAndWait().ifPresent(choice -> {
            if (choice == rebase) {
                live.rebaseConflicts();
            } else if (choice == discard) {
                live.discardConflicts();
            }
        });
    }

    private GridPane sideBySide(PendingSpecEdits.Conflict conflict, int more) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.add(new Label(messages.get("live.conflict.live")), 0, 0);
        grid.add(new Label(messages.get("live.conflict.mine")), 1, 0);
        grid.add(text("liveConflictTheirs", conflict.live()), 0, 1);
        grid.add(text("liveConflictMine", conflict.edit().edited()), 1, 1);
        if (more > 0) {
            grid.add(new Label(messages.get("live.conflict.more", more)), 0, 2, 2, 1);
        }
        return grid;
    }

    private TextArea text(String id, DaemonSet ds) {
        TextArea area = new TextArea(ds == null ? messages.get("live.conflict.deleted") : DaemonSetText.render(ds));
        area.setId(id);
        area.setEditable(false);
        area.setPrefColumnCount(44);
        area.setPrefRowCount(22);
        GridPane.setHgrow(area, Priority.ALWAYS);
        GridPane.setVgrow(area, Priority.ALWAYS);
        return area;
    }
}
