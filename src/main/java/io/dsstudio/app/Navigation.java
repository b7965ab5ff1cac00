package io.dsstudio.app;

import io.dsstudio.ui.common.StudioState;
import io.dsstudio.ui.main.MainView;
import io.dsstudio.ui.main.MainViewModel;
import io.dsstudio.ui.nodes.NodesViewModel;
import io.dsstudio.ui.palette.PaletteEntries;

import java.util.List;

/** Going to what the command palette found: a node or a label in the Nodes view, a DaemonSet in its view. */
final class Navigation {
    private final StudioState state;
    private final NodesViewModel nodes;
    private final MainViewModel main;

    Navigation(StudioState state, NodesViewModel nodes, MainViewModel main) {
        this.state = state;
        this.nodes = nodes;
        this.main = main;
    }

    PaletteEntries.Actions paletteActions() {
        return new PaletteEntries.Actions(this::showNode, this::showDaemonSet, this::filterNodes);
    }

    private void showNode(String node) {
        nodes.filterTextProperty().set("");
        state.selectNodes(List.of(node));
        main.selectedViewProperty().set(MainView.NODES);
    }

    private void showDaemonSet(String key) {
        state.selectedDaemonSetProperty().set(key);
        main.selectedViewProperty().set(MainView.DAEMONSETS);
    }

    private void filterNodes(String label) {
        nodes.filterTextProperty().set(label);
        main.selectedViewProperty().set(MainView.NODES);
    }
}
