package io.dsstudio.ui.editor;

import io.dsstudio.ui.common.Messages;
import io.dsstudio.yaml.AtomicFileWriter;
import io.dsstudio.yaml.ManifestEditException;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The dialogs around Save, Save As and Export; the work is {@link SaveController}'s and {@link ExportText}'s. */
public final class FileCommands {
    private final SaveController saves;
    private final EditorTabs tabs;
    private final StringProperty status;
    private final Messages messages;
    private final io.dsstudio.ui.common.TaskRunner diskChecks;
    private final DiskCheck disk = new DiskCheck();

    /** @param diskChecks where the snapshot's files are compared with what was read, off the FX thread */
    public FileCommands(SaveController saves, EditorTabs tabs, StringProperty status, Messages messages,
                        io.dsstudio.ui.common.TaskRunner diskChecks) {
        this.saves = saves;
        this.tabs = tabs;
        this.status = status;
        this.messages = messages;
        this.diskChecks = diskChecks;
    }

    /**
     * When the window comes back to the front: tells about snapshot files another program changed meanwhile. The
     * files are compared in the background, and read whole only when their size or time moved (175 MB at 10,000
     * nodes).
     */
    public void checkDisk() {
        List<io.dsstudio.yaml.SourceFile> files = saves.watchedFiles();
        if (files.isEmpty()) {
            return;
        }
        diskChecks.run("task.checkDisk", p -> disk.changed(files), changed -> {
            if (!changed.isEmpty()) {
                status.set(messages.get("editor.save.changedOnDisk", changed.get(0), changed.size()));
            }
        }, failed -> { });
    }

    public void save() {
        if (!saves.canSaveInPlace()) {
            saveAs();
            return;
        }
        status.set(saves.save(this::confirmOverwrite));
    }

    public void saveAs() {
        File chosen = chooser("menu.file.saveAs", "snapshot.yaml").showSaveDialog(window());
        if (chosen != null) {
            // the file chooser has asked about an existing target already
            Path target = chosen.toPath();
            status.set(saves.saveAs(target, p -> p.equals(target) || confirmOverwrite(p)));
        }
    }

    public void export() {
        tabs.selected().ifPresent(model -> {
            BufferAnalysis analysis = model.analysisProperty().get();
            if (analysis == null || analysis.edited() == null) {
                status.set(messages.get("editor.message.fixErrors"));
                return;
            }
            File chosen = chooser("menu.file.export", analysis.edited().meta().name() + ".yaml").showSaveDialog(window());
            if (chosen == null) {
                return;
            }
            try {
                new AtomicFileWriter(false).write(chosen.toPath(), ExportText.of(analysis));
                status.set(messages.get("editor.message.exported", chosen));
            } catch (IOException | ManifestEditException failed) {
                status.set(messages.get("editor.message.saveFailed", failed.getMessage()));
            }
        });
    }

    private boolean confirmOverwrite(Path path) {
        io.dsstudio.ui.common.DialogButtons buttons = new io.dsstudio.ui.common.DialogButtons(messages);
        ButtonType overwrite = buttons.ok();
        Alert ask = new Alert(Alert.AlertType.WARNING, messages.get("editor.save.externalContent", path), overwrite, buttons.cancel());
        ask.setTitle(messages.get("editor.save.externalTitle"));
        ask.setHeaderText(null);
        ask.initOwner(window());
        io.dsstudio.ui.common.DialogStyle.from(window(), ask.getDialogPane());
        return ask.showAndWait().filter(b -> b == overwrite).isPresent();
    }

    private FileChooser chooser(String titleKey, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("file.manifests"), "*.yaml", "*.yml"));
        return chooser;
    }

    private Window window() {
        return tabs.window();
    }
}
