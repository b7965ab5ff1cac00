package io.dsstudio.ui.why;

import io.dsstudio.reconcile.ChecklistRow;
import io.dsstudio.reconcile.PlacementChecklist;
import io.dsstudio.ui.common.Columns;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import io.dsstudio.workspace.DaemonSetImpact;
import io.dsstudio.workspace.WhatIfPreview;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The "why" panel of one (node, DaemonSet) pair, docked in the main window under the views: the checklist with ✓/✗
 * and both sides' values, a button per quick fix, and the staged edit's consequences with Commit and Discard. One
 * panel, built once and re-used for every pair: showing it again styles nothing anew (a window of its own was a new
 * native window, styled again, on every Ctrl+I), and the map above it shows the staged edit's ghost.
 */
public final class WhyPanel {
    /** The panel's height in the main window (the views above it keep the rest). */
    static final double HEIGHT = 330;
    private static final double SIDE_WIDTH = 380;

    private final WhyViewModel model;
    private final Messages messages;
    private final ChecklistText text;
    private final VBox root = new VBox(8);
    private final TextField node = new TextField();
    private final ComboBox<String> daemonSet = new ComboBox<>();
    private final Label verdict = new Label();
    private final TableView<ChecklistRow> table = new TableView<>();
    private final FlowPane fixes = new FlowPane(6, 6);
    private final Label staged = new Label();

    public WhyPanel(WhyViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.text = new ChecklistText(messages);
        root.setId("whyPanel");
        root.getStyleClass().addAll(Styles.DETAIL_PANE, Styles.WHY_DOCK);
        root.setPrefHeight(HEIGHT);
        root.setMinHeight(HEIGHT);
        root.setMaxHeight(HEIGHT);
        VBox checklist = new VBox(4, verdict, buildTable());
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(checklist, Priority.ALWAYS);
        VBox side = new VBox(8, fixesBox(), stagedBox());
        javafx.scene.control.ScrollPane sideScroll = new javafx.scene.control.ScrollPane(side);
        sideScroll.setId("whySide");
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setPrefWidth(SIDE_WIDTH + 16);
        sideScroll.setMinWidth(SIDE_WIDTH + 16);
        HBox body = new HBox(10, checklist, sideScroll);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(pairBar(), body);
        verdict.setId("whyVerdict");
        verdict.getStyleClass().add(Styles.SECTION_TITLE);
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        hide();
        model.checklistProperty().addListener((obs, old, now) -> describe(now));
        model.problemProperty().addListener((obs, old, now) -> describe(model.checklistProperty().get()));
        model.fixes().addListener((ListChangeListener<WhyViewModel.Fix>) c -> fillFixes());
        model.state().previewProperty().addListener((obs, old, now) -> describeStaged(now));
        model.nodeProperty().addListener((obs, old, now) -> node.setText(now));
        model.daemonSetProperty().addListener((obs, old, now) -> daemonSet.setValue(now));
        describeStaged(model.state().previewProperty().get());
    }

