package io.dsstudio.ui.nodes;

import io.dsstudio.ui.common.NodeStatus;
import io.dsstudio.ui.common.Styles;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;

/** How a node that needs attention stands out: a row style class, and an icon beside the telling value. */
final class NodeRowStyles {
    private static final List<String> ROW_CLASSES = List.of(Styles.ROW_NOT_READY, Styles.ROW_EXCESS_PODS);

    private NodeRowStyles() {
    }

    static boolean hasExcessPods(NodeRow row) {
        return row.runningDaemonPods() > row.expectedDaemonPods();
    }

    /** Rows of NotReady/Unknown nodes and of nodes running more daemon pods than expected get a style class. */
    static TableRow<NodeRow> row() {
        return new TableRow<>() {
            @Override
            protected void updateItem(NodeRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(ROW_CLASSES);
                if (empty || item == null) {
                    return;
                }
                if (item.status() != NodeStatus.READY) {
                    getStyleClass().add(Styles.ROW_NOT_READY);
                }
                if (hasExcessPods(item)) {
                    getStyleClass().add(Styles.ROW_EXCESS_PODS);
                }
            }
        };
    }

    static Node statusIcon(NodeRow row) {
        return switch (row.status()) {
            case READY -> null;
            case NOT_READY -> icon(Material2AL.ERROR, Styles.ICON_NOT_READY);
            case UNKNOWN -> icon(Material2AL.HELP_OUTLINE, Styles.ICON_UNKNOWN);
        };
    }

    static Node daemonPodsIcon(NodeRow row) {
        return hasExcessPods(row) ? icon(Material2MZ.WARNING, Styles.ICON_EXCESS_PODS) : null;
    }

    private static Node icon(Ikon ikon, String styleClass) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().addAll(Styles.CELL_ICON, styleClass);
        return icon;
    }
}
