package io.dsstudio.ui.editor;

import io.dsstudio.simulation.Cascade;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.yaml.ManifestEditException;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.Optional;

/** One editor tab's content: toolbar, warning banner, YAML text (+ placement form), problems and preview. */
public final class EditorView {
    static final Duration CHECK_DELAY = Duration.millis(250);

    private final EditorViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final CodeEditor editor = new CodeEditor();
    private final ListView<EditorProblem> problems = new ListView<>();
    private final Label banner = new Label();
    private final Button migrate;
    private final PauseTransition debounce = new PauseTransition(CHECK_DELAY);
    private final BufferEdits edits = new BufferEdits();
    /** Run to end: one controller sync per wave, so the map shows each. */
    private final javafx.animation.Timeline waves = new javafx.animation.Timeline();
    static final Duration WAVE_DELAY = Duration.millis(80);

    /**
     * @param form the placement form beside the text (built with the side panes one frame after the text, so the tab
     *             is editable at once), or null for none
     */
    public EditorView(EditorViewModel model, Messages messages, java.util.function.Supplier<Node> form) {
        this.model = model;
        this.messages = messages;
        root.setId("editorView");
        root.getStyleClass().add("ds-editor");
        migrate = button("editorMigrate", "editor.button.migrate", this::onMigrate);
        editor.setText(model.textProperty().get());
        debounce.setOnFinished(e -> model.analyse());
        editor.area().textProperty().addListener((obs, old, now) -> {
            model.textProperty().set(now);
            debounce.playFromStart();
        });
        model.textProperty().addListener((obs, old, now) -> editor.setText(now));
        model.problems().addListener((ListChangeListener<EditorProblem>) c -> showProblems());
        problems.setId("editorProblems");
        problems.setPlaceholder(new Label(messages.get("editor.problems.none")));
        problems.setCellFactory(list -> new ProblemCell());
        problems.setOnMouseClicked(e -> {
            EditorProblem p = problems.getSelectionModel().getSelectedItem();
            if (p != null) {
                editor.moveTo(p.line(), p.column());
            }
        });
        root.setTop(new VBox(toolbar(), bannerBar()));
        SplitPane center = new SplitPane(editor.node());
        root.setCenter(center);
        afterFirstLayout(() -> addPanes(center, form));
        Label message = new Label();
        message.setId("editorMessage");
        message.textProperty().bind(model.messageProperty());
        root.setBottom(message);
        model.analyse();
    }

