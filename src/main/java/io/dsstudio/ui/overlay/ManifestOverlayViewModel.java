package io.dsstudio.ui.overlay;

import io.dsstudio.domain.DaemonSet;
import io.dsstudio.domain.Diagnostic;
import io.dsstudio.domain.ObjectRef;
import io.dsstudio.domain.Snapshot;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.StudioState;
import io.dsstudio.workspace.AppliedDocuments;
import io.dsstudio.workspace.ManifestOverlayCalculator;
import io.dsstudio.workspace.ManifestOverlayEdit;
import io.dsstudio.workspace.SnapshotCommand;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * File ▸ Open manifests over this snapshot…: lays the chosen files and folders over the open snapshot in the
 * background ({@link ManifestOverlayCalculator}, the rules of {@code --base}) and stages the result as an edit, which
 * the map, the what-if table and this model's rows preview until Commit or Discard. Problems stage nothing; they are
 * listed with file, line and field. Committed DaemonSets keep their resulting documents, so saving writes them.
 */
public final class ManifestOverlayViewModel {
    /** What the overlay is laid over: the held objects' trees and where namespace-less manifests go. */
    public record Target(Function<ObjectRef, Map<String, Object>> held, String defaultNamespace) {
    }

    private final StudioState state;
    private final AppliedDocuments applied;
    private final Supplier<Target> target;
    private final Messages messages;
    private final ManifestOverlayCalculator calculator = new ManifestOverlayCalculator();
    private final ObservableList<OverlayRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ManifestOverlayEdit> staged = new ReadOnlyObjectWrapper<>();
    private ManifestOverlayEdit leaving;

    public ManifestOverlayViewModel(StudioState state, AppliedDocuments applied, Supplier<Target> target, Messages messages) {
        this.state = state;
        this.applied = applied;
        this.target = target;
        this.messages = messages;
        state.previewProperty().addListener((obs, old, now) -> {
            // Commit clears the preview just before it executes the command: remember whose preview that was
            leaving = now == null && old != null && old.edit() == staged.get() ? staged.get() : null;
            if (now == null || now.edit() != staged.get()) {
                staged.set(null);
            }
        });
        state.lastCommittedProperty().addListener((obs, old, now) -> committed(now));
    }

    /** The open snapshot as read, after its edits: held trees from its files and applied editor texts. */
    public static Supplier<Target> openSnapshot(StudioState state, AppliedDocuments applied) {
        return () -> new Target(ManifestOverlayCalculator.heldIn(state.workspace().loaded(), state.workspace().snapshot(), applied), null);
    }

    /** Reads and lays {@code paths} over the open snapshot; stages the result, or lists what is wrong. */
    public void open(List<Path> paths) {
        if (paths == null || paths.isEmpty()) {
            return;
        }
        List<String> names = paths.stream().map(Path::toString).toList();
        Target over = target.get();
        rows.clear();
        problems.clear();
        summary.set(messages.get("overlay.reading", names.size()));
        state.commands().run("task.overlay", p -> calculator.calculate(names, over.held(), over.defaultNamespace()),
                this::calculated, failure -> {
                    problems.setAll(String.valueOf(failure.getMessage()));
                    summary.set(messages.get("overlay.failed", 1));
                });
    }

    private void calculated(ManifestOverlayCalculator.Result result) {
        if (!result.staged()) {
            problems.setAll(result.problems().stream().map(ManifestOverlayViewModel::line).toList());
            summary.set(messages.get("overlay.failed", result.problems().size()));
            return;
        }
        ManifestOverlayEdit edit = result.edit();
        rows.setAll(rows(edit, state.workspace().snapshot()));
        summary.set(messages.get("overlay.staged", edit.descriptionArgs().toArray()) + ignoredNotice(result));
        staged.set(edit);
        edit.outcome().objects().daemonSets().stream().findFirst()
                .ifPresent(ds -> state.selectedDaemonSetProperty().set(ds.key()));
        state.stage(edit);
    }

    /** The objects of other kinds left out (a chart's ServiceAccount, ConfigMap), named as the CLI names them. */
    private String ignoredNotice(ManifestOverlayCalculator.Result result) {
        if (result.ignored().isEmpty()) {
            return "";
        }
        List<String> names = result.ignored().stream()
                .map(o -> o.kind() + "/" + (o.namespace() == null || o.namespace().isEmpty() ? "" : o.namespace() + "/") + o.name())
                .toList();
        int shown = Math.min(5, names.size());
        return " " + messages.get("overlay.ignored", names.size(), String.join(", ", names.subList(0, shown)), names.size() - shown);
    }

    private List<OverlayRow> rows(ManifestOverlayEdit edit, Snapshot current) {
        Map<ObjectRef, DaemonSet> before = new HashMap<>();
        current.daemonSets().forEach(d -> before.put(d.ref(), d));
        Map<ObjectRef, DaemonSet> after = new HashMap<>();
        edit.outcome().objects().daemonSets().forEach(d -> after.put(d.ref(), d));
        List<OverlayRow> out = new java.util.ArrayList<>();
        for (ObjectRef ref : edit.outcome().replaced()) {
            DaemonSet was = before.get(ref);
            DaemonSet now = after.get(ref);
            String change;
            if (was == null || now == null) {
                change = messages.get("overlay.change.replaced");
            } else if (!Objects.equals(was.generation(), now.generation())) {
                change = messages.get("overlay.change.template", number(was.meta().generation()), number(now.meta().generation()),
                        number(was.generation()), number(now.generation()));
            } else if (!Objects.equals(was.meta().generation(), now.meta().generation())) {
                change = messages.get("overlay.change.spec", number(was.meta().generation()), number(now.meta().generation()));
            } else {
                change = messages.get("overlay.change.none");
            }
            out.add(new OverlayRow(ref.toString(), change));
        }
        for (ObjectRef ref : edit.outcome().created()) {
            out.add(new OverlayRow(ref.toString(), messages.get("overlay.change.created")));
        }
        return out;
    }

    private static long number(Long value) {
        return value == null ? 0 : value;
    }

    /** {@code file:line:column: Kind/ns/name field: message}, as the CLI prints a problem. */
    static String line(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        if (d.position() != null) {
            out.append(d.position().file()).append(':').append(d.position().line()).append(':').append(d.position().column()).append(": ");
        }
        if (d.object() != null) {
            out.append(d.object()).append(' ');
        }
        if (d.field() != null) {
            out.append(d.field()).append(": ");
        }
        return out.append(d.message()).toString();
    }

    private void committed(io.dsstudio.workspace.EditCommand command) {
        if (!(command instanceof SnapshotCommand c) || !"overlay.edit".equals(c.descriptionKey())) {
            return;
        }
        ManifestOverlayEdit edit = leaving;
        leaving = null;
        if (edit == null) {
            return;
        }
        // saving writes a committed DaemonSet's document as its newest applied text
        for (DaemonSet ds : edit.outcome().objects().daemonSets()) {
            String text = edit.outcome().texts().get(ds.ref());
            if (text != null) {
                applied.applied(ds.ref(), text);
            }
        }
        summary.set(messages.get("overlay.committed", edit.descriptionArgs().toArray()));
    }

    public ObservableList<OverlayRow> rows() {
        return rows;
    }

    /** Problems of the last attempt, one line each ({@code file:line:column: object field: message}). */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The staged overlay while it is the staged edit, else null. */
    public ReadOnlyObjectProperty<ManifestOverlayEdit> stagedProperty() {
        return staged.getReadOnlyProperty();
    }
}
