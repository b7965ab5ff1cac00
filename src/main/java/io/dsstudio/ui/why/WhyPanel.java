package io.dsstudio.ui.why;

import io.dsstudio.reconcile.ChecklistRow;
import io.dsstudio.reconcile.PlacementChecklist;
import io.dsstudio.ui.common.Icons;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import io.dsstudio.workspace.DaemonSetImpact;
import io.dsstudio.workspace.WhatIfPreview;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
    /** The panel's width at the right of the main window (the views keep the rest). */
    static final double WIDTH = 540;
    /** Room for the checklist's header and nine rows; the explanation and fixes below take what is left. */
    private static final double TABLE_MIN_HEIGHT = 262;
    /** The height of the warm-up's scene: the panel's in a window of 1,280 × 800. */
    private static final double WARM_UP_HEIGHT = 700;

    private final WhyViewModel model;
    private final Messages messages;
    private final ChecklistText text;
    private final VBox root = new VBox(6);
    private final TextField node = new TextField();
    private final ComboBox<String> daemonSet = new ComboBox<>();
    private final Label verdict = new WrappedLabel();
    private final TableView<ChecklistRow> table;
    private final Label detail = new WrappedLabel();
    private final FlowPane fixes = new FlowPane(6, 6);
    private final Label staged = new WrappedLabel();

    public WhyPanel(WhyViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.text = new ChecklistText(messages);
        root.setId("whyPanel");
        root.getStyleClass().addAll(Styles.DETAIL_PANE, Styles.WHY_DOCK);
        root.setPrefWidth(WIDTH);
        root.setMinWidth(WIDTH);
        root.setMaxWidth(WIDTH);
        verdict.setId("whyVerdict");
        verdict.getStyleClass().add(Styles.SECTION_TITLE);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        table = new ChecklistTable(text, messages).build(model.rows(), WIDTH, model.nodeProperty(), model.daemonSetProperty());
        table.setMinHeight(TABLE_MIN_HEIGHT);
        table.setPrefHeight(TABLE_MIN_HEIGHT);
        VBox.setVgrow(table, Priority.SOMETIMES); // the fixes below get the room first
        detail.setId("whyDetail");
        detail.setMinHeight(Region.USE_PREF_SIZE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> describeRow(row));
        ScrollPane below = new ScrollPane(new VBox(8, detail, fixesBox(), stagedBox()));
        below.setId("whyBelow");
        below.setFitToWidth(true);
        below.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        below.setMinHeight(120);
        VBox.setVgrow(below, Priority.ALWAYS);
        root.getChildren().addAll(titleBar(), pairBar(), verdict, table, below);
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        hide();
        model.checklistProperty().addListener((obs, old, now) -> {
            describe(now);
            if (model.fixes().isEmpty()) {
                fillFixes(); // no fixes before nor now: no list change, but the words depend on the verdict
            }
        });
        model.problemProperty().addListener((obs, old, now) -> describe(model.checklistProperty().get()));
        model.fixes().addListener((ListChangeListener<WhyViewModel.Fix>) c -> fillFixes());
        model.state().previewProperty().addListener((obs, old, now) -> describeStaged(now));
        model.nodeProperty().addListener((obs, old, now) -> node.setText(now));
        model.daemonSetProperty().addListener((obs, old, now) -> daemonSet.setValue(now));
        describeStaged(model.state().previewProperty().get());
        fillFixes();
    }

    private HBox titleBar() {
        Label title = new Label(messages.get("why.title"));
        title.setId("whyTitle");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button close = Icons.on(new Button(), Material2AL.CLOSE);
        close.setId("whyClose");
        close.setTooltip(new Tooltip(messages.get("why.close")));
        close.setFocusTraversable(false);
        close.setOnAction(e -> hide());
        HBox bar = new HBox(8, title, close);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private VBox pairBar() {
        node.setId("whyNode");
        node.setPromptText(messages.get("why.node"));
        node.setOnAction(e -> model.show(node.getText().strip(), model.daemonSetProperty().get()));
        daemonSet.setId("whyDaemonSet");
        daemonSet.setMaxWidth(Double.MAX_VALUE);
        daemonSet.setOnAction(e -> {
            if (daemonSet.getValue() != null && !daemonSet.getValue().equals(model.daemonSetProperty().get())) {
                model.show(model.nodeProperty().get(), daemonSet.getValue());
            }
        });
        HBox.setHgrow(node, Priority.ALWAYS);
        HBox.setHgrow(daemonSet, Priority.ALWAYS);
        Label nodeLabel = new Label(messages.get("why.node"));
        nodeLabel.setLabelFor(node);
        Label dsLabel = new Label(messages.get("why.daemonSet"));
        dsLabel.setLabelFor(daemonSet);
        for (Label l : List.of(nodeLabel, dsLabel)) {
            l.setMinWidth(LABEL_WIDTH);
            l.setPrefWidth(LABEL_WIDTH);
        }
        HBox nodeRow = new HBox(8, nodeLabel, node);
        HBox dsRow = new HBox(8, dsLabel, daemonSet);
        nodeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        dsRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, nodeRow, dsRow);
    }

    private static final double LABEL_WIDTH = 90;


    private VBox fixesBox() {
        fixes.setId("whyFixes");
        fixes.setPrefWrapLength(WIDTH - 40);
        Label title = new WrappedLabel(messages.get("why.fixes"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(4, title, fixes);
    }

    private VBox stagedBox() {
        staged.setId("whyStaged");
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
            button.setMaxWidth(WIDTH - 40);
            button.setTooltip(new Tooltip(button.getText()));
            button.setId("whyFix" + i++);
            button.setOnAction(e -> model.stage(fix.fix()));
            fixes.getChildren().add(button);
        }
        PlacementChecklist checklist = model.checklistProperty().get();
        // with no pair chosen there is nothing to fix, and "no fix needed" would say the pair is fine
        if (fixes.getChildren().isEmpty() && checklist != null) {
            boolean failing = checklist != null && checklist.rows().stream().anyMatch(r -> r.status() == ChecklistRow.Status.FAIL);
            Label none = new WrappedLabel(messages.get(failing ? "why.noFixOffered" : "why.noFixes"));
            none.setId("whyNoFix");
            none.setPrefWidth(WIDTH - 40); // in the flow a label takes its one-line width: it would widen the whole column
            fixes.getChildren().add(none);
        }
    }

    /** The selected row's sentence in full (the narrow column cuts it), with the check's detail. */
    private void describeRow(ChecklistRow row) {
        if (row == null) {
            detail.setText("");
            return;
        }
        detail.setText(text.mark(row) + " " + text.rule(row) + ": " + text.explanation(row) + "\n" + text.detail(row));
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
        table.getSelectionModel().select(ChecklistTable.firstFailing(table.getItems()));
        describeRow(table.getSelectionModel().getSelectedItem());
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

    /**
     * Shows a pair once in a scene of its own, with the window's stylesheets, so that the first opening in the window
     * finds the panel's controls, their skins, styles and cells made, and the checklist's code run; it leaves the panel
     * hidden and without a parent. Does nothing once the panel is docked.
     */
    public void warmUp(List<String> stylesheets, String nodeName, String daemonSetKey) {
        if (root.getParent() != null) {
            return;
        }
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(root);
        javafx.scene.Scene scene = new javafx.scene.Scene(holder, WIDTH, WARM_UP_HEIGHT);
        scene.getStylesheets().setAll(stylesheets);
        show(nodeName, daemonSetKey);
        holder.applyCss();
        holder.layout();
        hide();
        holder.getChildren().clear();
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
}