    private HBox pairBar() {
        node.setId("whyNode");
        node.setPromptText(messages.get("why.node"));
        node.setOnAction(e -> model.show(node.getText().strip(), model.daemonSetProperty().get()));
        daemonSet.setId("whyDaemonSet");
        daemonSet.setOnAction(e -> {
            if (daemonSet.getValue() != null && !daemonSet.getValue().equals(model.daemonSetProperty().get())) {
                model.show(model.nodeProperty().get(), daemonSet.getValue());
            }
        });
        HBox.setHgrow(node, Priority.ALWAYS);
        Label nodeLabel = new Label(messages.get("why.node"));
        nodeLabel.setLabelFor(node);
        nodeLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label dsLabel = new Label(messages.get("why.daemonSet"));
        dsLabel.setLabelFor(daemonSet);
        dsLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label title = new Label(messages.get("why.title"));
        title.setId("whyTitle");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button close = io.dsstudio.ui.common.Icons.on(new Button(), Material2AL.CLOSE);
        close.setId("whyClose");
        close.setTooltip(new Tooltip(messages.get("why.close")));
        close.setOnAction(e -> hide());
        HBox bar = new HBox(8, title, nodeLabel, node, dsLabel, daemonSet, close);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private TableView<ChecklistRow> buildTable() {
        table.setId("whyChecklist");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(messages.get("why.none")));
        TableColumn<ChecklistRow, ChecklistRow> mark = Columns.of("whyMark", "", r -> r);
        mark.setCellFactory(c -> new MarkCell());
        mark.setPrefWidth(36);
        mark.setSortable(false);
        TableColumn<ChecklistRow, String> rule = Columns.of("whyRule", messages.get("why.col.rule"), text::rule);
        rule.setPrefWidth(140);
        TableColumn<ChecklistRow, String> dsValue = Columns.of("whyDsValue", messages.get("why.col.daemonSet"),
                r -> text.value(r.daemonSetValue()));
        dsValue.setPrefWidth(250);
        TableColumn<ChecklistRow, String> nodeValue = Columns.of("whyNodeValue", messages.get("why.col.node"),
                r -> text.value(r.nodeValue()));
        nodeValue.setPrefWidth(240);
        TableColumn<ChecklistRow, ChecklistRow> explanation = Columns.of("whyExplanation", messages.get("why.col.explanation"), r -> r);
        explanation.setCellFactory(c -> new ExplanationCell());
        explanation.setPrefWidth(470);
        table.getColumns().setAll(List.of(mark, rule, dsValue, nodeValue, explanation));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private VBox fixesBox() {
        fixes.setId("whyFixes");
        fixes.setPrefWrapLength(SIDE_WIDTH);
        Label title = new Label(messages.get("why.fixes"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        return new VBox(4, title, fixes);
    }

    private VBox stagedBox() {
        staged.setId("whyStaged");
        staged.setWrapText(true);
        staged.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button commit = new Button(messages.get("whatif.commit"));
        commit.setId("whyCommit");
        commit.disableProperty().bind(model.state().previewProperty().isNull());
        commit.setOnAction(e -> model.state().commit());
        Button discard = new Button(messages.get("whatif.discard"));
        discard.setId("whyDiscard");
        discard.disableProperty().bind(model.state().previewProperty().isNull());
        discard.setOnAction(e -> model.state().discard());
        VBox box = new VBox(4, staged, new HBox(8, commit, discard));
        box.getStyleClass().add(Styles.PREVIEW);
        return box;
    }

    private void describe(PlacementChecklist checklist) {
        if (checklist == null) {
            String problem = model.problemProperty().get();
            verdict.setText(problem.isEmpty() ? "" : messages.get(problem));
            return;
        }
        String key = checklist.shouldRun() ? "why.verdict.runs"
                : checklist.shouldContinueRunning() ? "why.verdict.keeps" : "why.verdict.excluded";
        verdict.setText(messages.get(key, checklist.daemonSet(), checklist.node()));
    }

    private void fillFixes() {
        fixes.getChildren().clear();
        int i = 0;
        for (WhyViewModel.Fix fix : model.fixes()) {
            Button button = new Button(text.fix(fix.fix(), model.nodeProperty().get(), model.daemonSetProperty().get()));
            button.setMaxWidth(SIDE_WIDTH);
            button.setTooltip(new Tooltip(button.getText()));
            button.setId("whyFix" + i++);
            button.setOnAction(e -> model.stage(fix.fix()));
            fixes.getChildren().add(button);
        }
        if (fixes.getChildren().isEmpty()) {
            fixes.getChildren().add(new Label(messages.get("why.noFixes")));
        }
    }

    private void describeStaged(WhatIfPreview preview) {
        if (preview == null) {
            staged.setText(messages.get("why.noStaged"));
            return;
        }
        String edit = messages.get(preview.edit().descriptionKey(), preview.edit().descriptionArgs().toArray());
        String impacts = preview.changed().stream().map(this::impact).collect(Collectors.joining("\n"));
        staged.setText(messages.get("whatif.title", edit) + (impacts.isEmpty() ? "\n" + messages.get("whatif.noImpact") : "\n" + impacts));
    }

    private String impact(DaemonSetImpact impact) {
        int create = 0;
        int evict = 0;
        int delete = 0;
        for (var action : impact.actions()) {
            if (action.type() == io.dsstudio.reconcile.ActionType.CREATE) {
                create++;
            } else if (action.cause() == io.dsstudio.reconcile.DeleteCause.NoExecuteTaint) {
                evict++;
            } else {
                delete++;
            }
        }
        return messages.get("why.impact", impact.key(), create, delete, evict);
    }

    /**
     * Shows the pair in the panel and the panel under the views (it must be docked in the main window, see
     * {@code MainView.dockAboveStatusBar}); the checklist takes the keyboard focus, so Escape hides the panel.
     */
    public void show(String nodeName, String daemonSetKey) {
        List<String> keys = model.daemonSetKeys();
        if (!daemonSet.getItems().equals(keys)) {
            daemonSet.getItems().setAll(keys);
        }
        model.show(nodeName, daemonSetKey);
        node.setText(nodeName);
        daemonSet.setValue(daemonSetKey);
        root.setManaged(true);
        root.setVisible(true);
        table.requestFocus();
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    /** Hides the panel (the views above it take its room); the staged edit, if any, stays staged. */
    public void hide() {
        boolean hadFocus = root.getScene() != null && isInPanel(root.getScene().getFocusOwner());
        root.setVisible(false);
        root.setManaged(false);
        if (hadFocus && root.getParent() != null) {
            root.getParent().requestFocus(); // not into the hidden panel: the main window keeps its keys
        }
    }

    public boolean isShowing() {
        return root.isVisible() && root.getScene() != null;
    }

    private boolean isInPanel(javafx.scene.Node focused) {
        for (javafx.scene.Node n = focused; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    public VBox root() {
        return root;
    }

    private final class MarkCell extends TableCell<ChecklistRow, ChecklistRow> {
        @Override
        protected void updateItem(ChecklistRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith(Styles.VERDICT_PREFIX));
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(text.mark(item));
            getStyleClass().add(Styles.VERDICT_PREFIX + switch (item.status()) {
                case PASS -> "runs";
                case FAIL -> "will-delete";
                case INFO -> "excluded";
            });
        }
    }

    private final class ExplanationCell extends TableCell<ChecklistRow, ChecklistRow> {
        @Override
        protected void updateItem(ChecklistRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(text.explanation(item));
            setTooltip(new Tooltip(text.explanation(item) + "\n" + item.detail()));
        }
    }
}
