package io.dsstudio.ui.cluster;

import io.dsstudio.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.List;
import java.util.function.Supplier;

/**
 * The live-cluster controls of the main window: File menu items (connect, disconnect, save snapshot, apply) and
 * the status bar's connection state, last message and Apply button (whose tooltip says why it is disabled), plus
 * the apply flow: dry run, confirmation naming cluster and context, real change, results, convergence.
 */
public final class LiveControls {
    private static final double STATE_MAX_WIDTH = 420;
    private final ConnectViewModel connectModel;
    private final LiveViewModel live;
    private final LiveApplyViewModel apply;
    private final Messages messages;
    private final Supplier<Window> window;

    public LiveControls(ConnectViewModel connectModel, LiveViewModel live, LiveApplyViewModel apply, Messages messages,
                        Supplier<Window> window) {
        this.connectModel = connectModel;
        this.live = live;
        this.apply = apply;
        this.messages = messages;
        this.window = window;
        live.conflicts().addListener((javafx.collections.ListChangeListener<PendingSpecEdits.Conflict>) c -> {
            if (!live.conflicts().isEmpty() && c.next() && c.wasAdded()) {
                javafx.application.Platform.runLater(this::showConflicts);
            }
        });
    }

    /** A DaemonSet changed in the cluster under a pending change: both versions, rebase or discard. */
    public void showConflicts() {
        new LiveConflictDialog(live, messages).show(window.get());
    }

    public List<MenuItem> fileMenuItems() {
        MenuItem connect = item("menuConnect", "menu.file.connect", this::showConnectDialog);
        MenuItem disconnect = item("menuDisconnect", "menu.file.disconnect", live::disconnect);
        disconnect.disableProperty().bind(live.liveProperty().not());
        MenuItem save = item("menuSaveSnapshot", "menu.file.saveSnapshot", this::onSaveSnapshot);
        save.disableProperty().bind(live.liveProperty().not().or(live.busyProperty()));
        MenuItem applyItem = item("menuApplyLive", "menu.file.applyLive", this::startApply);
        applyItem.disableProperty().bind(apply.canApplyProperty().not());
        MenuItem convergence = item("menuConvergence", "menu.file.convergence", this::showConvergence);
        MenuItem conflicts = item("menuLiveConflicts", "menu.file.liveConflicts", this::showConflicts);
        conflicts.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(live.conflicts()));
        return List.of(new SeparatorMenuItem(), connect, disconnect, save, applyItem, conflicts, convergence);
    }

    public Node statusNode() {
        Label state = new Label();
        state.setId("connectionStatus");
        state.textProperty().bind(live.connectionTextProperty());
        state.setMaxWidth(STATE_MAX_WIDTH);
        io.dsstudio.ui.common.ElidedTooltip.install(state);
        live.connectFailureProperty().addListener((obs, old, reason) -> {
            if (!reason.isEmpty()) {
                showConnectFailure(reason);
            }
        });
        Label message = new Label();
        message.setId("liveMessage");
        message.textProperty().bind(live.messageProperty());
        message.setMaxWidth(520);
        Tooltip messageTip = new Tooltip();
        messageTip.textProperty().bind(live.messageProperty());
        message.setTooltip(messageTip);
        Button applyButton = new Button(messages.get("live.apply.button"));
        applyButton.setId("applyLiveButton");
        io.dsstudio.ui.common.Icons.decorate(applyButton);
        applyButton.disableProperty().bind(apply.canApplyProperty().not());
        applyButton.setOnAction(e -> startApply());
        // a disabled control gets no mouse events, so the tooltip sits on a wrapper
        StackPane applyWrapper = new StackPane(applyButton);
        applyWrapper.setId("applyLiveWrapper");
        Tooltip why = new Tooltip();
        why.textProperty().bind(apply.applyHintProperty());
        Tooltip.install(applyWrapper, why);
        applyWrapper.visibleProperty().bind(live.liveProperty());
        applyWrapper.managedProperty().bind(live.liveProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        HBox box = new HBox(8, state, message, applyWrapper);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box; // inside the main status bar, which gives it its look: a second bar would draw its own border
    }

    private void showConnectFailure(String reason) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window.get());
        alert.setTitle(messages.get("live.connectFailed.title"));
        alert.setHeaderText(messages.get("live.connectFailed.header", live.contextProperty().get()));
        alert.setContentText(reason);
        alert.getDialogPane().setId("connectFailedDialog");
        alert.show();
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    public void showConnectDialog() {
        new ConnectDialog(connectModel, this::connect, messages).show(window.get());
    }

    /** Edits of another snapshot or context would be replaced by the live state: asks first. */
    private void connect(String context, String namespace) {
        var state = live.state();
        boolean sameLive = io.dsstudio.workspace.SnapshotSource.live(context).equals(state.sourceProperty().get());
        int edits = state.workspace().committedEdits().size();
        if (!state.dirtyProperty().get() || edits == 0 || sameLive) {
            live.connect(context, namespace);
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(window.get());
        alert.setTitle(messages.get("connect.title"));
        alert.setHeaderText(messages.get("connect.discard.header", edits));
        alert.setContentText(messages.get("connect.discard.text", context));
        alert.getDialogPane().setId("discardEditsDialog");
        ButtonType go = new ButtonType(messages.get("connect.connect"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(go, new ButtonType(messages.get("connect.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.setOnHidden(e -> {
            if (alert.getResult() == go) {
                live.connect(context, namespace);
            }
        });
        alert.show();
    }

    private void onSaveSnapshot() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.saveSnapshot"));
        chooser.setInitialFileName(safeName(live.contextProperty().get()) + "-snapshot.yaml");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("file.manifests"), "*.yaml", "*.yml"));
        File chosen = chooser.showSaveDialog(window.get());
        if (chosen != null) {
            live.saveSnapshot(chosen.toPath());
        }
    }

    static String safeName(String context) {
        String name = context == null ? "" : context.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() ? "cluster" : name;
    }

    /** Dry run first; confirmation only when every change passed it. */
    public void startApply() {
        apply.check(this::confirm, this::showResults);
    }

    private void confirm() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(window.get());
        alert.setTitle(messages.get("confirm.title"));
        alert.setHeaderText(messages.get("confirm.header", live.contextProperty().get()));
        alert.setContentText(apply.confirmationText());
        alert.getDialogPane().setId("applyConfirmDialog");
        ButtonType go = new ButtonType(messages.get("confirm.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("connect.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(go, cancel);
        alert.setOnHidden(e -> {
            if (alert.getResult() == go) {
                apply.apply(false, this::afterApply);
            } else {
                live.messageProperty().set(messages.get("live.apply.notConfirmed"));
            }
        });
        alert.show();
    }

    private void afterApply() {
        showResults();
        if (apply.convergence().watchingProperty().get()) {
            showConvergence();
        }
    }

    private void showResults() {
        new ApplyResultsDialog(apply, messages, () -> apply.apply(true, this::afterApply)).show(window.get());
    }

    private void showConvergence() {
        new ConvergenceDialog(apply.convergence(), messages).show(window.get());
    }
}
