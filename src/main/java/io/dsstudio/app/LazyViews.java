package io.dsstudio.app;

import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.daemonsets.DaemonSetsView;
import io.dsstudio.ui.main.MainView;
import io.dsstudio.ui.nodemap.NodeMapPane;
import io.dsstudio.ui.nodes.NodesView;
import io.dsstudio.ui.whatif.WhatIfView;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.function.BiConsumer;

/**
 * The main window's views, each built when first shown (only the one shown at start before the first frame), with
 * what the rest of the app hooks onto them: "Why (not) here…" in the tables' context menus, double-click to edit.
 */
final class LazyViews {
    private final AppContext context;
    private final Messages messages;
    private final BiConsumer<String, String> openWhy;
    private final Runnable editSelected;
    private NodesView nodesView;
    private DaemonSetsView daemonSetsView;
    private NodeMapPane mapPane;

    /**
     * @param openWhy      opens the why window on (node, DaemonSet); null means the views' selection
     * @param editSelected opens the selected DaemonSet in an editor tab
     */
    LazyViews(AppContext context, BiConsumer<String, String> openWhy, Runnable editSelected) {
        this.context = context;
        this.messages = context.messages();
        this.openWhy = openWhy;
        this.editSelected = editSelected;
    }

    MainView.Views views() {
        return new MainView.Views(
                () -> new io.dsstudio.ui.overview.OverviewView(context.overviewModel(), messages).root(),
                () -> nodesView().root(), this::labelsView, () -> daemonSetsView().root(), () -> mapPane().root(),
                () -> nodesView().focusFilter(), context.labelsModel()::stage);
    }

    private NodesView nodesView() {
        if (nodesView == null) {
            nodesView = new NodesView(context.nodesModel(), messages);
            nodesView.onWhy(messages.get("why.menu"), node -> openWhy.accept(node, null));
        }
        return nodesView;
    }

    private DaemonSetsView daemonSetsView() {
        if (daemonSetsView == null) {
            daemonSetsView = new DaemonSetsView(context.daemonSetsModel(), messages);
            daemonSetsView.onWhy(messages.get("why.menu"), openWhy::accept);
            editOnDoubleClick(daemonSetsView.root());
        }
        return daemonSetsView;
    }

    private NodeMapPane mapPane() {
        if (mapPane == null) {
            mapPane = new NodeMapPane(context.mapModel(), messages);
            mapPane.setDock(new io.dsstudio.ui.rollout.RolloutDock(context.rolloutModel(), messages).root());
            editOnDoubleClick(mapPane.root());
        }
        return mapPane;
    }

    private Node labelsView() {
        return new io.dsstudio.ui.labels.LabelsView(context.labelsModel(), messages,
                new WhatIfView(context.whatIfModel(), messages).root()).root();
    }

    /** Double-click on a DaemonSet (its table or the map) edits it. */
    private void editOnDoubleClick(Node view) {
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY) {
                editSelected.run();
            }
        });
    }
}
