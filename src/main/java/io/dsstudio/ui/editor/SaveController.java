package io.dsstudio.ui.editor;

import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.AppliedDocuments;
import io.dsstudio.workspace.EmbeddedController;
import io.dsstudio.workspace.SnapshotSaver;
import io.dsstudio.workspace.SnapshotSource;
import io.dsstudio.yaml.AtomicFileWriter;
import io.dsstudio.yaml.FileChange;
import io.dsstudio.yaml.InputPathException;
import io.dsstudio.yaml.LoadedSnapshot;
import io.dsstudio.yaml.ManifestEditException;
import io.dsstudio.yaml.SnapshotLoader;
import io.dsstudio.yaml.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * File ▸ Save / Save As: writes the snapshot back as ordinary Kubernetes YAML through {@link SnapshotSaver}, each
 * file atomically ({@link AtomicFileWriter}). A file changed on disk since it was read is overwritten only when
 * {@code confirmOverwrite} says so. Afterwards the written files are the workspace's new baseline.
 */
public final class SaveController {
    private final StudioState state;
    private final EmbeddedController controller;
    private final AppliedDocuments applied;
    private final Messages messages;
    /** Made on the first save: its YAML reader and editor are not needed before, least of all at start-up. */
    private SnapshotSaver saver;
    private final AtomicFileWriter writer = new AtomicFileWriter(false);
    private SnapshotLoader loader;

    /** Made on first use (on a background thread): its schema would otherwise cost the window's start. */
    private synchronized SnapshotLoader loader() {
        if (loader == null) {
            loader = new SnapshotLoader();
        }
        return loader;
    }

    public SaveController(StudioState state, EmbeddedController controller, AppliedDocuments applied, Messages messages) {
        this.state = state;
        this.controller = controller;
        this.applied = applied;
        this.messages = messages;
    }

    /** Whether Save can write in place (the snapshot came from files); otherwise Save As is needed. */
    private SnapshotSaver saver() {
        if (saver == null) {
            saver = new SnapshotSaver();
        }
        return saver;
    }

    public boolean canSaveInPlace() {
        SnapshotSource source = state.workspace().source();
        return source.kind() == SnapshotSource.Kind.PATH && state.workspace().loaded() != null;
    }

    /**
     * Saves into the files the snapshot was read from.
     *
     * @param confirmOverwrite asked with the path of each file changed on disk since it was read
     * @return the status message
     */
    public String save(Predicate<Path> confirmOverwrite) {
        SnapshotSource source = state.workspace().source();
        Path dir = Files.isDirectory(source.path()) ? source.path() : source.path().toAbsolutePath().getParent();
        try {
            List<FileChange> changes = saver().changes(state.workspace().loaded(), state.snapshotProperty().get(), applied,
                    controller.createdTrees(), dir);
            for (FileChange c : changes) {
                if (changedOnDisk(c) && !confirmOverwrite.test(c.path())) {
                    return messages.get("editor.message.saveFailed", c.path());
                }
            }
            List<String> extra = write(changes);
            reload(source, source.path(), extra);
            return messages.get("editor.message.saved", changes.size());
        } catch (ManifestEditException | IOException | InputPathException | RuntimeException failed) {
            return messages.get("editor.message.saveFailed", failed.getMessage());
        }
    }

    /** Writes the whole snapshot to {@code target} (one file; new objects beside it) and makes it the source. */
    public String saveAs(Path target, Predicate<Path> confirmOverwrite) {
        LoadedSnapshot loaded = state.workspace().loaded();
        Path dir = target.toAbsolutePath().getParent();
        try {
            List<FileChange> changes = saver().changes(loaded, state.snapshotProperty().get(), applied, controller.createdTrees(), dir);
            StringBuilder combined = new StringBuilder();
            List<FileChange> created = new ArrayList<>();
            for (SourceFile f : loaded.read().files()) {
                String text = changes.stream().filter(c -> c.path().equals(f.path()) && !c.creates()).map(FileChange::newText)
                        .findFirst().orElse(f.text());
                if (text != null && !text.isBlank()) {
                    if (combined.length() > 0) {
                        combined.append(combined.charAt(combined.length() - 1) == '\n' ? "" : "\n").append("---\n");
                    }
                    combined.append(text);
                }
            }
            changes.stream().filter(FileChange::creates).forEach(created::add);
            List<FileChange> all = new ArrayList<>();
            all.add(new FileChange(target, target.toString(), null, combined.toString()));
            all.addAll(created);
            for (FileChange c : all) {
                if (Files.exists(c.path()) && !confirmOverwrite.test(c.path())) {
                    return messages.get("editor.message.saveFailed", c.path());
                }
            }
            List<String> extra = write(all);
            extra.remove(target.toString());
            reload(SnapshotSource.of(target), target, extra);
            return messages.get("editor.message.saved", all.size());
        } catch (ManifestEditException | IOException | InputPathException | RuntimeException failed) {
            return messages.get("editor.message.saveFailed", failed.getMessage());
        }
    }

    /** The files the snapshot was read from whose content on disk is no longer what was read (or that are gone). */
    public List<Path> changedOnDisk() {
        return changedOnDisk(watchedFiles());
    }

    /** The files Save writes back, with the text read from them (none when Save cannot write in place). */
    public List<SourceFile> watchedFiles() {
        return canSaveInPlace() ? state.workspace().loaded().read().files() : List.of();
    }

    /**
     * Which of {@code files} no longer hold the text read from them (or are gone). It reads them whole, so callers
     * on the FX thread run it in the background: a 10,000-node snapshot is 175 MB.
     */
    public static List<Path> changedOnDisk(List<SourceFile> files) {
        List<Path> out = new ArrayList<>();
        for (SourceFile f : files) {
            try {
                if (f.path() != null && (!Files.isRegularFile(f.path()) || !Files.readString(f.path(), StandardCharsets.UTF_8).equals(f.text()))) {
                    out.add(f.path());
                }
            } catch (IOException | RuntimeException unreadable) {
                out.add(f.path());
            }
        }
        return out;
    }

    private boolean changedOnDisk(FileChange c) throws IOException {
        if (!Files.exists(c.path())) {
            return c.originalText() != null;
        }
        String disk = Files.readString(c.path(), StandardCharsets.UTF_8);
        if (c.originalText() == null) {
            return !disk.equals(c.newText());
        }
        return !disk.equals(c.originalText());
    }

    /** Writes every change; returns the paths of created files. */
    private List<String> write(List<FileChange> changes) throws IOException {
        List<String> created = new ArrayList<>();
        for (FileChange c : changes) {
            if (c.deletes()) {
                Files.deleteIfExists(c.path());
            } else {
                writer.write(c.path(), c.newText());
                if (c.creates()) {
                    created.add(c.path().toString());
                }
            }
        }
        return created;
    }

    /** Reads back what is now on disk: the main path plus (for a file) the other files read before and the created ones. */
    private void reload(SnapshotSource source, Path main, List<String> extra) throws InputPathException {
        List<String> paths = new ArrayList<>();
        paths.add(main.toString());
        if (!Files.isDirectory(main)) {
            LoadedSnapshot before = state.workspace().loaded();
            if (before != null && source.equals(state.workspace().source())) {
                before.read().files().stream().map(SourceFile::path).filter(p -> p != null && Files.isRegularFile(p))
                        .map(Path::toString).filter(p -> !paths.contains(p) && !Path.of(p).equals(main)).forEach(paths::add);
            }
            extra.stream().filter(p -> !paths.contains(p)).forEach(paths::add);
        }
        state.saved(loader().load(paths), source);
    }
}
