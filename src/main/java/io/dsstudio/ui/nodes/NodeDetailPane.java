package io.dsstudio.ui.nodes;

import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The right-hand pane: labels, taints, conditions, capacity and daemon pods of the focused node. */
final class NodeDetailPane {
    private final Messages messages;
    private final VBox content = new VBox(4);
    private final ScrollPane root = new ScrollPane(content);

    NodeDetailPane(ObjectProperty<NodeDetail> detail, Messages messages) {
        this.messages = messages;
        root.setId("nodeDetail");
        root.setFitToWidth(true);
        content.getStyleClass().add(Styles.DETAIL_PANE);
        detail.addListener((obs, old, now) -> show(now));
        show(detail.get());
    }

    private void show(NodeDetail detail) {
        content.getChildren().clear();
        if (detail.name().isEmpty()) {
            content.getChildren().add(new Label(messages.get("nodes.detail.none")));
            return;
        }
        Label title = new Label(detail.name());
        title.setId("nodeDetailName");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        io.dsstudio.ui.common.ElidedTooltip.install(title);
        content.getChildren().add(title);
        section("nodes.detail.labels", detail.labels());
        section("nodes.detail.taints", detail.taints());
        section("nodes.detail.conditions", detail.conditions());
        section("nodes.detail.capacity", detail.capacity());
        section("nodes.detail.daemonPods", detail.daemonPods().stream().map(p -> messages.get("nodes.detail.pod", p.pod(), p.phase(),
                messages.get(p.ready() ? "nodes.detail.podReady" : "nodes.detail.podNotReady"), p.generation())).toList());
    }

    private void section(String key, List<String> lines) {
        Label heading = new Label(messages.get(key, lines.size()));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        content.getChildren().add(heading);
        for (String line : lines) {
            Label label = new Label(line);
            label.setWrapText(true);
            content.getChildren().add(label);
        }
    }

    Node root() {
        return root;
    }
}
