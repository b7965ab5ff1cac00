package io.dsstudio.ui.nodemap;

import io.dsstudio.ui.common.Labels;
import io.dsstudio.ui.common.Messages;
import io.dsstudio.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The node map with its grouping and colouring choices and the legend. */
public final class NodeMapPane {
    private final NodeMapViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final NodeMapView map = new NodeMapView();
    private final FlowPane legend = new FlowPane(12, 4);

    public NodeMapPane(NodeMapViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("nodeMapView");
        map.setId("nodeMap");
        Bindings.bindContent(map.getTiles(), model.tiles());
        Bindings.bindContent(map.getSelected(), model.selectedNodes());
        map.setOnTileClicked(this::onTileClicked);
        legend.setId("mapLegend");
        model.legend().addListener((ListChangeListener<LegendEntry>) c -> showLegend());
        showLegend();
        root.setTop(new VBox(4, toolbar(), legend));
        root.setCenter(map);
    }

    private Node toolbar() {
        ComboBox<String> groupBy = new ComboBox<>(model.labelKeys());
        groupBy.setId("mapGroupBy");
        follow(groupBy, model.groupByProperty());
        ChoiceBox<ColorMode> colorMode = new ChoiceBox<>(FXCollections.observableArrayList(ColorMode.values()));
        colorMode.setId("mapColorMode");
        colorMode.setConverter(new StringConverter<>() {
            @Override
            public String toString(ColorMode mode) {
                return mode == null ? "" : messages.get(mode.key());
            }

            @Override
            public ColorMode fromString(String text) {
                return null;
            }
        });
        colorMode.valueProperty().bindBidirectional(model.colorModeProperty());
        ComboBox<String> colorLabel = new ComboBox<>(model.labelKeys());
        colorLabel.setId("mapColorLabel");
        follow(colorLabel, model.colorLabelProperty());
        colorLabel.disableProperty().bind(model.colorModeProperty().isNotEqualTo(ColorMode.LABEL));
        Label hint = new Label(messages.get("map.hint"));
        groupBy.setPrefWidth(260);
        colorLabel.setPrefWidth(220);
        hint.getStyleClass().add(Styles.HINT);
        io.dsstudio.ui.common.ElidedTooltip.install(hint);
        HBox bar = new HBox(8, Labels.fixed(messages.get("map.groupBy")), groupBy, Labels.fixed(messages.get("map.colorBy")),
                colorMode, colorLabel, hint);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    /**
     * Keeps a combo box and a view-model property in step without a bidirectional binding: a combo box
     * clears its value when its items are replaced, which must not reset the user's choice.
     */
    private static void follow(ComboBox<String> combo, javafx.beans.property.StringProperty property) {
        combo.setValue(property.get());
        combo.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                property.set(now);
            }
        });
        property.addListener((obs, old, now) -> combo.setValue(now));
    }

    private void showLegend() {
        legend.getChildren().clear();
        for (LegendEntry entry : model.legend()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("ds-swatch", entry.color().swatchStyleClass());
            legend.getChildren().add(new HBox(4, swatch, new Label(entry.text())));
        }
    }

    private void onTileClicked(String node) {
        model.onTileClicked(node);
    }

    public NodeMapView map() {
        return map;
    }

    public Node root() {
        return root;
    }
}
