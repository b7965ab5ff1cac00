package io.dsstudio.ui.whatif;

import io.dsstudio.ui.common.ColumnFitter;
import io.dsstudio.ui.common.Columns;
import io.dsstudio.ui.common.ElidedTooltip;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import io.dsstudio.workspace.WhatIfPreview;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;

/** The what-if preview: what the staged edit description, the per-DaemonSet consequences, Commit and Discard. */
public final class WhatIfView {
    /** Node lists beyond this width are elided (the tooltip lists them all). */
    private static final double NODE_LIST_MAX_WIDTH = 280;
    private final WhatIfViewModel model;
    private final Messages messages;
    private final VBox root = new VBox(6);
    private final Label title = new Label();

    public WhatIfView(WhatIfViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("whatIfPane");
        root.getStyleClass().add(Styles.PREVIEW);
        title.setId("whatIfTitle");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        ElidedTooltip.install(title);
        model.previewProperty().addListener((obs, old, now) -> describe(now));
        describe(model.previewProperty().get());
        Button commit = new Button(messages.get("whatif.commit"));
        commit.setId("commitButton");
        io.dsstudio.ui.common.Icons.decorate(commit).getStyleClass().add(io.dsstudio.ui.common.Styles.ACCENT);
        commit.setDefaultButton(false);
        commit.disableProperty().bind(model.stagedProperty().not());
        commit.setOnAction(e -> onCommit());
        Button discard = new Button(messages.get("whatif.discard"));
        discard.setId("discardButton");
        io.dsstudio.ui.common.Icons.decorate(discard);
        discard.disableProperty().bind(model.stagedProperty().not());
        discard.setOnAction(e -> onDiscard());
        root.getChildren().addAll(title, impactTable(), new HBox(8, commit, discard));
    }

    private Node impactTable() {
        TableView<ImpactRow> table = new TableView<>(model.rows());
        table.setId("impactTable");
        table.setPlaceholder(new Label(messages.get("whatif.noImpact")));
        table.setPrefHeight(220);
        // the counts first: they fit in the default window; the node lists after them, elided with a tooltip
        List<TableColumn<ImpactRow, String>> nodeLists = List.of(
                Columns.of("impactCreate", messages.get("whatif.col.create"), r -> join(r.createOn())),
                Columns.of("impactDelete", messages.get("whatif.col.delete"), r -> join(r.deleteOn())),
                Columns.of("impactEvict", messages.get("whatif.col.evict"), r -> join(r.evictOn())));
        nodeLists.forEach(column -> ColumnFitter.maxWidth(column, NODE_LIST_MAX_WIDTH));
        table.getColumns().setAll(List.of(
                Columns.of("impactDs", messages.get("whatif.col.daemonSet"), ImpactRow::daemonSet),
                Columns.of("impactDesired", messages.get("whatif.col.desired"),
                        r -> arrow(r.before().desiredNumberScheduled(), r.after().desiredNumberScheduled())),
                Columns.of("impactCurrent", messages.get("whatif.col.current"),
                        r -> arrow(r.before().currentNumberScheduled(), r.after().currentNumberScheduled())),
                Columns.of("impactMisscheduled", messages.get("whatif.col.misscheduled"),
                        r -> arrow(r.before().numberMisscheduled(), r.after().numberMisscheduled())),
                Columns.of("impactReady", messages.get("whatif.col.ready"),
                        r -> arrow(r.before().numberReady(), r.after().numberReady()))));
        table.getColumns().addAll(nodeLists);
        ColumnFitter.install(table);
        return table;
    }

    private static String join(List<String> nodes) {
        return nodes.isEmpty() ? "" : nodes.size() + ": " + String.join(", ", nodes);
    }

    static String arrow(int before, int after) {
        return before == after ? Integer.toString(before) : before + " \u2192 " + after;
    }

    private void describe(WhatIfPreview preview) {
        title.setText(preview == null ? messages.get("whatif.none")
                : messages.get("whatif.title", messages.get(preview.edit().descriptionKey(), preview.edit().descriptionArgs().toArray())));
    }

    private void onCommit() {
        model.commit();
    }

    private void onDiscard() {
        model.discard();
    }

    public Node root() {
        return root;
    }

}