    /** Runs {@code work} right after the first frame that lays this view out (once it is in a scene). */
    private void afterFirstLayout(Runnable work) {
        root.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs, javafx.scene.Scene old,
                                javafx.scene.Scene scene) {
                if (scene == null) {
                    return;
                }
                root.sceneProperty().removeListener(this);
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    javafx.application.Platform.runLater(work);
                };
                scene.addPostLayoutPulseListener(once[0]);
                javafx.application.Platform.requestNextPulse();
            }
        });
    }

    /** The form, the problems and the preview/diff panes: they cost more to lay out than the text itself. */
    private void addPanes(SplitPane center, java.util.function.Supplier<Node> form) {
        javafx.scene.control.TabPane details = new javafx.scene.control.TabPane(
                detailTab("editorPreviewTab", "editor.preview", new PreviewPane(model, messages).root()),
                detailTab("editorDiffTab", "editor.diff", diffList()));
        details.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        model.previewProperty().addListener((obs, old, now) -> {
            if (now != null) {
                details.getSelectionModel().select(0);
            }
        });
        SplitPane side = new SplitPane(titled("editor.problems", problems), details);
        side.setOrientation(Orientation.VERTICAL);
        if (form == null) {
            center.getItems().add(side);
            center.setDividerPositions(0.6);
        } else {
            center.getItems().addAll(form.get(), side);
            center.setDividerPositions(0.45, 0.7);
        }
    }

    public BorderPane root() {
        return root;
    }

    CodeEditor editor() {
        return editor;
    }

    private Node toolbar() {
        Button preview = button("editorPreview", "editor.button.preview", model::preview);
        Button apply = button("editorApply", "editor.button.apply", model::apply);
        apply.disableProperty().bind(model.busyProperty());
        Button step = button("editorStep", "editor.button.step", model::step);
        step.disableProperty().bind(model.canStepProperty().not().or(model.busyProperty()));
        Button runToEnd = button("editorRunToEnd", "editor.button.runToEnd", this::onRunToEnd);
        // while the waves run, the button stops them (their syncs keep the runner busy in between)
        var wavesStopped = waves.statusProperty().isNotEqualTo(javafx.animation.Animation.Status.RUNNING);
        runToEnd.disableProperty().bind(wavesStopped.and(model.canStepProperty().not().or(model.busyProperty())));
        Button delete = button("editorDelete", "editor.button.delete", this::onDelete);
        delete.disableProperty().bind(model.busyProperty());
        TextField find = new TextField();
        find.setId("editorFind");
        find.setPromptText(messages.get("editor.find.prompt"));
        editor.bindFind(find);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
                find.requestFocus();
                find.selectAll();
                e.consume();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, preview, apply, step, runToEnd, delete, spacer, find);
        bar.getStyleClass().add("ds-editor-toolbar");
        return bar;
    }

    private void onRunToEnd() {
        if (waves.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            waves.stop();
            model.endRun();
            return;
        }
        // each tick starts the next wave's sync, or waits while the last one is still computed
        waves.getKeyFrames().setAll(new javafx.animation.KeyFrame(WAVE_DELAY, e -> {
            if (!model.runWave()) {
                waves.stop();
            }
        }));
        waves.setCycleCount(javafx.animation.Animation.INDEFINITE);
        waves.play();
    }

    private Node bannerBar() {
        banner.setId("editorBanner");
        banner.setWrapText(true);
        HBox bar = new HBox(8, banner, migrate);
        bar.getStyleClass().add("ds-editor-banner");
        bar.visibleProperty().bind(banner.textProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void showProblems() {
        problems.getItems().setAll(model.problems());
        editor.setProblems(model.problems());
        var warnings = model.problems().stream().filter(p -> !p.isError()).toList();
        banner.setText(warnings.isEmpty() ? "" : messages.get("editor.banner.warnings", warnings.size(),
                String.join("; ", warnings.stream().map(EditorProblem::code).distinct().toList())));
        boolean legacy = warnings.stream().anyMatch(w -> "LegacyAffinityAnnotation".equals(w.code()) || w.code().startsWith("LegacyAffinity"));
        migrate.setVisible(legacy);
        migrate.setManaged(legacy);
    }

    private void onMigrate() {
        BufferAnalysis analysis = model.analysisProperty().get();
        if (analysis == null) {
            return;
        }
        try {
            Optional<String> migrated = edits.migrateLegacyAffinity(analysis);
            migrated.ifPresent(text -> {
                model.textProperty().set(text);
                model.messageProperty().set(messages.get("editor.message.migrated"));
                model.analyse();
            });
        } catch (ManifestEditException failed) {
            model.messageProperty().set(failed.getMessage());
        }
    }

    private void onDelete() {
        if (!model.canDelete() || model.busyProperty().get()) {
            return;
        }
        ButtonType cascade = new ButtonType(messages.get("editor.delete.cascade"), ButtonBar.ButtonData.OK_DONE);
        ButtonType orphan = new ButtonType(messages.get("editor.delete.orphan"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new io.dsstudio.ui.common.DialogButtons(messages).cancel();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("editor.delete.content"), cascade, orphan, cancel);
        ask.setTitle(messages.get("editor.delete.title"));
        ask.setHeaderText(messages.get("editor.delete.header", model.titleProperty().get()));
        ask.initOwner(root.getScene().getWindow());
        io.dsstudio.ui.common.DialogStyle.from(root.getScene().getWindow(), ask.getDialogPane());
        io.dsstudio.ui.common.DestructiveDialogs.safeDefault(ask.getDialogPane(), cancel, cascade);
        ask.showAndWait().ifPresent(choice -> {
            if (choice == cascade) {
                model.delete(Cascade.BACKGROUND);
            } else if (choice == orphan) {
                model.delete(Cascade.ORPHAN);
            }
        });
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        io.dsstudio.ui.common.Icons.decorate(button);
        button.setOnAction(e -> action.run());
        return button;
    }

    private javafx.scene.control.Tab detailTab(String id, String key, Node content) {
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab(messages.get(key), content);
        tab.setId(id);
        return tab;
    }

    /** Changed lines with three lines of context; "-" removed, "+" added. */
    private Node diffList() {
        ListView<LineDiff.Line> list = new ListView<>();
        list.setId("editorDiff");
        list.setPlaceholder(new Label(messages.get("editor.diff.none")));
        list.getStyleClass().add("yaml-diff");
        Runnable fill = () -> list.getItems().setAll(LineDiff.changes(model.diff()) ? withContext(model.diff()) : java.util.List.of());
        model.diff().addListener((ListChangeListener<LineDiff.Line>) c -> fill.run());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LineDiff.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("diff-added", "diff-removed");
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                setText((line.kind() == LineDiff.Kind.ADDED ? "+ " : line.kind() == LineDiff.Kind.REMOVED ? "- " : "  ") + line.text());
                if (line.kind() != LineDiff.Kind.SAME) {
                    getStyleClass().add(line.kind() == LineDiff.Kind.ADDED ? "diff-added" : "diff-removed");
                }
            }
        });
        fill.run();
        return list;
    }

    private static java.util.List<LineDiff.Line> withContext(java.util.List<LineDiff.Line> diff) {
        java.util.List<LineDiff.Line> out = new java.util.ArrayList<>();
        for (int i = 0; i < diff.size(); i++) {
            boolean near = false;
            for (int k = Math.max(0, i - 3); k <= Math.min(diff.size() - 1, i + 3) && !near; k++) {
                near = diff.get(k).kind() != LineDiff.Kind.SAME;
            }
            if (near) {
                out.add(diff.get(i));
            }
        }
        return out;
    }

    private Node titled(String key, Node content) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("ds-section-title");
        VBox box = new VBox(4, title, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    /** A menu with the problem's quick fix (rename a mistyped key to the one the schema knows), or null. */
    private javafx.scene.control.ContextMenu quickFixMenu(EditorProblem p) {
        QuickFix fix = QuickFix.of(p);
        if (fix == null) {
            return null;
        }
        javafx.scene.control.MenuItem rename = new javafx.scene.control.MenuItem(
                messages.get("editor.quickFix.rename", fix.key(), fix.replacement()));
        rename.setId("editorQuickFix");
        rename.setOnAction(e -> model.quickFix(p));
        return new javafx.scene.control.ContextMenu(rename);
    }

    private final class ProblemCell extends ListCell<EditorProblem> {
        ProblemCell() {
            // wrapped to the list's width (a pref width of 0 lets the list give each cell its own width)
            setWrapText(true);
            setPrefWidth(0);
            io.dsstudio.ui.common.ElidedTooltip.install(this);
        }

        @Override
        protected void updateItem(EditorProblem p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().removeAll("problem-error", "problem-warning");
            if (empty || p == null) {
                setText(null);
                return;
            }
            setText(messages.get("editor.problem.entry", p.line(), p.column(), p.field(), p.message()));
            getStyleClass().add(p.isError() ? "problem-error" : "problem-warning");
            setContextMenu(quickFixMenu(p));
        }
    }
}
