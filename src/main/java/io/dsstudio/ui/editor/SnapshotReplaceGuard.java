package io.dsstudio.ui.editor;

import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Before another snapshot replaces the open one: when something would be lost (changes not saved, editor texts not
 * applied, a staged edit not committed) asks Save / Discard / Cancel; after it, closes every editor tab, since their
 * DaemonSets belong to the snapshot that was replaced.
 */
public final class SnapshotReplaceGuard {
    private final EditorTabs tabs;
    private final FileCommands files;
    private final StudioState state;
    private final Messages messages;

    public SnapshotReplaceGuard(EditorTabs tabs, FileCommands files, StudioState state, Messages messages) {
        this.tabs = tabs;
        this.files = files;
        this.state = state;
        this.messages = messages;
    }

    /** What would be lost if the snapshot were replaced now, one line each; empty when nothing would. */
    public List<String> losses() {
        List<String> lost = new ArrayList<>();
        if (state.dirtyProperty().get()) {
            lost.add(messages.get("replace.loss.unsaved"));
        }
        for (EditorViewModel model : tabs.models()) {
            if (model.modifiedProperty().get()) {
                lost.add(messages.get("replace.loss.editor", model.titleProperty().get()));
            }
        }
        if (state.previewProperty().get() != null) {
            lost.add(messages.get("replace.loss.staged"));
        }
        return lost;
    }

    /** True when the snapshot may be replaced: nothing would be lost, or the user saved or chose to discard it. */
    public boolean confirm() {
        List<String> lost = losses();
        if (lost.isEmpty()) {
            return true;
        }
        ButtonType save = new ButtonType(messages.get("replace.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("replace.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("replace.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        boolean canSave = state.dirtyProperty().get() || tabs.models().stream().anyMatch(m -> m.modifiedProperty().get());
        Alert ask = new Alert(Alert.AlertType.WARNING, String.join("\n", lost) + "\n\n" + messages.get("replace.question"));
        ask.setTitle(messages.get("replace.title"));
        ask.setHeaderText(messages.get("replace.header"));
        ask.getDialogPane().setId("replaceSnapshotDialog");
        ask.getButtonTypes().setAll(canSave ? List.of(save, discard, cancel) : List.of(discard, cancel));
        // Cancel is the default: Enter must never throw work away
        ask.getDialogPane().getButtonTypes().forEach(type -> {
            Button button = (Button) ask.getDialogPane().lookupButton(type);
            button.setDefaultButton(type == cancel);
            button.setId(type == save ? "replaceSave" : type == discard ? "replaceDiscard" : "replaceCancel");
        });
        if (tabs.window() != null) {
            ask.initOwner(tabs.window());
        }
        Optional<ButtonType> choice = ask.showAndWait();
        if (choice.isEmpty() || choice.get() == cancel) {
            return false;
        }
        if (choice.get() == save) {
            return saveFirst();
        }
        return true;
    }

    /** Saves the snapshot (Save As where it has no files); editor texts not applied are kept for recovery. */
    private boolean saveFirst() {
        if (state.dirtyProperty().get()) {
            files.save();
            if (state.dirtyProperty().get()) {
                return false; // the save failed or its file chooser was cancelled: stay
            }
        }
        tabs.keepForRecovery();
        return true;
    }

    /** The new snapshot is open: the tabs of the old one go, without asking again. */
    public void replaced() {
        tabs.closeAll();
        state.editorImpactProperty().set(null);
    }
}
